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

    /// The first and last day the timesheets can cover.
    var firstDay: CivilDate { months[0].firstDay }
    var lastDay: CivilDate { months[months.count - 1].lastDay }

    /// The documents with a validity end date, for the expiry rules.
    var datedDocuments: [DatedDocument] {
        [
            DatedDocument(type: .businessLicense, validUntil: company.businessTermEnd),
            DatedDocument(type: .fireCertificate, validUntil: fireCertificate.validUntil),
            DatedDocument(type: .certificate, validUntil: managementCertificate.expires),
        ]
    }
}
