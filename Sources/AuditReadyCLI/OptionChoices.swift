import ArgumentParser
import AuditCore
import AuditReports
import AuditServer

// The options that take one of a fixed list of words: the parser refuses any other word with
// its usual message, and `--help` lists the words.

/// `check --format`: text, json, html, markdown or csv.
extension ReportFormat: ExpressibleByArgument {}

/// `check --lang`: en or zh, in any case (`EN`, `Zh`).
extension ReportLanguage: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

/// `token create --role` and `user create --role`: member or reviewer.
extension Role: ExpressibleByArgument {}

/// `check --fail-on`: the lowest severity that makes the exit status 1, or never.
enum FailOn: String, CaseIterable, ExpressibleByArgument {
    case error, warning, never

    /// The lowest severity an open finding needs to fail the check; nil for never.
    var threshold: Severity? {
        switch self {
        case .error: return .error
        case .warning: return .warning
        case .never: return nil
        }
    }
}
