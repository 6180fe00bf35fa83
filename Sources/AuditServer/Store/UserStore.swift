import Foundation
import GRDB
import HummingbirdBcrypt

/// People who sign in to the web page: an e-mail address, an organisation, a role, and a bcrypt
/// hash of their password.
public struct UserStore: Sendable {
    let database: ServerDatabase
    /// The bcrypt cost new passwords are hashed with.
    let cost: UInt8

    public init(database: ServerDatabase, cost: UInt8 = 12) {
        self.database = database
        self.cost = cost
    }

    /// The shortest password accepted.
    public static let minimumPasswordLength = 10

    /// Adds a user, or replaces the password and organisation of the one with this e-mail address.
    public func create(email: String, organisation: String, role: Role, password: String) throws {
        let user = try Self.newUser(email: email, organisation: organisation, password: password, cost: cost)
        try database.pool.write { db in
            try database.ensureOrganisation(user.organisation, in: db)
            try db.execute(sql: """
                INSERT INTO user (email, organisation, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(email) DO UPDATE SET organisation = excluded.organisation, role = excluded.role,
                    password_hash = excluded.password_hash
                """, arguments: [user.email, user.organisation, role.rawValue, user.passwordHash, Date().timeIntervalSince1970])
        }
    }

    /// The checked e-mail address and organisation of a new user, and the bcrypt hash of their
    /// password; throws `ServerSetupError` saying what to change.
    static func newUser(email: String, organisation: String, password: String, cost: UInt8) throws
        -> (email: String, organisation: String, passwordHash: String) {
        let address = email.trimmingCharacters(in: .whitespacesAndNewlines)
        guard address.contains("@"), address.count <= 320 else {
            throw ServerSetupError("--email takes an e-mail address, not '\(email)'")
        }
        guard password.count >= Self.minimumPasswordLength else {
            throw ServerSetupError("the password must have at least \(Self.minimumPasswordLength) characters")
        }
        return (address, try OrganisationName.validated(organisation), Bcrypt.hash(password, cost: cost))
    }

    /// The user id and caller for `email` when `password` is theirs; nil otherwise.
    ///
    /// An unknown address costs as much time as a wrong password, so timing does not tell which
    /// addresses have accounts.
    public func verify(email: String, password: String) throws -> (userId: Int64, caller: Caller)? {
        let row = try database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, organisation, role, password_hash FROM user WHERE email = ?",
                             arguments: [email.trimmingCharacters(in: .whitespacesAndNewlines)])
        }
        return Self.verified(password: password, email: email,
                             stored: row.map { (id: $0["id"], organisation: $0["organisation"], role: $0["role"], passwordHash: $0["password_hash"]) })
    }

    /// The user id and caller when `password` matches the `stored` account of `email`; nil
    /// otherwise. An unknown address (`stored` nil) costs as much time as a wrong password.
    static func verified(password: String, email: String,
                         stored: (id: Int64, organisation: String, role: String, passwordHash: String)?) -> (userId: Int64, caller: Caller)? {
        guard let stored else {
            _ = Bcrypt.verify(password, hash: Self.decoyHash)
            return nil
        }
        guard Bcrypt.verify(password, hash: stored.passwordHash), let role = Role(rawValue: stored.role) else { return nil }
        return (stored.id, Caller(organisation: stored.organisation, role: role, email: email))
    }

    /// A hash of no one's password, checked against when the address is unknown.
    private static let decoyHash = Bcrypt.hash(RandomToken.hex(bytes: 16), cost: 12)
}
