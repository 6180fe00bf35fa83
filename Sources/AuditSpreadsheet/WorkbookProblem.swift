import AuditCore
import AuditExtraction

/// Why a workbook could not be read, each turned into a status and a reason a person can act on.
enum WorkbookProblem: Error, Equatable {
    /// Corrupt or truncated bytes; the detail says what was wrong.
    case damaged(String)
    /// Encrypted with a password (an OLE2 `EncryptedPackage`, or BIFF obfuscation).
    case passwordProtected
    /// Read without error, but no sheet holds a value.
    case noCells
    /// Over one of the `WorkbookLimits`; the detail says which.
    case overLimit(ReasonText)
    /// Built to attack a reader (an XML document type declaration, which Excel never writes).
    case crafted(ReasonText)
    /// The machine could not stage the file for a reader (no private temporary file).
    case cannotStage(String)

    /// The extraction outcome reporting this problem.
    var outcome: ExtractionOutcome {
        switch self {
        case let .damaged(detail):
            return ExtractionOutcome(status: .unreadable, reason: ReasonText(WorkbookReason.damaged.text, texts: ["detail": LibraryMessage.text(detail)]))
        case .passwordProtected:
            return ExtractionOutcome(status: .unreadable, reason: WorkbookReason.passwordProtected())
        case .noCells:
            return ExtractionOutcome(status: .unreadable, reason: WorkbookReason.noCells())
        case let .overLimit(detail):
            return ExtractionOutcome(status: .rejected, reason: ReasonText(WorkbookReason.overLimit.text, texts: ["detail": detail]))
        case let .crafted(detail):
            return ExtractionOutcome(status: .rejected, reason: ReasonText(WorkbookReason.crafted.text, texts: ["detail": detail]))
        case let .cannotStage(detail):
            return ExtractionOutcome(status: .unreadable, reason: ReasonText(WorkbookReason.cannotStage.text, texts: ["detail": LibraryMessage.text(detail)]))
        }
    }

}
