import ArgumentParser
import AuditCache
import AuditCore
import AuditIntake
import AuditRules

/// The one place where errors become messages (`ExitStatus` gives their exit statuses).
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
        case _ where ExitStatus.of(error) == ExitStatus.unexpected:
            return "auditready: unexpected error (\(String(reflecting: type(of: error)))): "
                + UntrustedText.plain(AuditReadyCommand.message(for: error))
                + "; if the machine's state (a full disk, a port in use, a missing permission) does not explain it, please report it with the command you ran"
        default:
            return "auditready: " + UntrustedText.visible(AuditReadyCommand.message(for: error), lineBreaks: .kept)
        }
    }
}

/// A usage problem found after parsing (a bad date, options that exclude each other).
struct UsageError: Error {
    var message: String
}

/// Ends a check with the status the verdict calls for.
struct CheckExit: Error {
    var code: Int32
}
