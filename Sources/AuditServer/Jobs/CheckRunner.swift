import AuditCore
import Foundation

/// What one queued check asks the runner to do.
public struct CheckRequest: Sendable {
    /// The uploaded archive.
    public var archive: URL
    /// The name the uploader's file had; the reports show it as their input.
    public var fileName: String
    /// Rule packs to judge against.
    public var ruleset: [String]
    public var asOf: CivilDate
    public var region: String?
    /// The folder the rendered reports go to (`ReportFile` names them).
    public var reportFolder: URL
}

/// How far a running check has come.
public struct CheckProgress: Sendable {
    /// Entries of the archive handled so far.
    public var documentsDone: Int
    /// The entry being read now.
    public var currentDocument: String

    public init(documentsDone: Int, currentDocument: String) {
        self.documentsDone = documentsDone
        self.currentDocument = currentDocument
    }
}

/// Runs a check and writes its reports: the seam between the web service and the pipeline.
///
/// `PipelineCheckRunner` is the real one; tests may give the server another.
public protocol CheckRunner: Sendable {
    /// Throws `CheckInputError` when `names` are not rule packs the runner can load, so an
    /// upload naming one is refused at once instead of failing later.
    func validate(ruleset names: [String]) throws

    /// Checks `request.archive`, writes every `ReportFile` into `request.reportFolder`, and
    /// returns the summary; calls `progress` as entries are handled. Throws when the archive
    /// cannot be checked at all, with a message for the uploader.
    func run(_ request: CheckRequest, progress: @escaping @Sendable (CheckProgress) -> Void) throws -> CheckSummary
}

/// An upload's options or archive cannot be checked; the message says what to change.
public struct CheckInputError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
