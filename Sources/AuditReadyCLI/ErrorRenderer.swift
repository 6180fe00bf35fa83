import ArgumentParser
import AuditCache
import AuditIntake
import AuditRules

/// The one place where errors become messages and exit statuses (the contract: 2 for a usage
/// error or an input that cannot be opened at all).
enum ErrorRenderer {
    static func message(for error: Error) -> String {
        switch error {
        case let error as IntakeError:
            return "auditready: \(error.description)"
        case let error as RulePackError:
            return "auditready: rule pack \(error.description)"
        case let error as CacheError:
            return "auditready: \(error.description)"
        case let error as UsageError:
            return "auditready: \(error.message)"
        default:
            return "auditready: " + AuditReadyCommand.message(for: error)
        }
    }

    static func exitStatus(for error: Error) -> Int32 { 2 }
}

/// A usage problem found after parsing (a bad date, an unknown format).
struct UsageError: Error {
    var message: String
}

/// Ends a check with the status the verdict calls for.
struct CheckExit: Error {
    var code: Int32
}
