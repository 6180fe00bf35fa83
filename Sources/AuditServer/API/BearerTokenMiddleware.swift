import Hummingbird

/// Identifies API callers by `Authorization: Bearer <token>`; answers 401 without a valid one.
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let store: any ServerStore

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw Self.unauthorized("send an API token as 'Authorization: Bearer …'; `auditready token create --data DIR --org NAME` makes one")
        }
        let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        guard let caller = try await store.caller(forToken: token) else {
            throw Self.unauthorized("the API token is not known to this server; make a new one with `auditready token create`")
        }
        var context = context
        context.caller = caller
        return try await next(request, context)
    }

    static func unauthorized(_ message: String) -> HTTPError {
        HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"auditready\""], message: message)
    }
}
