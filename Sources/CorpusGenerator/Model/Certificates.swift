import AuditCore

/// The fire department's inspection certificate for the premises.
struct FireCertificate {
    var title: String
    var number: String
    var issuer: String
    var issued: CivilDate
    var validUntil: CivilDate
    /// The registration number the certificate prints (normally the licence's USCC).
    var socialCreditCode: String
}

/// A management-system certificate (ISO 9001, 14001 or 45001) from a certification body.
struct ManagementCertificate {
    /// The standard with its edition, e.g. `ISO 9001:2015`.
    var standard: String
    var scope: String
    var number: String
    var body: String
    /// The accreditation mark printed under the body's name.
    var accreditation: String
    var issued: CivilDate
    var expires: CivilDate
}

/// An amfori BSCI audit report: an audit with its rating, not a certificate (it has no expiry).
struct BSCIAuditReport {
    /// The audit's last day.
    var auditDate: CivilDate
    /// The overall rating: A to E, or ZT (zero tolerance).
    var rating: String
    /// The site's amfori ID.
    var siteID: String
    var auditCompany: String
}

/// A document whose validity ends on a date the expiry rules compare with the audit date.
struct DatedDocument: Equatable {
    var type: DocumentType
    /// The last valid day; nil for documents valid without limit.
    var validUntil: CivilDate?
}
