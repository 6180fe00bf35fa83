import AuditServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// A browser as far as the server can tell: it keeps cookies, sends forms, and reads the CSRF
/// tokens pages carry.
final class Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var acceptLanguage = "en-GB,en;q=0.9"

    init(client: any TestClientProtocol) {
        self.client = client
    }

    /// Sends a request with the cookies and keeps the ones the answer sets.
    func send(_ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> TestResponse {
        var headers = headers
        headers[.acceptLanguage] = acceptLanguage
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if line.lowercased().contains("max-age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
        return response
    }

    /// Posts a url-encoded form.
    func submit(_ uri: String, _ fields: [String: String]) async throws -> TestResponse {
        let body = fields.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        return try await send(uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    /// Opens the sign-in page and signs in; returns the answer to the form.
    @discardableResult
    func signIn(email: String, password: String) async throws -> TestResponse {
        let page = try await send("/signin")
        let token = try #require(Self.hiddenCSRF(in: String(buffer: page.body)), "the sign-in page has no form token")
        return try await submit("/signin", ["email": email, "password": password, "csrf": token])
    }

    /// The CSRF token of the signed-in page `/`.
    func pageCSRF() async throws -> String {
        let page = String(buffer: try await send("/").body)
        let marker = "data-csrf=\""
        let start = try #require(page.range(of: marker)?.upperBound, "the page carries no CSRF token")
        return String(page[start...].prefix { $0 != "\"" })
    }

    /// Uploads a Corpus sample the way the page's script does.
    func upload(sample: String, csrf: String?, fields: [String: String] = [:]) async throws -> TestResponse {
        let archive = try Data(contentsOf: TestServer.samples.appendingPathComponent(sample))
        let form = MultipartForm(fields: fields, file: (field: "archive", name: sample, data: archive))
        var headers: HTTPFields = [.contentType: form.contentType]
        if let csrf { headers[HTTPField.Name("X-CSRF-Token")!] = csrf }
        return try await send("/checks", method: .post, headers: headers, body: ByteBuffer(data: form.body))
    }

    /// The value of the first hidden `csrf` field in `html`.
    static func hiddenCSRF(in html: String) -> String? {
        guard let field = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[field.upperBound...].prefix { $0 != "\"" })
    }
}
