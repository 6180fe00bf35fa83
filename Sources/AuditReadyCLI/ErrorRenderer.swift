import ArgumentParser
import AuditCache
import AuditCore
import AuditIntake
import AuditRules

/// The one place where errors become messages and exit statuses (the contract: 2 for a usage
/// error or an input that cannot be opened at all).
///
/// Error descriptions carry paths and names from the evidence: they go through `UntrustedText`,
/// so a message cannot act on the terminal. Our own errors are kept to one line; the argument
/// parser's messages keep their line breaks (a usage text follows some of them).
enum ErrorRenderer {
    static func message(for error: Error) -> String {
        switch error {
        case let error as IntakeError:
            return "auditready: " + UntrustedText.plain(error.description)
        case let error as RulePackError:
            return "auditready: rule pack " + UntrustedText.plain(error.description)
        case let error as CacheError:
            return "auditready: " + UntrustedText.plain(error.description)
        case let error as UsageError:
            return "auditready: " + UntrustedText.plain(error.message)
        default:
            return "auditready: " + UntrustedText.visible(AuditReadyCommand.message(for: error), lineBreaks: .kept)
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
