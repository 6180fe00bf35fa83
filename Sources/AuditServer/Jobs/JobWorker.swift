import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// How `auditready serve-worker` runs: which database it takes checks from and how many at once.
public struct JobWorkerConfiguration: Sendable {
    /// The PostgreSQL store the checks are claimed from, with the lease (see `PostgresConfiguration`).
    public var database: PostgresConfiguration
    /// A local folder for the claimed checks' archives and reports while they run, and the pipeline's
    /// temporary files (the result cache too, when the runner keeps one).
    public var dataDirectory: URL
    /// Checks this process runs at once; each one already uses every core, so one is usually right.
    public var concurrentChecks = 1
    /// How often, in seconds, an idle worker looks for queued checks.
    public var pollInterval: TimeInterval = 1
    /// Seconds every check waits, heartbeating, after it is claimed and before it is read. Only for
    /// tests that stop a worker mid-check; 0 otherwise.
    public var holdEachCheck: TimeInterval = 0

    /// A worker over `database` with its local files in `dataDirectory`, taking every other default.
    public init(database: PostgresConfiguration, dataDirectory: URL) {
        self.database = database
        self.dataDirectory = dataDirectory
    }
}

/// A process that only runs checks: it claims them from PostgreSQL and heartbeats while it runs
/// them, until SIGTERM or SIGINT, when it gives the check it was running back to the queue.
public enum JobWorker {
    /// Runs `configuration.concurrentChecks` checks at a time with `runner` until stopped; throws
    /// `ServerSetupError` saying what to change when it cannot start.
    public static func run(_ configuration: JobWorkerConfiguration, runner: any CheckRunner, logger: Logger) async throws {
        let data = try DataDirectory(configuration.dataDirectory)
        try await PostgresServerStore.withStore(configuration.database, workFolder: data.work, logger: logger) { store in
            let queue = JobQueue(store: store, runner: runner, workers: configuration.concurrentChecks,
                                 pollInterval: configuration.pollInterval, holdEachCheck: configuration.holdEachCheck, logger: logger)
            logger.info("auditready serve-worker takes checks from \(configuration.database.redactedURL), lease \(Int(configuration.database.lease)) s")
            try await ServiceGroup(services: [queue], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger).run()
        }
    }
}
