import Foundation
import HTTPTypes
import Hummingbird

/// The web page: sign-in, the upload form and list, a check's page with live progress, its
/// reports, and the language switch.
struct WebRoutes {
    let service: CheckService
    let limiter: SignInLimiter
    let configuration: ServerConfiguration

    /// The cookie the sign-in form's token is paired with (before there is a session).
    static let signInCookie = "ar_signin"

    /// Adds the page's routes to `router`.
    func add(to router: Router<ServerContext>) {
        router.get("static/app.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache"],
                     body: .init(byteBuffer: ByteBuffer(string: StaticAssets.script)))
        }
        router.get("static/app.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "no-cache"],
                     body: .init(byteBuffer: ByteBuffer(string: StaticAssets.styleSheet)))
        }
        // Browsers ask for an icon on every page (the HTML report's too, which links nothing):
        // there is none, and saying so without an error keeps their consoles clean.
        router.get("favicon.ico") { _, _ in
            Response(status: .noContent, headers: [.cacheControl: "max-age=86400"])
        }
        router.get("language/:code") { request, context in
            let language = Language(rawValue: try context.parameters.require("code")) ?? .en
            let back = request.uri.queryParameters["back"].map(String.init).flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") && !$0.contains("\\") ? $0 : nil }
            var response = HTML.redirect(to: back ?? request.headers[.referer].flatMap(Self.localPath) ?? "/")
            response.setCookie(Cookie(name: Language.cookie, value: language.rawValue, maxAge: 365 * 86400, path: "/", httpOnly: true, sameSite: .lax))
            return response
        }

        let pages = router.group().add(middleware: WebSessionMiddleware(store: service.store))
        pages.get("signin") { request, context in
            if context.session != nil { return HTML.redirect(to: "/") }
            return signInPage(request, message: nil, email: "", status: .ok)
        }
        pages.post("signin") { request, context in try await signIn(request, context: context) }
        pages.post("signout") { request, context in
            guard let session = context.session else { return HTML.redirect(to: "/signin") }
            let form = try await formFields(request)
            try CSRF.verify(form["csrf"], session: session)
            try await service.store.deleteSession(session.id)
            var response = HTML.redirect(to: "/signin")
            response.setCookie(Cookie(name: WebSessionMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
            return response
        }
        pages.get { request, context in
            guard let caller = context.caller, let session = context.session else { return HTML.redirect(to: "/signin") }
            let language = Language.of(request)
            let body = Pages.dashboard(language: language, caller: caller, checks: try await service.list(caller: caller),
                                       batches: try await service.store.batches(organisation: caller.organisation),
                                       defaultRuleset: configuration.defaultRuleset)
            return HTML.response(HTML.page(title: PageText.checksTitle(language), body: body, language: language,
                                           session: (caller, session.csrf)))
        }
        pages.post("checks") { request, context in
            guard let caller = context.caller, let session = context.session else {
                throw HTTPError(.unauthorized, message: PageText.sessionExpired(Language.of(request)))
            }
            try CSRF.verify(request.headers[CSRF.header], session: session)
            return try await JSONAnswer.response(service.upload(request, caller: caller), status: .created)
        }
        pages.get("checks/:id") { request, context in
            guard let caller = context.caller, let session = context.session else { return HTML.redirect(to: "/signin") }
            let language = Language.of(request)
            guard let check = try? await service.check(context.parameters.require("id"), caller: caller) else {
                return HTML.response(HTML.page(title: "404", body: Pages.notFound(language: language), language: language,
                                               session: (caller, session.csrf)), status: .notFound)
            }
            return HTML.response(HTML.page(title: check.fileName, body: Pages.check(check, language: language, caller: caller, csrf: session.csrf),
                                           language: language, session: (caller, session.csrf)))
        }
        pages.get("checks/:id/events") { _, context in
            guard let caller = context.caller else { throw HTTPError(.unauthorized) }
            let id = try context.parameters.require("id")
            _ = try await service.check(id, caller: caller)
            return ProgressEvents.response(for: id, organisation: caller.organisation, store: service.store)
        }
        pages.get("checks/:id/:file") { request, context in
            guard let caller = context.caller else { return HTML.redirect(to: "/signin") }
            let id = try context.parameters.require("id")
            guard let file = ReportFile(fileName: try context.parameters.require("file")) else { throw CheckService.notFound }
            return try await service.report(id, file: file, language: Language.of(request).report, caller: caller,
                                            download: request.uri.queryParameters["download"] != nil)
        }
        pages.post("batches") { request, context in
            guard let caller = context.caller, let session = context.session else {
                throw HTTPError(.unauthorized, message: PageText.sessionExpired(Language.of(request)))
            }
            try CSRF.verify(request.headers[CSRF.header], session: session)
            let name = "\(PageText.batchTitle(Language.of(request))) \(Pages.timestamp(Date()))"
            return try await JSONAnswer.response(["id": service.createBatch(name: name, caller: caller)], status: .created)
        }
        pages.get("batches/:id") { request, context in
            guard let caller = context.caller, let session = context.session else { return HTML.redirect(to: "/signin") }
            let language = Language.of(request)
            guard let matrix = try? await service.batch(context.parameters.require("id"), caller: caller) else {
                return HTML.response(HTML.page(title: "404", body: Pages.notFound(language: language), language: language,
                                               session: (caller, session.csrf)), status: .notFound)
            }
            return HTML.response(HTML.page(title: matrix.batch.name, body: Pages.batch(matrix, language: language),
                                           language: language, session: (caller, session.csrf)))
        }
        pages.get("batches/:id/batch.csv") { _, context in
            guard let caller = context.caller else { return HTML.redirect(to: "/signin") }
            return BatchCSV.response(try await service.batch(context.parameters.require("id"), caller: caller))
        }
        pages.post("checks/:id/delete") { request, context in
            guard let caller = context.caller, let session = context.session else { return HTML.redirect(to: "/signin") }
            let form = try await formFields(request)
            try CSRF.verify(form["csrf"], session: session)
            try await service.delete(context.parameters.require("id"), caller: caller)
            return HTML.redirect(to: "/")
        }
    }

    /// Checks the sign-in form: its token, the rate limit, then the password.
    func signIn(_ request: Request, context: ServerContext) async throws -> Response {
        let form = try await formFields(request)
        let language = Language.of(request)
        let email = form["email"] ?? ""
        guard let paired = request.cookies[Self.signInCookie]?.value, let given = form["csrf"],
              RandomToken.constantTimeEqual(paired, given) else {
            return signInPage(request, message: PageText.sessionExpired(language), email: email, status: .forbidden)
        }
        let keys = SignInLimiter.keys(email: email, client: context.clientAddress)
        if let wait = limiter.retryAfter(keys) {
            var response = signInPage(request, message: PageText.signInLimited(language), email: email, status: .tooManyRequests)
            response.headers[.retryAfter] = String(Int(wait.rounded(.up)))
            return response
        }
        let password = form["password"] ?? ""
        guard let verified = try await service.store.verifyUser(email: email, password: password) else {
            limiter.recordFailure(keys)
            return signInPage(request, message: PageText.signInFailed(language), email: email, status: .unauthorized)
        }
        limiter.recordSuccess(keys)
        let id = try await service.store.createSession(userId: verified.userId)
        var response = HTML.redirect(to: "/")
        response.setCookie(Cookie(name: WebSessionMiddleware.cookie, value: id, maxAge: Int(configuration.sessionLifetime),
                                  path: "/", httpOnly: true, sameSite: .lax))
        response.setCookie(Cookie(name: Self.signInCookie, value: "", maxAge: 0, path: "/signin", httpOnly: true, sameSite: .strict))
        return response
    }

    /// The sign-in page with a fresh form token paired with a cookie.
    func signInPage(_ request: Request, message: String?, email: String, status: HTTPResponse.Status) -> Response {
        let language = Language.of(request)
        let token = RandomToken.hex(bytes: 16)
        var response = HTML.response(HTML.page(title: PageText.signInTitle(language),
                                               body: Pages.signIn(language: language, formToken: token, email: email, message: message),
                                               language: language, session: nil), status: status)
        response.setCookie(Cookie(name: Self.signInCookie, value: token, path: "/signin", httpOnly: true, sameSite: .strict))
        return response
    }

    /// The fields of a url-encoded form body (at most 64 KiB).
    func formFields(_ request: Request) async throws -> [String: String] {
        var request = request
        let body = try await request.collectBody(upTo: 64 * 1024)
        return try URLEncodedFormDecoder().decode([String: String].self, from: String(buffer: body))
    }

    /// The path of a same-server URL, for returning to it.
    static func localPath(_ url: String) -> String? {
        guard let components = URLComponents(string: url), components.path.hasPrefix("/"), !components.path.hasPrefix("//") else { return nil }
        return components.path
    }
}
