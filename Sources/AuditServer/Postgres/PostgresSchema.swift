import Logging
import PostgresNIO

/// The PostgreSQL store's tables, created and migrated when a process opens the store.
///
/// The same tables as the SQLite store's, except that a check holds its archive as a large object
/// (`archive`, an oid), its reports are rows of `report`, and `heartbeat_at` says when its worker
/// last said it was alive. Times are seconds since 1970, as in the SQLite store.
enum PostgresSchema {
    /// One list of statements per version; a database at version N runs the lists after N.
    static let migrations: [[PostgresQuery]] = [
        [
            "CREATE TABLE organisation (name text PRIMARY KEY, created_at double precision NOT NULL)",
            """
            CREATE TABLE token (hash text PRIMARY KEY, organisation text NOT NULL REFERENCES organisation(name),
                role text NOT NULL, created_at double precision NOT NULL)
            """,
            """
            CREATE TABLE app_user (id bigserial PRIMARY KEY, email text NOT NULL, organisation text NOT NULL REFERENCES organisation(name),
                role text NOT NULL, password_hash text NOT NULL, created_at double precision NOT NULL)
            """,
            "CREATE UNIQUE INDEX app_user_by_email ON app_user (lower(email))",
            """
            CREATE TABLE session (hash text PRIMARY KEY, user_id bigint NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
                csrf text NOT NULL, expires_at double precision NOT NULL)
            """,
            """
            CREATE TABLE batch (id text PRIMARY KEY, organisation text NOT NULL REFERENCES organisation(name),
                name text NOT NULL, created_at double precision NOT NULL)
            """,
            "CREATE INDEX batch_by_organisation ON batch (organisation, created_at)",
            """
            CREATE TABLE "check" (
                id text PRIMARY KEY,
                organisation text NOT NULL REFERENCES organisation(name),
                status text NOT NULL,
                file_name text NOT NULL,
                archive oid,
                ruleset text NOT NULL,
                as_of text NOT NULL,
                region text,
                documents_done integer NOT NULL DEFAULT 0,
                current_document text,
                error text,
                summary text,
                attempts integer NOT NULL DEFAULT 0,
                heartbeat_at double precision,
                batch text REFERENCES batch(id) ON DELETE SET NULL,
                created_at double precision NOT NULL,
                started_at double precision,
                finished_at double precision)
            """,
            #"CREATE INDEX check_by_organisation ON "check" (organisation, created_at)"#,
            #"CREATE INDEX check_by_status ON "check" (status, created_at)"#,
            #"CREATE INDEX check_by_batch ON "check" (batch)"#,
            """
            CREATE TABLE report (check_id text NOT NULL REFERENCES "check"(id) ON DELETE CASCADE, file text NOT NULL,
                body bytea NOT NULL, PRIMARY KEY (check_id, file))
            """,
        ],
    ]

    /// A number no other program's advisory lock is likely to use: processes starting together
    /// migrate one after the other.
    static let migrationLock: Int64 = 0x4155_4449_5452_4459

    /// Brings the database's tables up to date, in one transaction.
    static func migrate(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger)
            try await connection.query("CREATE TABLE IF NOT EXISTS auditready_schema (version integer NOT NULL)", logger: logger)
            var version = 0
            for try await value in try await connection.query("SELECT version FROM auditready_schema", logger: logger).decode(Int.self) {
                version = value
            }
            guard version < migrations.count else { return }
            for statement in migrations.dropFirst(version).joined() {
                try await connection.query(statement, logger: logger)
            }
            try await connection.query("DELETE FROM auditready_schema", logger: logger)
            try await connection.query("INSERT INTO auditready_schema (version) VALUES (\(migrations.count))", logger: logger)
        }
    }
}
