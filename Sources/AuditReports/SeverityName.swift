import AuditCore

/// Severity names as headings and table rows write them.
enum SeverityName {
    static func singular(_ severity: Severity) -> String {
        switch severity {
        case .error: return "Error"
        case .warning: return "Warning"
        case .info: return "Info"
        }
    }

    static func plural(_ severity: Severity) -> String {
        severity == .info ? "Info" : singular(severity) + "s"
    }
}
