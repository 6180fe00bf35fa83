import ArgumentParser
import AuditCache
import AuditIntake
import AuditRules

/// The exit statuses of `auditready`, and the one place that decides which error ends with which.
///
/// | Status | When |
/// |---|---|
/// | 0 | the command did what it was asked; for `check`, no open finding at or above `--fail-on` |
/// | 1 | `check`: an open finding at or above `--fail-on` (`CheckExit`) |
/// | 2 | something the person running it can put right: a command line the parser refuses, an option value `run()` refuses (`UsageError`), an input that cannot be opened (`IntakeError`), a rule pack or a cache folder that cannot be used |
/// | 70 | any other error: one AuditReady did not expect (`EX_SOFTWARE` in sysexits.h) |
///
/// The contract (docs/contract/README.md) promises 0, 1 and 2 to the programs that run checks,
/// so the parser's refusals end with 2 rather than ArgumentParser's own 64 (`EX_USAGE`).
enum ExitStatus {
    static let usage: Int32 = 2
    static let unexpected: Int32 = 70

    /// The status the process ends with after `error`.
    static func of(_ error: any Error) -> Int32 {
        switch error {
        case let exit as CheckExit: return exit.code
        case is UsageError, is IntakeError, is RulePackError, is CacheError: return usage
        default: return refusedByParser(error) ? usage : unexpected
        }
    }

    /// Whether the argument parser refused the command line (or a `validate()` threw a `ValidationError`).
    static func refusedByParser(_ error: any Error) -> Bool {
        AuditReadyCommand.exitCode(for: error) == .validationFailure
    }
}
