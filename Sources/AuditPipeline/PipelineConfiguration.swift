import AuditCache
import AuditEvidence
import AuditExtraction
import AuditIntake
import Foundation

/// Everything a check can be tuned with, each part documented where it is defined.
public struct PipelineConfiguration: Sendable {
    /// Archive limits (sizes, ratio, nesting depth).
    public var intake: IntakeConfiguration
    /// How ambiguous values are read (date order, meal break).
    public var evidence: EvidenceConfiguration
    /// Extractors tried before the built-in ones (OCR of images, workbooks).
    public var extractors: [any DocumentExtractor]
    /// Reads PDF pages that have no text layer; nil leaves them unread with a reason.
    public var pageCompleter: (any PageTextCompleter)?
    /// Documents read at the same time. Default: the machine's active cores.
    public var workers: Int
    /// Reads each document in a worker process with time and memory limits, so no document can
    /// take the check down; nil reads them in this process (faster to start, no isolation).
    public var documentWorkers: DocumentWorkerConfiguration?
    /// Where each document's extraction and reading are kept between runs; nil redoes everything
    /// every time. Its generation (the program's build) keeps a new build from reusing old results.
    public var cache: ResultCache?
    /// Added to every cache key: settings that change results without changing the code, such as
    /// the OCR languages and resolution.
    public var cacheSalt: String = ""
    /// Time entries, and pay lines, a check holds in memory. Past it they wait in the check's
    /// temporary database and the workers are judged in batches of about this many rows, so
    /// memory stays near this bound however many workers, days and months the records hold (about
    /// 1.5 KB a row). The report, in every format, is the same either way; only `AuditPipeline.run`,
    /// which returns all of the evidence, holds it all in memory.
    public var workerRowsInMemory = 20_000
    /// Time entries, and pay lines, of one document read before they are handed on to the check
    /// (and to the temporary database): a document of a year of daily attendance is read in parts
    /// of this many rows instead of being held whole as records. The report is the same either way.
    public var rowsPerDocumentPart = 5_000
    /// Findings a check holds in memory (about 1.5 KB each with the evidence they cite). Past it
    /// they wait in the temporary database and the report reads them back in order as it is written;
    /// such a check is not kept whole in the result cache. The report is the same either way.
    public var findingsInMemory = 50_000
    /// Where the check's temporary database goes (one SQLite file, made only when something
    /// spills, removed once the check's report is released). Default: the system's temporary
    /// directory (`TMPDIR`).
    public var temporaryDirectory = FileManager.default.temporaryDirectory
    /// Whether a check that returns a `CheckResult` (`checkWithWeeklyHours`, `run`, and
    /// `checkEach` with weekly hours) keeps the bytes of every PDF entry intake hands on, for the
    /// page crops of the HTML report (`CheckResult.pdfs`): in a folder of `temporaryDirectory`
    /// readable by its owner only, each content once, bounded by the intake limits, and removed
    /// with the result. The crops are then rendered from it, so the input is walked once. Off by
    /// default: no other report shows page images. `check`, which returns a report only, never keeps them.
    public var keepsPDFsForPageImages = false

    public init(intake: IntakeConfiguration = IntakeConfiguration(), evidence: EvidenceConfiguration = EvidenceConfiguration(),
                extractors: [any DocumentExtractor] = [], pageCompleter: (any PageTextCompleter)? = nil,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, cache: ResultCache? = nil) {
        self.intake = intake
        self.evidence = evidence
        self.extractors = extractors
        self.pageCompleter = pageCompleter
        self.workers = workers
        self.cache = cache
    }
}

/// What the pipeline has done so far, for a progress display.
public struct PipelineProgress: Sendable {
    /// Entries of the input handled so far (read, refused or skipped).
    public var documentsDone: Int
    /// The entry being handled now.
    public var currentPath: String
}
