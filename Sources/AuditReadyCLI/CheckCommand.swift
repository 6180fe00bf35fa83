import ArgumentParser
import AuditCore
import AuditEvidence
import AuditPipeline
import AuditReports
import AuditRules
import Foundation
import Logging

/// `auditready check PATH`: checks an evidence archive or folder and reports the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an evidence archive (.zip, .tar.*, .7z, .rar) or folder.",
        discussion: """
        Exit status: 0 when no open finding is at or above --fail-on, 1 when some are, 2 for a usage error or an input that cannot be opened, 70 for an unexpected error (a fault of the system or of auditready, not of the options or the input). Findings a --baseline accepts are listed but never open.

        A baseline is a JSON list, or the same list in YAML (one '- ' entry per accepted finding, 'field: value' lines, # comments):
          [{"rule": "china-labor-law/overtime-monthly", "employeeId": "HR-2380", "period": "2026-05",
            "acceptedBy": "Li Na, compliance", "reason": "Peak-season waiver 2026-031"}]
        rule, acceptedBy and reason are required; employeeId, documentType and period narrow the match. An entry that matches no finding is reported as fixed.
        """)

    @Argument(help: "The archives or directories to check; several give one report each (see --output-dir).")
    var paths: [String]

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("With several inputs, write each one's report to this folder, named after its input (NAME.json, NAME.html, …); text and Markdown reports may go to standard output one after another instead.", valueName: "dir"))
    var outputDir: String?

    @Option(help: "Rule packs to evaluate, comma-separated.")
    var ruleset: String = "china-labor-law"

    @Option(name: .customLong("as-of"), help: "The day the evidence is judged on (YYYY-MM-DD); default today.")
    var asOf: String?

    @Option(help: "Output format.")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1, or never.")
    var failOn: FailOn = .error

    @Option(help: "Folder holding the rule packs (NAME.yaml); default: the Rules folder of the installation.")
    var rules: String?

    @Option(help: "Region whose minimum wage applies (e.g. shenzhen); default: read from the business license address.")
    var region: String?

    @Option(help: ArgumentHelp("What the buyer buys, comma-separated (e.g. \"LED lamps,灯具\"): a certificate whose scope names none of them is a warning.", valueName: "list"))
    var products: String?

    @Option(help: ArgumentHelp("Accepted findings (JSON, or YAML by a .yaml/.yml name): listed, marked, and left out of the verdict.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the findings and the report's labels (zh: 中文). Default from the locale: LC_ALL, LC_MESSAGES or LANG starting with zh is zh, anything else en.", valueName: "en|zh"))
    var lang: ReportLanguage?

    @Flag(name: .shortAndLong, help: "Show no progress bar and no warnings on standard error; errors still show.")
    var quiet = false

    @Flag(help: "Log each stage's progress on standard error.")
    var verbose = false

    @Option(help: ArgumentHelp("Folder of the result cache (default: $XDG_CACHE_HOME/auditready or ~/.cache/auditready).", valueName: "dir"))
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Extract and read every document again, neither reading nor writing the cache.")
    var noCache = false

    @Option(name: .customLong("ocr-languages"), help: "Tesseract languages for scans, e.g. eng+chi_sim (the default) or eng (faster, English only).")
    var ocrLanguages: String?

    @Flag(name: .customLong("ocr-latin-first"), help: "Read each scan with the Latin-script OCR languages first, and with all of them only when it is not in Latin script: saves the Chinese model on English scans, costs Chinese scans a wasted first reading (for evidence mostly in English).")
    var ocrLatinFirst = false

    @Flag(name: .customLong("in-process"), help: "Read every document in this process instead of in worker processes: a little faster to start, but a document that crashes a reader ends the whole check.")
    var inProcess = false

    @Option(name: .customLong("document-time-limit"), help: ArgumentHelp("Seconds any document may take to be read, plus 60 s per megabyte of it (default 120); a document over its limit is stopped and reported unreadable.", valueName: "seconds"))
    var documentTimeLimit: Double?

    @Option(name: .customLong("worker-memory-limit"), help: ArgumentHelp("Megabytes of memory each document worker may use (default 2048); a document that needs more is stopped and reported unreadable.", valueName: "MB"))
    var workerMemoryLimit: Int?

    func run() throws {
        guard !(quiet && verbose) else { throw UsageError(message: "--quiet and --verbose contradict each other; pass one of them") }
        let threshold = failOn.threshold
        let language = lang ?? ReportLanguage.fromLocale(ProcessInfo.processInfo.environment)
        let day = try asOf.map(Self.parseDay) ?? Self.today()
        let names = ruleset.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw UsageError(message: "--ruleset names no pack") }
        let packs = try RulePackLoader(directories: RulesLocation.directories(explicit: rules)).load(names)
        let accepted = try baseline.map(Self.loadBaseline)
        let productList = (products ?? "").split { $0 == "," || $0 == "，" }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }

        let progress = TerminalProgress.make(enabled: !quiet && !verbose)
        defer { progress?.finish() }
        let logger = ProgressAwareLogHandler.logger(progress: progress, level: verbose ? .debug : quiet ? .error : .warning)
        if noCache, cache != nil { throw UsageError(message: "--cache and --no-cache exclude each other") }
        var configuration = try CheckConfiguration.pipeline(logger: logger, cache: noCache ? nil : .some(cache), ocrLanguages: ocrLanguages,
                                                                ocrLatinFirst: ocrLatinFirst)
        configuration.documentWorkers = try documentWorkers(rowsPerPart: configuration.rowsPerDocumentPart)
        // The HTML report's page crops are rendered from the PDFs its check keeps as it reads.
        configuration.keepsPDFsForPageImages = format.showsEvidenceImages
        let pipeline = AuditPipeline(configuration: configuration, logger: logger)
        let judged = Judged(packs: packs, day: day, products: productList, language: language, accepted: accepted, threshold: threshold)
        if paths.count > 1 || outputDir != nil {
            try checkEach(pipeline, judged: judged, format: format, progress: progress, logger: logger)
            return
        }
        let path = paths[0]
        // Only the HTML report shows more of the evidence than the findings cite (weekly hours,
        // page crops of the PDFs kept as the check reads): the others can take a whole check from
        // the cache, it reads the input once in every case.
        let result: CheckResult
        if format.showsEvidenceImages {
            result = try pipeline.checkWithWeeklyHours(path, packs: packs, asOf: day, region: region, products: productList,
                                      language: language) { progress?.reading($0) }
        } else {
            let report = try pipeline.check(path, packs: packs, asOf: day, region: region, products: productList,
                                            language: language) { progress?.reading($0) }
            result = CheckResult(report: report, evidence: EvidenceModel())
        }
        let report = try write(result, of: path, judged: judged, format: format, to: output, progress: progress, logger: logger,
                               configuration: configuration)
        if let threshold, report.openCount(atLeast: threshold) > 0 { throw CheckExit(code: 1) }
    }

    /// What every input is judged with.
    struct Judged {
        var packs: [RulePack]
        var day: CivilDate
        var products: [String]
        var language: ReportLanguage
        var accepted: Baseline?
        var threshold: Severity?
    }

    /// Writes the report of `result` (the check of `path`) in `format` to the file `output`, or
    /// standard output when nil; returns the report, with the baseline applied. The HTML report's
    /// page crops come from the PDFs `result` kept; they are removed from disk once the caller
    /// releases it.
    @discardableResult
    func write(_ result: CheckResult, of path: String, judged: Judged, format: ReportFormat, to output: String?,
               progress: TerminalProgress?, logger: Logger, configuration: PipelineConfiguration) throws -> AuditReport {
        let report = judged.accepted.map { $0.apply(to: result.report) } ?? result.report
        let colour = output == nil && format == .text && isatty(STDOUT_FILENO) != 0
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var context = ReportContext(colour: colour, language: judged.language)
        if format.showsEvidenceImages {
            context = HTMLReportMaterial.context(for: report, weeklyHours: result.weeklyHours, packs: judged.packs, pdfs: result.pdfs,
                                                 logger: logger, progress: progress)
            context.language = judged.language
        }
        let destination = try ReportOutput(path: output)
        progress?.finish()
        try format.write(report, context: context, to: destination.write)
        try destination.finish()
        return report
    }

    /// The worker processes documents are read in, with their limits; nil with `--in-process`.
    func documentWorkers(rowsPerPart: Int) throws -> DocumentWorkerConfiguration? {
        if let documentTimeLimit, !(documentTimeLimit > 0) { throw UsageError(message: "--document-time-limit takes a number of seconds above 0") }
        if let workerMemoryLimit, workerMemoryLimit < 64 { throw UsageError(message: "--worker-memory-limit takes megabytes, at least 64") }
        if inProcess {
            guard documentTimeLimit == nil, workerMemoryLimit == nil else {
                throw UsageError(message: "--in-process reads documents without limits; drop --document-time-limit and --worker-memory-limit, or --in-process")
            }
            return nil
        }
        var workers = WorkerCommand.launch(cache: noCache ? nil : .some(cache), ocrLanguages: ocrLanguages, rowsPerPart: rowsPerPart,
                                           ocrLatinFirst: ocrLatinFirst)
        if let documentTimeLimit { workers.timeLimit = .milliseconds(Int(documentTimeLimit * 1000)) }
        if let workerMemoryLimit { workers.memoryLimit = workerMemoryLimit << 20 }
        return workers
    }

    /// The baseline at `path`; a missing or malformed file is a usage error naming it and the problem.
    static func loadBaseline(_ path: String) throws -> Baseline {
        do {
            return try Baseline.load(contentsOf: path)
        } catch let error as BaselineError {
            throw UsageError(message: "--baseline: \(error.description)")
        }
    }

    static func parseDay(_ text: String) throws -> CivilDate {
        guard let day = CivilDate(iso: text) else {
            throw UsageError(message: "--as-of takes a date as YYYY-MM-DD, not '\(text)'")
        }
        return day
    }

    static func today() -> CivilDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
