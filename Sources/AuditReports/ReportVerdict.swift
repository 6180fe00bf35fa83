import AuditCore

/// The one-line verdict people-facing reports open with, from the open findings only.
enum ReportVerdict {
    enum Tone: String { case fail, review, pass }

    /// The verdict and how it should look.
    static func of(_ report: AuditReport, counts: FindingCounts? = nil) -> (text: String, tone: Tone) {
        let counts = counts ?? FindingCounts(report.findings)
        let errors = counts.open(.error)
        let warnings = counts.open(.warning)
        if errors > 0 {
            return ("\(count(errors, "open error")): an auditor would record \(errors == 1 ? "a non-compliance" : "non-compliances")", .fail)
        }
        if warnings > 0 {
            return ("No open errors; \(count(warnings, "warning")) to verify", .review)
        }
        return (report.findings.isEmpty ? "No findings" : "No open errors or warnings", .pass)
    }

    /// "1 open error", "3 open errors".
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
