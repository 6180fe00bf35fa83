import Foundation
import GRDB

/// The checks table: every read and change is scoped to one organisation, except the job
/// queue's, which works for all of them.
public struct CheckStore: Sendable {
    let database: ServerDatabase

    public init(database: ServerDatabase) {
        self.database = database
    }

    /// What an upload asks for.
    public struct NewCheck: Sendable {
        public var organisation: String
        public var fileName: String
        public var archivePath: String
        public var ruleset: String
        public var asOf: String
        public var region: String?
        /// The batch it belongs to; the caller has made sure it is the organisation's.
        public var batch: String?

        public init(organisation: String, fileName: String, archivePath: String, ruleset: String, asOf: String, region: String?,
                    batch: String? = nil) {
            self.batch = batch
            self.organisation = organisation
            self.fileName = fileName
            self.archivePath = archivePath
            self.ruleset = ruleset
            self.asOf = asOf
            self.region = region
        }
    }

    /// Queues a check; returns its new id (128 random bits, so ids cannot be guessed).
    public func insert(_ check: NewCheck) throws -> String {
        let id = RandomToken.hex(bytes: 16)
        try database.pool.write { db in
            try database.ensureOrganisation(check.organisation, in: db)
            try db.execute(sql: """
                INSERT INTO "check" (id, organisation, status, file_name, archive_path, ruleset, as_of, region, batch, created_at)
                VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, check.organisation, check.fileName, check.archivePath, check.ruleset, check.asOf,
                                 check.region, check.batch, Date().timeIntervalSince1970])
        }
        return id
    }

    /// The check `id` if it belongs to `organisation`; nil for any other, so that a check of
    /// another organisation and a check that does not exist look the same.
    public func check(_ id: String, organisation: String) throws -> CheckRecord? {
        try database.pool.read { db in
            try Row.fetchOne(db, sql: #"SELECT * FROM "check" WHERE id = ? AND organisation = ?"#,
                             arguments: [id, organisation]).map(CheckRecord.init(row:))
        }
    }

    /// The organisation's checks, newest first.
    public func list(organisation: String, limit: Int = 500) throws -> [CheckRecord] {
        try database.pool.read { db in
            try Row.fetchAll(db, sql: #"SELECT * FROM "check" WHERE organisation = ? ORDER BY created_at DESC, id LIMIT ?"#,
                             arguments: [organisation, limit]).map(CheckRecord.init(row:))
        }
    }

    /// The checks of `organisation`'s batch `batch`, oldest first.
    public func checks(inBatch batch: String, organisation: String) throws -> [CheckRecord] {
        try database.pool.read { db in
            try Row.fetchAll(db, sql: #"SELECT * FROM "check" WHERE batch = ? AND organisation = ? ORDER BY created_at, id"#,
                             arguments: [batch, organisation]).map(CheckRecord.init(row:))
        }
    }

    /// Removes the check `id` of `organisation`; returns what was removed (its archive and
    /// reports are the caller's to delete), or nil when there was no such check.
    public func delete(_ id: String, organisation: String) throws -> CheckRecord? {
        try database.pool.write { db in
            guard let row = try Row.fetchOne(db, sql: #"SELECT * FROM "check" WHERE id = ? AND organisation = ?"#,
                                             arguments: [id, organisation]) else { return nil }
            try db.execute(sql: #"DELETE FROM "check" WHERE id = ?"#, arguments: [id])
            return CheckRecord(row: row)
        }
    }

    /// Forgets the archives of checks that finished before `cutoff`; returns their paths, for the
    /// caller to delete. Queued and running checks keep theirs.
    public func expireArchives(finishedBefore cutoff: Date) throws -> [String] {
        try database.pool.write { db in
            let paths = try String.fetchAll(db, sql: #"""
                SELECT archive_path FROM "check" WHERE archive_path IS NOT NULL AND status IN ('done', 'failed') AND finished_at < ?
                """#, arguments: [cutoff.timeIntervalSince1970])
            try db.execute(sql: #"""
                UPDATE "check" SET archive_path = NULL WHERE archive_path IS NOT NULL AND status IN ('done', 'failed') AND finished_at < ?
                """#, arguments: [cutoff.timeIntervalSince1970])
            return paths
        }
    }

    // MARK: The job queue's side

    /// Puts checks left running by a server that stopped back in the queue; returns how many.
    func requeueInterrupted() throws -> Int {
        try database.pool.write { db in
            try db.execute(sql: #"UPDATE "check" SET status = 'queued', current_document = NULL WHERE status = 'running'"#)
            return db.changesCount
        }
    }

    /// Puts the running check `id` back in the queue.
    func requeue(_ id: String) throws {
        try database.pool.write { db in
            try db.execute(sql: #"UPDATE "check" SET status = 'queued', current_document = NULL WHERE id = ? AND status = 'running'"#,
                           arguments: [id])
        }
    }

    /// Marks the oldest queued check running and returns it; nil when none waits. One write
    /// transaction reads and marks it, so two claimers never get the same check.
    public func claimNext() throws -> CheckRecord? {
        try database.pool.write { db in
            guard let row = try Row.fetchOne(db, sql: #"SELECT * FROM "check" WHERE status = 'queued' ORDER BY created_at, id LIMIT 1"#)
            else { return nil }
            let id: String = row["id"]
            try db.execute(sql: #"""
                UPDATE "check" SET status = 'running', attempts = attempts + 1, started_at = ?, documents_done = 0,
                    current_document = NULL WHERE id = ?
                """#, arguments: [Date().timeIntervalSince1970, id])
            return try Row.fetchOne(db, sql: #"SELECT * FROM "check" WHERE id = ?"#, arguments: [id]).map(CheckRecord.init(row:))
        }
    }

    /// Records how far the running check `id` has come.
    func recordProgress(_ id: String, documentsDone: Int, current: String) throws {
        try database.pool.write { db in
            try db.execute(sql: #"UPDATE "check" SET documents_done = ?, current_document = ? WHERE id = ? AND status = 'running'"#,
                           arguments: [documentsDone, current, id])
        }
    }

    /// Marks the running check `id` done with `summary`; false when it is no longer running
    /// (deleted meanwhile), so its reports should be thrown away.
    func finish(_ id: String, summary: CheckSummary, documentsDone: Int) throws -> Bool {
        let json = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        return try database.pool.write { db in
            try db.execute(sql: #"""
                UPDATE "check" SET status = 'done', summary = ?, documents_done = ?, current_document = NULL, finished_at = ?
                WHERE id = ? AND status = 'running'
                """#, arguments: [json, documentsDone, Date().timeIntervalSince1970, id])
            return db.changesCount == 1
        }
    }

    /// Marks the running check `id` failed with a message a person can act on.
    func fail(_ id: String, error: String) throws {
        try database.pool.write { db in
            try db.execute(sql: #"""
                UPDATE "check" SET status = 'failed', error = ?, current_document = NULL, finished_at = ?
                WHERE id = ? AND status = 'running'
                """#, arguments: [error, Date().timeIntervalSince1970, id])
        }
    }
}
