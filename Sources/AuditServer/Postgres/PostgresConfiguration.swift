import Foundation
import PostgresNIO

/// Where the PostgreSQL store is and how its job queue hands checks between machines.
///
/// Only `url` must be chosen; the lease suits checks of a few minutes on a local network.
public struct PostgresConfiguration: Sendable {
    /// The database: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or
    /// `postgres://USER@/DATABASE?host=/run/postgresql` for the Unix socket in that folder. Without
    /// a password in it, the `PGPASSWORD` environment variable's is used, as `psql` does.
    public var url: String
    /// Seconds a running check may go without a heartbeat before another worker takes it over
    /// and starts it again (default 60).
    public var lease: TimeInterval = 60
    /// Seconds between a running check's heartbeats: a sixth of the lease, so a worker misses
    /// several before it loses a check.
    public var heartbeatInterval: TimeInterval { lease / 6 }
    /// Connections one process opens to PostgreSQL at most.
    public var connections = 8
    /// Seconds to wait for PostgreSQL to answer at start before giving up with a message.
    public var connectTimeout: TimeInterval = 15

    /// A configuration for the database at `url`, taking every other default.
    public init(url: String) {
        self.url = url
    }

    /// `url` without its password, for messages and logs.
    public var redactedURL: String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }

    /// Where `url` says the database is and who connects to it.
    struct Endpoint {
        var user: String
        var password: String?
        var database: String?
        /// The Unix socket's path, or nil for TCP to `host`.
        var socketPath: String?
        var host: String
        var port: Int
    }

    /// The endpoint `url` describes; throws `ServerSetupError` saying what is wrong with it.
    func endpoint() throws -> Endpoint {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw ServerSetupError("--database takes a URL such as postgres://auditready@db.example/auditready, not '\(redactedURL)'")
        }
        guard let user = components.user, !user.isEmpty else {
            throw ServerSetupError("--database names no user: write postgres://USER@HOST/DATABASE")
        }
        let database = String(components.path.drop { $0 == "/" })
        let query = components.queryItems ?? []
        if let mode = query.first(where: { $0.name == "sslmode" })?.value, mode != "disable" {
            throw ServerSetupError("--database: sslmode=\(mode) is not supported; connect over a trusted network or a Unix socket with sslmode=disable")
        }
        let port = components.port ?? 5432
        let password = components.password ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
        var endpoint = Endpoint(user: user, password: password, database: database.isEmpty ? nil : database,
                                socketPath: nil, host: components.host ?? "", port: port)
        if let socketFolder = query.first(where: { $0.name == "host" })?.value, socketFolder.hasPrefix("/") {
            endpoint.socketPath = "\(socketFolder)/.s.PGSQL.\(port)"
        } else if endpoint.host.isEmpty {
            throw ServerSetupError("--database names no host: write postgres://USER@HOST/DATABASE, or ?host=/socket/folder for a Unix socket")
        }
        return endpoint
    }

    /// The connection pool's configuration.
    func clientConfiguration() throws -> PostgresClient.Configuration {
        let endpoint = try endpoint()
        var configuration: PostgresClient.Configuration
        if let socketPath = endpoint.socketPath {
            configuration = .init(unixSocketPath: socketPath, username: endpoint.user, password: endpoint.password, database: endpoint.database)
        } else {
            configuration = .init(host: endpoint.host, port: endpoint.port, username: endpoint.user, password: endpoint.password,
                                  database: endpoint.database, tls: .disable)
        }
        configuration.options.maximumConnections = max(1, connections)
        return configuration
    }

    /// One connection's configuration, for trying the database once before the pool starts
    /// (the pool retries quietly; one attempt says what is wrong).
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let endpoint = try endpoint()
        if let socketPath = endpoint.socketPath {
            return .init(unixSocketPath: socketPath, username: endpoint.user, password: endpoint.password, database: endpoint.database)
        }
        return .init(host: endpoint.host, port: endpoint.port, username: endpoint.user, password: endpoint.password,
                     database: endpoint.database, tls: .disable)
    }
}
