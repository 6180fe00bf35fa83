import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The web service behind `auditready serve` over the data folder (SQLite): the default.
public typealias AuditServer = AuditService<SQLiteServerStore>

/// The web service behind `auditready serve --database postgres://…`.
public typealias PostgresAuditServer = AuditService<PostgresServerStore>

/// The web service behind `auditready serve`: the API, the web page and the job queue, over one
/// `ServerStore`.
public struct AuditService<Store: ServerStore>: Sendable {
    public let configuration: ServerConfiguration
    /// Where uploads are received (and, for the SQLite store, everything is kept).
    public let data: DataDirectory
    public let store: Store
    /// This process's job queue; nil when `configuration.concurrentChecks` is 0 and only other
    /// processes (`auditready serve-worker`) run checks.
    public let queue: JobQueue?
    let runner: any CheckRunner
    let logger: Logger

    /// A server over `store`, receiving uploads in `data`.
    public init(configuration: ServerConfiguration, data: DataDirectory, store: Store, runner: any CheckRunner, logger: Logger) {
        self.configuration = configuration
        self.data = data
        self.store = store
        self.runner = runner
        self.logger = logger
        queue = configuration.concurrentChecks > 0
            ? JobQueue(store: store, runner: runner, workers: configuration.concurrentChecks, pollInterval: configuration.jobPollInterval,
                       logger: logger)
            : nil
    }

    /// The Hummingbird application: the API, the web page, and the job queue and retention as its services.
    public func makeApplication() -> some ApplicationProtocol {
        let router = Router(context: ServerContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        let service = CheckService(store: store, data: data, runner: runner, queue: queue, configuration: configuration)
        APIRoutes.add(to: router, service: service)
        WebRoutes(service: service, limiter: SignInLimiter(limit: configuration.signInAttempts, window: configuration.signInWindow),
                  configuration: configuration).add(to: router)
        var services = [store.retention(days: configuration.archiveRetentionDays, interval: configuration.retentionSweepInterval, logger: logger)]
        if let queue { services.insert(queue, at: 0) }
        return Application(router: router,
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: "auditready"),
                           services: services, logger: logger)
    }

    /// Serves until SIGINT or SIGTERM.
    public func run() async throws {
        try await makeApplication().runService()
    }
}

extension AuditService where Store == SQLiteServerStore {
    /// Opens (creating when needed) the data folder and its database; throws
    /// `ServerSetupError` saying what to change when it cannot.
    public init(configuration: ServerConfiguration, runner: any CheckRunner, logger: Logger) throws {
        let data = try DataDirectory(configuration.dataDirectory)
        let store = try SQLiteServerStore(data: data, bcryptCost: configuration.bcryptCost, sessionLifetime: configuration.sessionLifetime)
        self.init(configuration: configuration, data: data, store: store, runner: runner, logger: logger)
    }

    /// The SQLite database in the data folder.
    public var database: ServerDatabase { store.database }

    /// The service that deletes archives `configuration.archiveRetentionDays` after their check.
    public var retention: ArchiveRetention {
        store.archiveRetention(days: configuration.archiveRetentionDays, interval: configuration.retentionSweepInterval, logger: logger)
    }
}
