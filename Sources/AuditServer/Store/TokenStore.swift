import Foundation
import GRDB

/// API bearer tokens: created by `auditready token create`, stored only as their SHA-256.
public struct TokenStore: Sendable {
    let database: ServerDatabase

    public init(database: ServerDatabase) {
        self.database = database
    }

    /// A new token for `organisation` with `role` (creating the organisation if it is new); the
    /// token itself is returned once and never stored.
    public func create(organisation: String, role: Role) throws -> String {
        let name = try OrganisationName.validated(organisation)
        let token = "ar_" + RandomToken.hex(bytes: 32)
        try database.pool.write { db in
            try database.ensureOrganisation(name, in: db)
            try db.execute(sql: "INSERT INTO token (hash, organisation, role, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [RandomToken.digest(token), name, role.rawValue, Date().timeIntervalSince1970])
        }
        return token
    }

    /// The caller `token` identifies, or nil when it is unknown.
    public func caller(for token: String) throws -> Caller? {
        try database.pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT organisation, role FROM token WHERE hash = ?",
                                             arguments: [RandomToken.digest(token)]),
                  let role = Role(rawValue: row["role"]) else { return nil }
            return Caller(organisation: row["organisation"], role: role)
        }
    }
}

/// The rules an organisation's name follows.
enum OrganisationName {
    /// `name` trimmed; throws when it is empty or longer than 200 characters.
    static func validated(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 200 else {
            throw ServerSetupError("--org takes an organisation's name of 1 to 200 characters, not '\(name)'")
        }
        return trimmed
    }
}
