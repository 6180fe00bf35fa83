import Foundation
import GRDB

/// The server's SQLite database: organisations, API tokens, users, sessions, checks and batches.
///
/// Opened once per process; GRDB's pool serialises writes and runs reads side by side. The
/// schema is created and migrated on open, so a data folder made by an older build keeps working.
public final class ServerDatabase: Sendable {
    let pool: DatabasePool

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    public init(path: URL) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA foreign_keys = ON") }
        do {
            pool = try DatabasePool(path: path.path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw ServerSetupError("cannot open the server database \(path.path): \(error); is another program holding it, or is the folder read-only?")
        }
    }

    /// The schema, one migration per change; migrations already applied are skipped.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE organisation (
                    name TEXT PRIMARY KEY NOT NULL,
                    created_at REAL NOT NULL);
                CREATE TABLE token (
                    hash TEXT PRIMARY KEY NOT NULL,
                    organisation TEXT NOT NULL REFERENCES organisation(name),
                    role TEXT NOT NULL,
                    created_at REAL NOT NULL);
                CREATE TABLE user (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    organisation TEXT NOT NULL REFERENCES organisation(name),
                    role TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    created_at REAL NOT NULL);
                CREATE TABLE session (
                    hash TEXT PRIMARY KEY NOT NULL,
                    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
                    csrf TEXT NOT NULL,
                    expires_at REAL NOT NULL);
                CREATE TABLE "check" (
                    id TEXT PRIMARY KEY NOT NULL,
                    organisation TEXT NOT NULL REFERENCES organisation(name),
                    status TEXT NOT NULL,
                    file_name TEXT NOT NULL,
                    archive_path TEXT,
                    ruleset TEXT NOT NULL,
                    as_of TEXT NOT NULL,
                    region TEXT,
                    documents_done INTEGER NOT NULL DEFAULT 0,
                    current_document TEXT,
                    error TEXT,
                    summary TEXT,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    created_at REAL NOT NULL,
                    started_at REAL,
                    finished_at REAL);
                CREATE INDEX check_by_organisation ON "check"(organisation, created_at);
                CREATE INDEX check_by_status ON "check"(status, created_at);
                """)
        }
        migrator.registerMigration("v2 batches") { db in
            try db.execute(sql: """
                CREATE TABLE batch (
                    id TEXT PRIMARY KEY NOT NULL,
                    organisation TEXT NOT NULL REFERENCES organisation(name),
                    name TEXT NOT NULL,
                    created_at REAL NOT NULL);
                CREATE INDEX batch_by_organisation ON batch(organisation, created_at);
                ALTER TABLE "check" ADD COLUMN batch TEXT REFERENCES batch(id) ON DELETE SET NULL;
                CREATE INDEX check_by_batch ON "check"(batch);
                """)
        }
        return migrator
    }

    /// Creates the organisation `name` unless it exists.
    func ensureOrganisation(_ name: String, in db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO organisation (name, created_at) VALUES (?, ?)",
                       arguments: [name, Date().timeIntervalSince1970])
    }
}
