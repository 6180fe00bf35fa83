import AuditCore

/// Everything the generated archive shows about one fictitious factory.
///
/// The documents are renderings of this value, and the ground truth is computed from it, so the
/// two can never disagree.
struct Factory {
    var seed: UInt64
    /// The day the evidence is judged on.
    var asOf: CivilDate
    /// The consecutive months covered by timesheets and payroll.
    var months: [YearMonth]
    var company: Company
    var fireCertificate: FireCertificate
    var managementCertificate: ManagementCertificate
    var employeeIDStyle: EmployeeIDStyle
    /// The roster, ordered by employee ID.
    var employees: [Employee]
    /// Timesheet rows, ordered by date and then employee ID.
    var attendance: [WorkDay]
    var payroll: [PayrollMonth]
    /// The time clock's summary of the first month, when the archive has one.
    var summary: MonthSummary?
    /// Document types left out of the archive.
    var omitted: Set<DocumentType> = []
    /// The company name each other document prints (fire-certificate, certificate, roster,
    /// payroll); absent entries print the licence's name.
    var printedCompanyNames: [DocumentType: String] = [:]
    /// What was planted in the management-system certificate or audit report, if anything (the
    /// oracle does not read it: it judges the documents' values).
    var certificateVariants: [CertificateVariant] = []
    /// The social-audit report (amfori BSCI or SMETA) among the certificates, when the archive has one.
    var auditReport: SocialAuditReport?
    /// What the buyer buys from the factory, for `auditready check --products`.
    var products: [String] = []

    /// The document types the archive holds.
    var presentTypes: Set<DocumentType> {
        Set([DocumentType.businessLicense, .fireCertificate, .certificate, .roster, .timesheet, .payroll])
            .subtracting(omitted)
    }

    /// The roster as a reader sees it: nil when the roster is not in the archive.
    var roster: [Employee]? { omitted.contains(.roster) ? nil : employees }

    /// The company name `type` prints.
    func companyName(on type: DocumentType) -> String {
        printedCompanyNames[type] ?? company.name
    }

    /// The first and last day the timesheets can cover.
    var firstDay: CivilDate { months[0].firstDay }
    var lastDay: CivilDate { months[months.count - 1].lastDay }

    /// The documents with a validity end date that are in the archive, for the expiry rules.
    var datedDocuments: [DatedDocument] {
        [
            DatedDocument(type: .businessLicense, validUntil: company.businessTermEnd),
            DatedDocument(type: .fireCertificate, validUntil: fireCertificate.validUntil),
            DatedDocument(type: .certificate, validUntil: managementCertificate.expires),
        ].filter { !omitted.contains($0.type) }
    }
}
