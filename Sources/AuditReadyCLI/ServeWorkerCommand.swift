import ArgumentParser
import AuditServer
import Foundation

/// `auditready serve-worker`: runs the checks that `auditready serve --database` queues, on any
/// machine that reaches the database (see `JobWorkerConfiguration`).
struct ServeWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-worker",
        abstract: "Run the checks a PostgreSQL-backed `auditready serve` queues, on this machine.",
        discussion: """
        Claims queued checks from the database with SELECT … FOR UPDATE SKIP LOCKED, reads the uploaded archive from the database, and writes the reports back to it: the machines share nothing but the database.
        While a check runs the worker heartbeats; a check whose worker stopped heartbeating for longer than --lease seconds is claimed again by another worker. SIGTERM or SIGINT stops the worker and puts the check it was running back in the queue.
        """)

    @Option(help: ArgumentHelp("The PostgreSQL database `auditready serve --database` uses.", valueName: "url"))
    var database: String

    @Option(help: ArgumentHelp("A local folder for the running checks' files and the result cache (created if missing); default: a folder in the system's temporary folder.", valueName: "dir"))
    var data: String?

    @Option(help: "Checks this worker runs at once.")
    var checks: Int = 1

    @Option(help: "Seconds a running check may go without a heartbeat before another worker takes it over; the same for every worker.")
    var lease: Double = 60

    @Option(help: "Folder holding the rule packs (NAME.yaml); default: the Rules folder of the installation.")
    var rules: String?

    @Option(name: .customLong("ocr-languages"), help: "Tesseract languages for scans, e.g. eng+chi_sim (the default).")
    var ocrLanguages: String?

    @Flag(name: .customLong("in-process"), help: "Read documents in the worker's process instead of document worker processes.")
    var inProcess = false

    @Option(name: .customLong("hold-each-check"), help: ArgumentHelp("Seconds each check waits, heartbeating, before it is read: for tests only.", visibility: .hidden))
    var holdEachCheck: Double = 0

    @Flag(help: "Log every check on standard error.")
    var verbose = false

    func run() throws {
        guard checks >= 1 else { throw UsageError(message: "--checks takes a number of checks, 1 or more") }
        guard lease >= 1 else { throw UsageError(message: "--lease takes a number of seconds, 1 or more") }
        let folder = data.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("auditready-serve-worker")
        var store = PostgresConfiguration(url: database)
        store.lease = lease
        var settings = JobWorkerConfiguration(database: store, dataDirectory: folder)
        settings.concurrentChecks = checks
        settings.holdEachCheck = max(0, holdEachCheck)
        let logger = ProgressAwareLogHandler.logger(level: verbose ? .debug : .info)
        let runner = ServeCommand.pipelineRunner(dataDirectory: folder, rules: rules, ocrLanguages: ocrLanguages, inProcess: inProcess,
                                                 logger: logger)
        do {
            let settings = settings
            try ServeCommand.block { try await JobWorker.run(settings, runner: runner, logger: logger) }
        } catch let error as ServerSetupError {
            throw UsageError(message: error.description)
        }
    }
}
