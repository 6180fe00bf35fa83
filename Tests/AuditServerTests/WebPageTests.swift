import AuditServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("The web page: sign-in, upload, live progress, reports, languages")
struct WebPageTests {
    static let email = "li.na@factory-a.example"
    static let password = "correct horse battery"

    /// A server with one member of Factory A who can sign in.
    static func server(data: URL, runner: (any CheckRunner)? = nil) throws -> AuditServer {
        let server = try TestServer.make(data: data, runner: runner)
        try UserStore(database: server.database, cost: 4).create(email: email, organisation: "Factory A", role: .member, password: password)
        return server
    }

    @Test("A person signs in, uploads with the session's CSRF token, follows the check as server-sent events and opens its HTML report")
    func signInUploadWatchOpen() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try Self.server(data: data)
        try await server.makeApplication().test(.router) { client in
            let browser = Browser(client: client)
            #expect(try await browser.send("/").status == .seeOther, "the page opened without signing in")
            let signedIn = try await browser.signIn(email: Self.email, password: Self.password)
            #expect(signedIn.status == .seeOther)
            #expect(browser.cookies["ar_session"] != nil)
            let session = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("ar_session=") })
            #expect(session.contains("HttpOnly") && session.contains("SameSite=Lax"))

            let csrf = try await browser.pageCSRF()
            #expect(try await browser.upload(sample: "clean-zip.zip", csrf: nil).status == .forbidden, "an upload without the CSRF token was taken")
            // A token one character off (never the real one, whatever its first character is).
            let forged = (csrf.first == "0" ? "1" : "0") + csrf.dropFirst()
            #expect(try await browser.upload(sample: "clean-zip.zip", csrf: forged).status == .forbidden)
            let uploaded = try await browser.upload(sample: "clean-zip.zip", csrf: csrf, fields: ["asOf": "2026-06-13"])
            #expect(uploaded.status == .created)
            let id = try #require(try JSONDecoder().decode([String: String].self, from: Data(uploaded.body.readableBytesView))["id"])

            let events = try await browser.send("/checks/\(id)/events")
            #expect(events.headers[.contentType]?.hasPrefix("text/event-stream") == true)
            let stream = String(buffer: events.body)
            let messages = stream.components(separatedBy: "\n\n").filter { $0.hasPrefix("data: ") }
            // A check that ended before the page asked gets its final state only; one still running
            // gets its progress first. Either way the stream holds the documents read and ends with done.
            #expect(!messages.isEmpty, "no event: \(stream)")
            #expect(messages.last?.contains("\"status\":\"done\"") == true, "the stream did not end with done: \(stream)")
            #expect(stream.contains("\"documentsDone\""))

            let page = String(buffer: try await browser.send("/checks/\(id)").body)
            #expect(page.contains("/checks/\(id)/report.html"))
            let report = try await browser.send("/checks/\(id)/report.html")
            #expect(report.status == .ok)
            #expect(report.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(String(buffer: report.body).contains("clean-zip.zip"))
            let csv = try await browser.send("/checks/\(id)/report.csv?download=1")
            #expect(csv.headers[.contentDisposition]?.contains("attachment") == true)
            #expect(String(buffer: try await browser.send("/").body).contains("clean-zip.zip"))
        }
    }

    @Test("Sign-in is rate limited: after five wrong passwords even the right one gets 429 with Retry-After")
    func signInRateLimit() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try Self.server(data: data, runner: InstantRunner())
        try await server.makeApplication().test(.router) { client in
            let browser = Browser(client: client)
            for _ in 0..<5 {
                #expect(try await browser.signIn(email: Self.email, password: "wrong password!").status == .unauthorized)
            }
            let limited = try await browser.signIn(email: Self.email, password: Self.password)
            #expect(limited.status == .tooManyRequests)
            #expect(Int(limited.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(browser.cookies["ar_session"] == nil)
        }
    }

    @Test("A sign-in form without its paired token is refused, and so are sign-out and delete without the session's token")
    func csrfOnForms() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try Self.server(data: data, runner: InstantRunner())
        try await server.makeApplication().test(.router) { client in
            let forger = Browser(client: client)
            let forged = try await forger.submit("/signin", ["email": Self.email, "password": Self.password, "csrf": "guess"])
            #expect(forged.status == .forbidden)
            #expect(forger.cookies["ar_session"] == nil)

            let browser = Browser(client: client)
            try await browser.signIn(email: Self.email, password: Self.password)
            let csrf = try await browser.pageCSRF()
            let id = try #require(try JSONDecoder().decode([String: String].self,
                                                           from: Data(try await browser.upload(sample: "clean-zip.zip", csrf: csrf).body.readableBytesView))["id"])
            #expect(try await browser.submit("/checks/\(id)/delete", [:]).status == .forbidden)
            #expect(try await browser.submit("/signout", ["csrf": "x"]).status == .forbidden)
            #expect(try await browser.send("/checks/\(id)").status == .ok, "the check went without the token")
            #expect(try await browser.submit("/checks/\(id)/delete", ["csrf": csrf]).status == .seeOther)
            #expect(try await browser.send("/checks/\(id)").status == .notFound)
            #expect(try await browser.submit("/signout", ["csrf": csrf]).status == .seeOther)
            #expect(try await browser.send("/").status == .seeOther, "still signed in after signing out")
        }
    }

    @Test("The page speaks Chinese to a browser that prefers it, and the switch keeps the chosen language")
    func languages() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try Self.server(data: data, runner: InstantRunner())
        try await server.makeApplication().test(.router) { client in
            let browser = Browser(client: client)
            browser.acceptLanguage = "zh-CN,zh;q=0.9,en;q=0.8"
            let chinese = String(buffer: try await browser.send("/signin").body)
            #expect(chinese.contains("lang=\"zh-CN\""))
            #expect(chinese.contains("登录"))
            #expect(try await browser.send("/language/en?back=/signin").headers[.location] == "/signin")
            let english = String(buffer: try await browser.send("/signin").body)
            #expect(english.contains("lang=\"en\""))
            #expect(english.contains("Sign in") && !english.contains("登录"))
            #expect(try await browser.send("/language/zh?back=//elsewhere.example").headers[.location] == "/", "the switch redirected off the server")

            try await browser.signIn(email: Self.email, password: Self.password)
            #expect(String(buffer: try await browser.send("/").body).contains("上传并检查"))
        }
    }

    @Test("The page's script and styles come from the server itself, and the page loads nothing from elsewhere")
    func nothingFromTheNetwork() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try Self.server(data: data, runner: InstantRunner())
        try await server.makeApplication().test(.router) { client in
            let browser = Browser(client: client)
            try await browser.signIn(email: Self.email, password: Self.password)
            let page = try await browser.send("/")
            let html = String(buffer: page.body)
            #expect(!html.contains("http://") && !html.contains("https://"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            let script = try await browser.send("/static/app.js")
            #expect(script.status == .ok)
            #expect(String(buffer: script.body).contains("EventSource"))
            #expect(try await browser.send("/static/app.css").status == .ok)
        }
    }
}
