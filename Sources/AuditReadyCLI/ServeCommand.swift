import ArgumentParser
import AuditPipeline
import AuditServer
import Foundation
import Logging
import Synchronization

/// `auditready serve`: the web page and the API over a data folder (see `ServerConfiguration`).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the upload page and the API, keeping everything in a data folder.",
        discussion: """
        Checks run in the background, one at a time, exactly as `auditready check` runs them; a server stopped mid-check takes the check up again when it starts.
        API tokens: `auditready token create --data DIR --org NAME`. Web accounts: `auditready user create --data DIR --org NAME --email ADDRESS --password-stdin`.
        The API is described at /api/v1/openapi.yaml.
        """)

    @Option(help: ArgumentHelp("The folder holding the database, the uploaded archives and the reports (created if missing).", valueName: "dir"))
    var data: String

    @Option(help: "The TCP port to listen on.")
    var port: Int = 8080

    @Option(help: "The address to listen on; 0.0.0.0 answers other machines too.")
    var host: String = "127.0.0.1"

    @Option(name: .customLong("max-upload-mb"), help: "The largest archive accepted, in megabytes.")
    var maxUploadMB: Int = 512

    @Option(name: .customLong("keep-archives-days"), help: "Days an uploaded archive is kept after its check finished; reports are kept until deleted.")
    var keepArchivesDays: Int = 30

    @Option(help: "Folder holding the rule packs (NAME.yaml); default: the Rules folder of the installation.")
    var rules: String?

    @Option(name: .customLong("ocr-languages"), help: "Tesseract languages for scans, e.g. eng+chi_sim (the default).")
    var ocrLanguages: String?

    @Flag(name: .customLong("in-process"), help: "Read documents in the server's process instead of worker processes.")
    var inProcess = false

    @Option(help: ArgumentHelp("PostgreSQL is not supported yet: leave this out to keep everything in --data.", valueName: "url"))
    var database: String?

    @Flag(help: "Log every check and request on standard error.")
    var verbose = false

    func run() throws {
        if database != nil {
            throw UsageError(message: "--database (PostgreSQL) is not supported yet; leave it out and the server keeps everything in --data")
        }
        guard (1...65535).contains(port) else { throw UsageError(message: "--port takes a TCP port from 1 to 65535, not \(port)") }
        guard maxUploadMB > 0 else { throw UsageError(message: "--max-upload-mb takes a number of megabytes above 0") }
        guard keepArchivesDays >= 0 else { throw UsageError(message: "--keep-archives-days takes a number of days, 0 or more") }
        var settings = ServerConfiguration(dataDirectory: URL(fileURLWithPath: data))
        settings.port = port
        settings.host = host
        settings.maxUploadBytes = maxUploadMB << 20
        settings.archiveRetentionDays = keepArchivesDays
        let logger = ProgressAwareLogHandler.logger(level: verbose ? .debug : .info)
        let server: AuditServer
        do {
            server = try AuditServer(configuration: settings, runner: runner(logger: logger, settings: settings), logger: logger)
        } catch let error as ServerSetupError {
            throw UsageError(message: error.description)
        }
        logger.info("auditready serves http://\(host):\(port)/ with its data in \(server.data.root.path)")
        try Self.block { try await server.run() }
    }

    /// Runs checks as `auditready check` does: the same extractors, OCR and worker processes, a
    /// result cache in the data folder, and the HTML report's page crops.
    func runner(logger: Logger, settings: ServerConfiguration) -> PipelineCheckRunner {
        let cache = settings.dataDirectory.appendingPathComponent("cache").path
        let (ocrLanguages, inProcess) = (self.ocrLanguages, self.inProcess)
        return PipelineCheckRunner(
            rulesDirectories: RulesLocation.directories(explicit: rules),
            makeConfiguration: { logger in
                var configuration = try CheckConfiguration.pipeline(logger: logger, cache: .some(cache), ocrLanguages: ocrLanguages)
                if !inProcess {
                    configuration.documentWorkers = WorkerCommand.launch(cache: .some(cache), ocrLanguages: ocrLanguages,
                                                                         rowsPerPart: configuration.rowsPerDocumentPart)
                }
                return configuration
            },
            htmlMaterial: { report, evidence, packs, archive, intake in
                HTMLReportMaterial.context(for: report, evidence: evidence, packs: packs, input: archive, intake: intake,
                                           logger: logger, progress: nil)
            },
            temporaryDirectory: settings.dataDirectory.appendingPathComponent("work"),
            logger: logger)
    }

    /// Runs `work` to its end from this synchronous command, rethrowing its error.
    static func block(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)
        Task {
            do { try await work() } catch { failure.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
