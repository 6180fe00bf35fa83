import AuditCore
import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle

/// The store of many machines: everything in PostgreSQL, the uploaded archives as large objects
/// and the reports as rows, so a worker on any machine needs only the database's address.
///
/// Open one with `withStore`, which runs its connection pool for as long as the body runs. Its
/// job queue is shared: workers claim checks with `SELECT … FOR UPDATE SKIP LOCKED`, heartbeat
/// while they run them, and a check whose worker stopped heartbeating for longer than the lease
/// is claimed again (see docs/serve.md).
public struct PostgresServerStore: ServerStore {
    let client: PostgresClient
    public let configuration: PostgresConfiguration
    /// The local folder where claimed checks' archives and reports are written while they run.
    public let workFolder: URL
    /// The bcrypt cost new passwords are hashed with.
    let bcryptCost: UInt8
    /// How long a browser session lasts, in seconds.
    let sessionLifetime: TimeInterval
    let logger: Logger

    /// Connects to the database `configuration.url` names, brings its tables up to date, and runs
    /// `body` with the store; closes the connections when `body` returns. Throws
    /// `ServerSetupError` saying what to change when the database cannot be used.
    public static func withStore<Value: Sendable>(
        _ configuration: PostgresConfiguration, workFolder: URL = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-work"),
        bcryptCost: UInt8 = 12, sessionLifetime: TimeInterval = 12 * 3600, logger: Logger,
        _ body: @Sendable (PostgresServerStore) async throws -> Value
    ) async throws -> Value {
        try await probe(configuration, logger: logger)
        let client = PostgresClient(configuration: try configuration.clientConfiguration(), backgroundLogger: logger)
        let store = PostgresServerStore(client: client, configuration: configuration, workFolder: workFolder, bcryptCost: bcryptCost,
                                        sessionLifetime: sessionLifetime, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            // The pool serves only once `run()` has begun; asking earlier works but logs a warning.
            let (started, starting) = AsyncStream<Void>.makeStream()
            group.addTask {
                starting.finish()
                await client.run()
            }
            defer { group.cancelAll() }
            for await _ in started {}
            try await store.migrate()
            return try await body(store)
        }
    }

    /// Connects once, so that a wrong address, user, password or database is said at once
    /// instead of retried; waits at most `connectTimeout`.
    static func probe(_ configuration: PostgresConfiguration, logger: Logger) async throws {
        let connection = try configuration.connectionConfiguration()
        let (url, timeout) = (configuration.redactedURL, configuration.connectTimeout)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    try await PostgresConnection.connect(configuration: connection, id: 0, logger: logger).close()
                } catch {
                    throw ServerSetupError("cannot connect to PostgreSQL at \(url): \(Self.reason(error)); check the address, the user, the password and the database")
                }
                return true
            }
            group.addTask {
                try await Task.sleep(for: .milliseconds(Int(timeout * 1000)))
                return false
            }
            defer { group.cancelAll() }
            guard try await group.next() == true else {
                throw ServerSetupError("PostgreSQL at \(url) did not answer within \(Int(timeout)) s; check that it runs and accepts connections from this machine")
            }
        }
    }

    /// What PostgreSQL or the network said, without the query's data.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return String(describing: underlying) }
            return String(describing: error.code)
        }
        return String(describing: error)
    }

    /// Creates or updates the tables, or says why it cannot.
    func migrate() async throws {
        do {
            try await PostgresSchema.migrate(client, logger: logger)
        } catch {
            throw ServerSetupError("cannot create the tables in the PostgreSQL database \(configuration.redactedURL): \(Self.reason(error)); the user needs the right to create tables there")
        }
    }

    /// The rows `query` returns.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await client.query(query, logger: logger).collect()
    }

    /// Creates the organisation `name` unless it exists.
    static func ensureOrganisation(_ name: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO organisation (name, created_at) VALUES (\(name), \(Date().timeIntervalSince1970)) ON CONFLICT (name) DO NOTHING
            """, logger: logger)
    }

    // MARK: Accounts

    public func createToken(organisation: String, role: Role) async throws -> String {
        let name = try OrganisationName.validated(organisation)
        let token = "ar_" + RandomToken.hex(bytes: 32)
        let hash = RandomToken.digest(token)
        try await client.withTransaction(logger: logger) { connection in
            try await Self.ensureOrganisation(name, on: connection, logger: logger)
            try await connection.query("""
                INSERT INTO token (hash, organisation, role, created_at) VALUES (\(hash), \(name), \(role.rawValue), \(Date().timeIntervalSince1970))
                """, logger: logger)
        }
        return token
    }

    public func caller(forToken token: String) async throws -> Caller? {
        guard let row = try await rows("SELECT organisation, role FROM token WHERE hash = \(RandomToken.digest(token))").first else { return nil }
        let (organisation, role) = try row.decode((String, String).self)
        return Role(rawValue: role).map { Caller(organisation: organisation, role: $0) }
    }

    public func createUser(email: String, organisation: String, role: Role, password: String) async throws {
        let user = try UserStore.newUser(email: email, organisation: organisation, password: password, cost: bcryptCost)
        try await client.withTransaction(logger: logger) { connection in
            try await Self.ensureOrganisation(user.organisation, on: connection, logger: logger)
            try await connection.query("""
                INSERT INTO app_user (email, organisation, role, password_hash, created_at)
                VALUES (\(user.email), \(user.organisation), \(role.rawValue), \(user.passwordHash), \(Date().timeIntervalSince1970))
                ON CONFLICT (lower(email)) DO UPDATE SET organisation = excluded.organisation, role = excluded.role,
                    password_hash = excluded.password_hash
                """, logger: logger)
        }
    }

    public func verifyUser(email: String, password: String) async throws -> (userId: Int64, caller: Caller)? {
        let address = email.trimmingCharacters(in: .whitespacesAndNewlines)
        let row = try await rows("SELECT id, organisation, role, password_hash FROM app_user WHERE lower(email) = lower(\(address))").first
        let stored = try row.map { row in
            let (id, organisation, role, hash) = try row.decode((Int64, String, String, String).self)
            return (id: id, organisation: organisation, role: role, passwordHash: hash)
        }
        return UserStore.verified(password: password, email: email, stored: stored)
    }

    public func createSession(userId: Int64) async throws -> String {
        let id = RandomToken.hex(bytes: 32)
        let now = Date().timeIntervalSince1970
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("DELETE FROM session WHERE expires_at < \(now)", logger: logger)
            try await connection.query("""
                INSERT INTO session (hash, user_id, csrf, expires_at)
                VALUES (\(RandomToken.digest(id)), \(userId), \(RandomToken.hex(bytes: 32)), \(now + sessionLifetime))
                """, logger: logger)
        }
        return id
    }

    public func session(_ id: String) async throws -> SessionStore.Session? {
        guard let row = try await rows("""
            SELECT session.csrf, app_user.email, app_user.organisation, app_user.role FROM session
            JOIN app_user ON app_user.id = session.user_id
            WHERE session.hash = \(RandomToken.digest(id)) AND session.expires_at >= \(Date().timeIntervalSince1970)
            """).first else { return nil }
        let (csrf, email, organisation, role) = try row.decode((String, String, String, String).self)
        return Role(rawValue: role).map { SessionStore.Session(caller: Caller(organisation: organisation, role: $0, email: email), csrf: csrf) }
    }

    public func deleteSession(_ id: String) async throws {
        try await client.query("DELETE FROM session WHERE hash = \(RandomToken.digest(id))", logger: logger)
    }

    // MARK: Batches

    public func createBatch(organisation: String, name: String) async throws -> String {
        let id = RandomToken.hex(bytes: 16)
        try await client.withTransaction(logger: logger) { connection in
            try await Self.ensureOrganisation(organisation, on: connection, logger: logger)
            try await connection.query("""
                INSERT INTO batch (id, organisation, name, created_at) VALUES (\(id), \(organisation), \(name), \(Date().timeIntervalSince1970))
                """, logger: logger)
        }
        return id
    }

    public func batch(_ id: String, organisation: String) async throws -> BatchRecord? {
        try await rows("SELECT id, organisation, name, created_at FROM batch WHERE id = \(id) AND organisation = \(organisation)")
            .first.map(Self.batch)
    }

    public func batches(organisation: String) async throws -> [BatchRecord] {
        try await rows("""
            SELECT id, organisation, name, created_at FROM batch WHERE organisation = \(organisation) ORDER BY created_at DESC, id LIMIT 100
            """).map(Self.batch)
    }

    static func batch(_ row: PostgresRow) throws -> BatchRecord {
        let (id, organisation, name, created) = try row.decode((String, String, String, Double).self)
        return BatchRecord(id: id, organisation: organisation, name: name, createdAt: Date(timeIntervalSince1970: created))
    }

    // MARK: Checks

    public func insertCheck(_ check: CheckStore.NewCheck) async throws -> String {
        let id = RandomToken.hex(bytes: 16)
        let archive = URL(fileURLWithPath: check.archivePath)
        try await client.withTransaction(logger: logger) { connection in
            try await Self.ensureOrganisation(check.organisation, on: connection, logger: logger)
            let oid = try await LargeObject.importFile(archive, on: connection, logger: logger)
            try await connection.query("""
                INSERT INTO "check" (id, organisation, status, file_name, archive, ruleset, as_of, region, batch, created_at)
                VALUES (\(id), \(check.organisation), 'queued', \(check.fileName), \(oid)::bigint::oid, \(check.ruleset), \(check.asOf),
                        \(check.region), \(check.batch), \(Date().timeIntervalSince1970))
                """, logger: logger)
        }
        try? FileManager.default.removeItem(at: archive)
        return id
    }

    public func check(_ id: String, organisation: String) async throws -> CheckRecord? {
        try await rows(#"SELECT \#(unescaped: CheckRecord.postgresColumns) FROM "check" WHERE id = \#(id) AND organisation = \#(organisation)"#)
            .first.map(CheckRecord.init(postgres:))
    }

    public func checks(organisation: String) async throws -> [CheckRecord] {
        try await rows(#"""
            SELECT \#(unescaped: CheckRecord.postgresColumns) FROM "check" WHERE organisation = \#(organisation)
            ORDER BY created_at DESC, id LIMIT 500
            """#).map(CheckRecord.init(postgres:))
    }

    public func checks(inBatch batch: String, organisation: String) async throws -> [CheckRecord] {
        try await rows(#"""
            SELECT \#(unescaped: CheckRecord.postgresColumns) FROM "check" WHERE batch = \#(batch) AND organisation = \#(organisation)
            ORDER BY created_at, id
            """#).map(CheckRecord.init(postgres:))
    }

    public func deleteCheck(_ id: String, organisation: String) async throws -> Bool {
        try await client.withTransaction(logger: logger) { connection in
            let removed = try await connection.query(#"""
                DELETE FROM "check" WHERE id = \#(id) AND organisation = \#(organisation) RETURNING archive::bigint
                """#, logger: logger).collect()
            guard let row = removed.first else { return false }
            if let oid = try row.decode(Int64?.self) {
                try await LargeObject.unlink(oid, on: connection, logger: logger)
            }
            return true
        }
    }

    public func report(_ id: String, file: ReportFile, language: ReportLanguage) async throws -> Data? {
        try await rows("SELECT body FROM report WHERE check_id = \(id) AND file = \(file.fileName(in: language))").first
            .map { try $0.decode(Data.self) }
    }

    /// Deletes the archives of checks that finished before `cutoff`; returns how many. Queued and
    /// running checks keep theirs.
    func expireArchives(finishedBefore cutoff: Date) async throws -> Int {
        try await client.withTransaction(logger: logger) { connection in
            let expired = try await connection.query(#"""
                SELECT id, archive::bigint FROM "check"
                WHERE archive IS NOT NULL AND status IN ('done', 'failed') AND finished_at < \#(cutoff.timeIntervalSince1970)
                FOR UPDATE
                """#, logger: logger).collect()
            for row in expired {
                let (id, oid) = try row.decode((String, Int64).self)
                try await LargeObject.unlink(oid, on: connection, logger: logger)
                try await connection.query(#"UPDATE "check" SET archive = NULL WHERE id = \#(id)"#, logger: logger)
            }
            return expired.count
        }
    }

    public func retention(days: Int, interval: TimeInterval, logger: Logger) -> any Service {
        PostgresArchiveRetention(store: self, days: days, interval: interval, logger: logger)
    }
}
