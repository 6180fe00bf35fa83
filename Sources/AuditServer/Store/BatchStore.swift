import Foundation
import GRDB

/// A batch: checks uploaded together (a season's supplier submissions), shown side by side.
public struct BatchRecord: Sendable, Hashable {
    public var id: String
    public var organisation: String
    public var name: String
    public var createdAt: Date
}

/// The batches table, every read scoped to one organisation.
public struct BatchStore: Sendable {
    let database: ServerDatabase

    public init(database: ServerDatabase) {
        self.database = database
    }

    /// A new, empty batch of `organisation`; returns its id (128 random bits).
    public func create(organisation: String, name: String) throws -> String {
        let id = RandomToken.hex(bytes: 16)
        try database.pool.write { db in
            try database.ensureOrganisation(organisation, in: db)
            try db.execute(sql: "INSERT INTO batch (id, organisation, name, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [id, organisation, name, Date().timeIntervalSince1970])
        }
        return id
    }

    /// The batch `id` if it is `organisation`'s; nil for any other.
    public func batch(_ id: String, organisation: String) throws -> BatchRecord? {
        try database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM batch WHERE id = ? AND organisation = ?", arguments: [id, organisation])
                .map(Self.record)
        }
    }

    /// The organisation's batches, newest first.
    public func list(organisation: String, limit: Int = 100) throws -> [BatchRecord] {
        try database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM batch WHERE organisation = ? ORDER BY created_at DESC, id LIMIT ?",
                             arguments: [organisation, limit]).map(Self.record)
        }
    }

    static func record(_ row: Row) -> BatchRecord {
        BatchRecord(id: row["id"], organisation: row["organisation"], name: row["name"],
                    createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }
}
