import Foundation
import PostgresNIO

/// Where the PostgreSQL store is and how its job queue hands checks between machines.
///
/// Only `url` must be chosen; the lease suits checks of a few minutes on a local network.
public struct PostgresConfiguration: Sendable {
    /// The database: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or
    /// `postgres://USER@/DATABASE?host=/run/postgresql` for the Unix socket in that folder.
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

    /// The client configuration `url` describes; throws `ServerSetupError` saying what is wrong with it.
    func clientConfiguration() throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw ServerSetupError("--database takes a URL such as postgres://auditready@db.example/auditready, not '\(url)'")
        }
        guard let user = components.user, !user.isEmpty else {
            throw ServerSetupError("--database names no user: write postgres://USER@HOST/DATABASE")
        }
        let database = String(components.path.drop { $0 == "/" })
        let query = components.queryItems ?? []
        if let mode = query.first(where: { $0.name == "sslmode" })?.value, mode != "disable" {
            throw ServerSetupError("--database: sslmode=\(mode) is not supported; connect over a trusted network or a Unix socket with sslmode=disable")
        }
        var configuration: PostgresClient.Configuration
        if let socketFolder = query.first(where: { $0.name == "host" })?.value, socketFolder.hasPrefix("/") {
            let port = components.port ?? 5432
            configuration = .init(unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user, password: components.password,
                                  database: database.isEmpty ? nil : database)
        } else {
            guard let host = components.host, !host.isEmpty else {
                throw ServerSetupError("--database names no host: write postgres://USER@HOST/DATABASE, or ?host=/socket/folder for a Unix socket")
            }
            configuration = .init(host: host, port: components.port ?? 5432, username: user, password: components.password,
                                  database: database.isEmpty ? nil : database, tls: .disable)
        }
        configuration.options.maximumConnections = max(1, connections)
        return configuration
    }
}
