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
        abstract: "Serve the upload page and the API, keeping everything in a data folder or in PostgreSQL.",
        discussion: """
        Checks run in the background, one at a time, exactly as `auditready check` runs them; a server stopped mid-check takes the check up again when it starts.
        With --database postgres://…, everything is kept in PostgreSQL and `auditready serve-worker --database postgres://…` processes on any machine run checks too.
        API tokens: `auditready token create --data DIR --org NAME` (or --database URL). Web accounts: `auditready user create --data DIR --org NAME --email ADDRESS --password-stdin`.
        The API is described at /api/v1/openapi.yaml.
        """)

    @Option(help: ArgumentHelp("The folder holding the database, the uploaded archives and the reports (created if missing); with --database, only uploads being received, the result cache and temporary files.", valueName: "dir"))
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

    @Option(help: ArgumentHelp("Keep checks, reports, accounts and uploaded archives in this PostgreSQL database instead of --data, e.g. postgres://auditready@db.example/auditready; `auditready serve-worker` processes on other machines then run checks too.", valueName: "url"))
    var database: String?

    @Option(name: .customLong("local-checks"), help: "Checks this server runs at once itself; 0 leaves them all to `auditready serve-worker` processes (with --database only).")
    var localChecks: Int = 1

    @Option(help: "With --database: seconds a running check may go without a heartbeat before a worker takes it over.")
    var lease: Double = 60

    @Flag(help: "Log every check and request on standard error.")
    var verbose = false

    func run() throws {
        guard (1...65535).contains(port) else { throw UsageError(message: "--port takes a TCP port from 1 to 65535, not \(port)") }
        guard maxUploadMB > 0 else { throw UsageError(message: "--max-upload-mb takes a number of megabytes above 0") }
        guard keepArchivesDays >= 0 else { throw UsageError(message: "--keep-archives-days takes a number of days, 0 or more") }
        guard localChecks >= (database == nil ? 1 : 0) else {
            throw UsageError(message: database == nil ? "--local-checks takes 1 or more without --database: no other process runs this server's checks"
                                                      : "--local-checks takes a number of checks, 0 or more")
        }
        guard lease >= 1 else { throw UsageError(message: "--lease takes a number of seconds, 1 or more") }
        var configuration = ServerConfiguration(dataDirectory: URL(fileURLWithPath: data))
        configuration.port = port
        configuration.host = host
        configuration.maxUploadBytes = maxUploadMB << 20
        configuration.archiveRetentionDays = keepArchivesDays
        configuration.concurrentChecks = localChecks
        let logger = ProgressAwareLogHandler.logger(level: verbose ? .debug : .info)
        let runner = Self.pipelineRunner(dataDirectory: configuration.dataDirectory, rules: rules, ocrLanguages: ocrLanguages,
                                         inProcess: inProcess, logger: logger)
        let (host, port, settings) = (self.host, self.port, configuration)
        do {
            if let database {
                var postgres = PostgresConfiguration(url: database)
                postgres.lease = lease
                let store = postgres
                let data = try DataDirectory(settings.dataDirectory)
                try Self.block {
                    try await PostgresServerStore.withStore(store, workFolder: data.work, bcryptCost: settings.bcryptCost,
                                                            sessionLifetime: settings.sessionLifetime, logger: logger) { store in
                        logger.info("auditready serves http://\(host):\(port)/ with its data in PostgreSQL (\(store.configuration.redactedURL))")
                        try await PostgresAuditServer(configuration: settings, data: data, store: store, runner: runner, logger: logger).run()
                    }
                }
            } else {
                let server = try AuditServer(configuration: settings, runner: runner, logger: logger)
                logger.info("auditready serves http://\(host):\(port)/ with its data in \(server.data.root.path)")
                try Self.block { try await server.run() }
            }
        } catch let error as ServerSetupError {
            throw UsageError(message: error.description)
        }
    }

    /// Runs checks as `auditready check` does: the same extractors, OCR and worker processes, a
    /// result cache and temporary files in `dataDirectory`, and the HTML report's page crops.
    static func pipelineRunner(dataDirectory: URL, rules: String?, ocrLanguages: String?, inProcess: Bool, logger: Logger) -> PipelineCheckRunner {
        let cache = dataDirectory.appendingPathComponent("cache").path
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
            htmlMaterial: { report, weeklyHours, packs, pdfs in
                HTMLReportMaterial.context(for: report, weeklyHours: weeklyHours, packs: packs, pdfs: pdfs, logger: logger, progress: nil)
            },
            temporaryDirectory: dataDirectory.appendingPathComponent("work"),
            logger: logger)
    }

    /// Runs `work` to its end from this synchronous command; returns its value or rethrows its error.
    @discardableResult
    static func block<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws -> Value {
        let done = DispatchSemaphore(value: 0)
        let outcome = Mutex<Result<Value, any Error>?>(nil)
        Task {
            do {
                let value = try await work()
                outcome.withLock { $0 = .success(value) }
            } catch {
                outcome.withLock { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        // The task set an outcome before it signalled.
        return try outcome.withLock { $0 }!.get()
    }
}
