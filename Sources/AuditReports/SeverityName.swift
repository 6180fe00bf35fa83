import AuditCore

/// Severity names as headings and table rows write them.
enum SeverityName {
    static func singular(_ severity: Severity, _ language: ReportLanguage = .en) -> String {
        severity.name(in: language)
    }

    static func plural(_ severity: Severity, _ language: ReportLanguage = .en) -> String {
        severity.plural(in: language)
    }
}
