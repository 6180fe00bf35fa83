import AuditCore

/// One evidence file's bytes, with what it is and when it was made.
struct RenderedDocument {
    /// What the file is within the factory's paperwork, which decides its place in the archive.
    enum Role: Equatable {
        case businessLicense
        case fireCertificate
        case managementCertificate(standard: String)
        /// A social-audit report of `scheme`, titled as a certificate when `calledCertificate`.
        case auditReport(SocialAuditReport.Scheme, calledCertificate: Bool)
        case roster
        case timesheet(YearMonth)
        case payroll(YearMonth)
        /// A time clock's monthly attendance summary (考勤汇总).
        case attendanceSummary(YearMonth)
    }

    var role: Role
    /// The type a correct reader assigns from the content.
    var type: DocumentType
    var bytes: [UInt8]
    /// The day the file was produced: the PDF's creation date and the archive entry's time.
    var created: CivilDate
    /// Drawn as a scan (an image or an image-only PDF).
    var scanned = false
    /// The file's extension when it is not the role's usual one (`png`, `xlsx`).
    var fileExtension: String?
    /// The software that made the file.
    var producer = Producer.cairo

    /// A time clock's summary rather than a record of days.
    var isSummary: Bool {
        if case .attendanceSummary = role { return true }
        return false
    }
}
