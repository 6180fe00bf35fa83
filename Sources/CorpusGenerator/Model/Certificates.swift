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
    /// The site the certificate names (normally the licence's address).
    var address: String
    var number: String
    var body: String
    /// The accreditation mark printed under the body's name.
    var accreditation: String
    var issued: CivilDate
    var expires: CivilDate
}

/// A social-compliance audit report (amfori BSCI or SMETA): an audit with its date, and for
/// amfori BSCI a rating; not a certificate, and without an expiry date.
struct SocialAuditReport {
    /// The audit programme, named as `CertificationStandard` names it.
    enum Scheme: String {
        case bsci = "amfori BSCI"
        case smeta = "SMETA"
    }

    var scheme: Scheme
    /// The audit's last day.
    var auditDate: CivilDate
    /// The amfori BSCI overall rating: A to E, or ZT (zero tolerance); nil for SMETA, which rates nothing.
    var rating: String?
    /// The site's id in the scheme: the amfori ID, or the Sedex site reference (`ZS…`).
    var siteID: String
    /// The Sedex audit reference (`ZA…`); nil for amfori BSCI.
    var auditReference: String?
    var auditCompany: String
    /// Whether the document calls itself a certificate ("amfori BSCI Certificate", "SMETA 证书"),
    /// which neither programme issues.
    var calledCertificate = false

    /// The document's title in English and in Chinese.
    var title: (english: String, chinese: String) {
        switch (scheme, calledCertificate) {
        case (.bsci, false): return ("amfori BSCI Audit Report", "amfori BSCI 审核报告")
        case (.bsci, true): return ("amfori BSCI Certificate", "amfori BSCI 证书")
        case (.smeta, false): return ("SMETA Audit Report", "SMETA 审核报告")
        case (.smeta, true): return ("SMETA Certificate", "SMETA 证书")
        }
    }
}

/// A document whose validity ends on a date the expiry rules compare with the audit date.
struct DatedDocument: Equatable {
    var type: DocumentType
    /// The last valid day; nil for documents valid without limit.
    var validUntil: CivilDate?
}
