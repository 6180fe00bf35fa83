import Hummingbird

/// Finds the signed-in session from its cookie and puts its caller in the context; routes decide
/// what a request without one gets.
struct WebSessionMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let store: any ServerStore
    /// The session cookie's name.
    static let cookie = "ar_session"

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        var context = context
        if let id = request.cookies[Self.cookie]?.value, !id.isEmpty, let session = try await store.session(id) {
            context.caller = session.caller
            context.session = WebSession(id: id, csrf: session.csrf)
        }
        return try await next(request, context)
    }
}
