import HTTPTypes
import Hummingbird

/// Finds the signed-in session from its cookie and puts its caller in the context; routes decide
/// what a request without one gets.
struct WebSessionMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let sessions: SessionStore
    /// The session cookie's name.
    static let cookie = "ar_session"

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        var context = context
        if let id = request.cookies[Self.cookie]?.value, !id.isEmpty, let session = try sessions.session(id) {
            context.caller = session.caller
            context.session = WebSession(id: id, csrf: session.csrf)
        }
        return try await next(request, context)
    }
}

/// CSRF protection: every state-changing request of a session carries the session's token, in a
/// form field `csrf` or an `X-CSRF-Token` header.
enum CSRF {
    static let header = HTTPField.Name("X-CSRF-Token")!

    /// Throws 403 unless `given` is the session's token.
    static func verify(_ given: String?, session: WebSession) throws {
        guard let given, RandomToken.constantTimeEqual(given, session.csrf) else {
            throw HTTPError(.forbidden, message: "the form is stale or came from another site; reload the page and try again")
        }
    }
}
