import ArgumentParser
import AuditPipeline
import Foundation

/// `auditready worker`: reads the documents a check sends on standard input and answers on
/// standard output (see `DocumentWorker`). Started by `check`; not for people.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Read documents for a check in a separate process (started by check).",
        shouldDisplay: false)

    @Option(help: "Folder of the result cache.")
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Use no result cache.")
    var noCache = false

    @Option(name: .customLong("ocr-languages"), help: "Tesseract languages for scans.")
    var ocrLanguages: String?

    @Flag(name: .customLong("ocr-latin-first"), help: "Read scans with the Latin-script languages first.")
    var ocrLatinFirst = false

    @Option(name: .customLong("rows-per-part"), help: "Time entries and pay lines handed on at a time.")
    var rowsPerPart: Int?

    @Option(name: .customLong("memory-limit"), help: "Bytes of data memory this process may use.")
    var memoryLimit: Int?

    func run() throws {
        if let memoryLimit {
            var limit = rlimit(rlim_cur: rlim_t(memoryLimit), rlim_max: rlim_t(memoryLimit))
            setrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &limit)
        }
        let logger = ProgressAwareLogHandler.logger(progress: nil, level: .warning)
        // One OCR engine per worker: the check reads as many documents at once as it has workers.
        var configuration = try CheckConfiguration.pipeline(logger: logger, cache: noCache ? nil : .some(cache),
                                                            ocrLanguages: ocrLanguages, ocrWorkers: 1, ocrLatinFirst: ocrLatinFirst)
        if let rowsPerPart { configuration.rowsPerDocumentPart = rowsPerPart }
        DocumentWorker.serve(configuration: configuration, logger: logger)
    }

    /// How `check` starts its workers: this program in worker mode with the check's reading settings.
    static func launch(cache: String??, ocrLanguages: String?, rowsPerPart: Int, ocrLatinFirst: Bool = false) -> DocumentWorkerConfiguration {
        var arguments = ["worker", "--rows-per-part", "\(rowsPerPart)"]
        switch cache {
        case .none: arguments.append("--no-cache")
        case let .some(folder?): arguments += ["--cache", folder]
        case .some(.none): break
        }
        if let ocrLanguages { arguments += ["--ocr-languages", ocrLanguages] }
        if ocrLatinFirst { arguments.append("--ocr-latin-first") }
        return DocumentWorkerConfiguration(executable: CheckConfiguration.executablePath, arguments: arguments)
    }
}
