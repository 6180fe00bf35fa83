import AuditCore

/// What a management-system certificate or a social-audit report states besides its holder,
/// address and validity, each value with where it was read.
///
/// Certificates (ISO 9001, ISO 14001, ISO 45001, OHSAS 18001, SA8000, WRAP) name a standard and
/// its edition, a number, a certification body and its accreditation marks; audit reports
/// (amfori BSCI, SMETA) name an audit date, a rating and the scheme's site and audit references.
public struct CertificateFacts: Sendable, Codable, Hashable {
    /// The standard or scheme as `CertificationStandard` names it (`ISO 9001:2015`,
    /// `OHSAS 18001:2007`, `SA8000:2014`, `amfori BSCI`, `SMETA`, `WRAP`); the edition is left
    /// off when the document prints none.
    public var standard: Located<String>?
    /// The certificate number (证书编号).
    public var number: Located<String>?
    /// The certification body or audit firm (认证机构).
    public var body: Located<String>?
    /// Accreditation marks with their numbers when printed (`CNAS C001-M`, `UKAS 0005`, `IAF`).
    public var accreditations: [Located<String>] = []
    /// Sites the certificate or audit covers besides the registered address (审核地址, 覆盖地址).
    public var coveredAddresses: [Located<String>] = []
    /// The (last) day of the audit, for audit reports.
    public var auditDate: Located<CivilDate>?
    /// An audit report's overall rating: `A` to `E` or `ZT` (amfori BSCI).
    public var rating: Located<String>?
    /// The scheme's id of the audited site (amfori site ID or DBID, Sedex `ZS…`).
    public var siteId: Located<String>?
    /// The scheme's id of the audit (Sedex `ZA…`).
    public var auditReference: Located<String>?
    /// A certification level (WRAP Platinum, Gold or Silver).
    public var level: Located<String>?
    /// Where an audit report calls itself a certificate ("BSCI Certificate", "SMETA证书").
    public var calledCertificate: Evidence?

    public init() {}
}
