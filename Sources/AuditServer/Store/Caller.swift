/// What a member of an organisation may do.
public enum Role: String, Sendable, CaseIterable, Codable {
    /// Uploads, reads, downloads and deletes the organisation's checks.
    case member
    /// Reads and downloads the organisation's checks; cannot upload or delete.
    case reviewer

    /// Whether this role may upload archives and delete checks.
    var mayChange: Bool { self == .member }
}

/// Who is asking: the organisation whose checks they see, and their role in it.
public struct Caller: Sendable, Hashable {
    public var organisation: String
    public var role: Role
    /// The signed-in user's e-mail address; nil for an API token.
    public var email: String?

    public init(organisation: String, role: Role, email: String? = nil) {
        self.organisation = organisation
        self.role = role
        self.email = email
    }
}
