import Foundation
import Hummingbird
import Logging

/// The web service behind `auditready serve`: the API, the web page and the job queue, over
/// one data folder.
public struct AuditServer: Sendable {
    public let configuration: ServerConfiguration
    public let data: DataDirectory
    public let database: ServerDatabase
    public let queue: JobQueue
    let runner: any CheckRunner
    let logger: Logger

    /// Opens (creating when needed) the data folder and its database; throws
    /// `ServerSetupError` saying what to change when it cannot.
    public init(configuration: ServerConfiguration, runner: any CheckRunner, logger: Logger) throws {
        self.configuration = configuration
        self.runner = runner
        self.logger = logger
        data = try DataDirectory(configuration.dataDirectory)
        database = try ServerDatabase(path: data.database)
        queue = JobQueue(checks: CheckStore(database: database), runner: runner, data: data,
                         workers: configuration.concurrentChecks, pollInterval: configuration.jobPollInterval, logger: logger)
    }

    /// The Hummingbird application: the API, the web page, and the job queue as its service.
    public func makeApplication() -> some ApplicationProtocol {
        let router = Router(context: ServerContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        let service = CheckService(checks: CheckStore(database: database), batches: BatchStore(database: database), data: data, runner: runner, queue: queue,
                                   configuration: configuration)
        APIRoutes.add(to: router, service: service, tokens: TokenStore(database: database))
        WebRoutes(service: service, users: UserStore(database: database, cost: configuration.bcryptCost),
                  sessions: SessionStore(database: database, lifetime: configuration.sessionLifetime),
                  limiter: SignInLimiter(limit: configuration.signInAttempts, window: configuration.signInWindow),
                  configuration: configuration).add(to: router)
        return Application(router: router,
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: "auditready"),
                           services: [queue, retention], logger: logger)
    }

    /// The service that deletes archives `configuration.archiveRetentionDays` after their check.
    public var retention: ArchiveRetention {
        ArchiveRetention(checks: CheckStore(database: database), days: configuration.archiveRetentionDays,
                         interval: configuration.retentionSweepInterval, logger: logger)
    }

    /// Serves until SIGINT or SIGTERM.
    public func run() async throws {
        try await makeApplication().runService()
    }
}
