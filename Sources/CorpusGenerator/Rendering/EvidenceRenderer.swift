import AuditCore

/// Renders all of a factory's evidence: the licence and certificates, the roster, and per month
/// a timesheet export and a payroll register (minus any document left out), and any audit report.
enum EvidenceRenderer {
    /// Every document of `factory`, certificates first, then roster, timesheets, payroll and any
    /// audit report.
    static func render(_ factory: Factory, style: DocumentStyle) throws -> [RenderedDocument] {
        let certificates = CertificateDocuments(factory: factory, style: style)
        var documents = [try certificates.businessLicense()]
        if !factory.omitted.contains(.fireCertificate) { documents.append(try certificates.fireCertificate()) }
        documents.append(try certificates.managementCertificate())
        if !factory.omitted.contains(.roster) {
            documents.append(try RosterDocument(factory: factory, style: style.roster, fieldLayout: style.fieldLayout).render())
        }
        for (index, month) in factory.months.enumerated() {
            documents.append(try TimesheetCSV(month: month, rows: factory.attendance.filter { $0.date.yearMonth == month },
                                              style: style.timesheets[index]).render())
        }
        for register in factory.payroll {
            documents.append(try PayrollDocument(factory: factory, register: register, style: style.payroll,
                                                 fieldLayout: style.fieldLayout, dateStyle: style.dateStyle).render())
        }
        if let report = factory.auditReport { documents.append(try certificates.auditReport(report)) }
        return documents
    }
}
