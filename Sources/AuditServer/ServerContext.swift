import Hummingbird
import NIOCore

/// The per-request context: who is asking, once a middleware has found out, and from where.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, for rate limits; nil when unknown (in-process tests).
    public let clientAddress: String?
    /// The caller a bearer token or a session identified.
    public var caller: Caller?
    /// The signed-in browser session, on web routes.
    public var session: WebSession?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress
        caller = nil
        session = nil
    }

    /// The caller, or 401 when no middleware identified one.
    func requireCaller() throws -> Caller {
        guard let caller else { throw HTTPError(.unauthorized, message: "sign in, or send an API token as 'Authorization: Bearer …'") }
        return caller
    }
}

/// A signed-in browser session: its cookie value and the CSRF token its forms carry.
public struct WebSession: Sendable {
    public var id: String
    public var csrf: String
}
