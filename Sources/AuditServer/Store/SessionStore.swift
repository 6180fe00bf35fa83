import Foundation
import GRDB

/// Browser sessions: a random id in an HttpOnly cookie (stored as its SHA-256) and the CSRF token
/// every form and upload of that session must carry.
public struct SessionStore: Sendable {
    let database: ServerDatabase
    /// How long a session lasts, in seconds.
    let lifetime: TimeInterval

    /// A signed-in session as a request sees it.
    public struct Session: Sendable {
        public var caller: Caller
        public var csrf: String
    }

    /// Starts a session for `userId`; returns the cookie's value.
    func create(userId: Int64) throws -> String {
        let id = RandomToken.hex(bytes: 32)
        let now = Date().timeIntervalSince1970
        try database.pool.write { db in
            try db.execute(sql: "DELETE FROM session WHERE expires_at < ?", arguments: [now])
            try db.execute(sql: "INSERT INTO session (hash, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [RandomToken.digest(id), userId, RandomToken.hex(bytes: 32), now + lifetime])
        }
        return id
    }

    /// The live session the cookie value `id` names, or nil.
    func session(_ id: String) throws -> Session? {
        try database.pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT session.csrf, user.email, user.organisation, user.role FROM session
                JOIN user ON user.id = session.user_id WHERE session.hash = ? AND session.expires_at >= ?
                """, arguments: [RandomToken.digest(id), Date().timeIntervalSince1970]),
                  let role = Role(rawValue: row["role"]) else { return nil }
            return Session(caller: Caller(organisation: row["organisation"], role: role, email: row["email"]), csrf: row["csrf"])
        }
    }

    /// Ends the session the cookie value `id` names.
    func delete(_ id: String) throws {
        _ = try database.pool.write { db in
            try db.execute(sql: "DELETE FROM session WHERE hash = ?", arguments: [RandomToken.digest(id)])
        }
    }
}
