import AuditCore

/// The one-line verdict people-facing reports open with, from the open findings only.
enum ReportVerdict {
    enum Tone: String { case fail, review, pass }

    /// The verdict in `language` and how it should look.
    static func of(_ report: AuditReport, counts: FindingCounts? = nil, language: ReportLanguage = .en) -> (text: String, tone: Tone) {
        let counts = counts ?? FindingCounts(report.findings)
        let errors = counts.open(.error)
        let warnings = counts.open(.warning)
        if errors > 0 {
            let what: ReportLabel = errors == 1 ? .nonCompliance : .nonCompliances
            return (ReportLabel.verdictErrors(language, ["errors": ReportCount.openError(errors, language), "what": what(language)]), .fail)
        }
        if warnings > 0 {
            return (ReportLabel.verdictWarnings(language, ["warnings": ReportCount.warning(warnings, language)]), .review)
        }
        return (report.findings.isEmpty ? ReportLabel.verdictNoFindings(language) : ReportLabel.verdictClean(language), .pass)
    }
}
