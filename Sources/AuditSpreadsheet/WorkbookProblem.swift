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
    case overLimit(String)
    /// Built to attack a reader (an XML document type declaration, which Excel never writes).
    case crafted(String)
    /// The machine could not stage the file for a reader (no private temporary file).
    case cannotStage(String)

    /// The extraction outcome reporting this problem.
    var outcome: ExtractionOutcome {
        switch self {
        case let .damaged(detail):
            return ExtractionOutcome(status: .unreadable,
                                     reason: "the workbook is damaged (\(detail)); save it again from Excel")
        case .passwordProtected:
            return ExtractionOutcome(status: .unreadable, reason: "password-protected workbook: save a copy without a password")
        case .noCells:
            return ExtractionOutcome(status: .unreadable,
                                     reason: "the workbook has no cells with a value: check that the right file was sent")
        case let .overLimit(detail):
            return ExtractionOutcome(status: .rejected,
                                     reason: "\(detail): the workbook was not read; split it or save the sheets that matter as CSV")
        case let .crafted(detail):
            return ExtractionOutcome(status: .rejected, reason: "\(detail): this is not a workbook Excel wrote, so it was not read")
        case let .cannotStage(detail):
            return ExtractionOutcome(status: .unreadable,
                                     reason: "the workbook could not be staged for reading (\(detail)); check the temporary directory's space and permissions")
        }
    }
}
