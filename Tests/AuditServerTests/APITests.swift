import AuditServer
import AuditTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("The API: upload, watch, download")
struct APITests {
    /// The day a sample's ground truth judges it on.
    static func asOf(of sample: String) throws -> String {
        let truth = TestServer.samples.appendingPathComponent(sample.replacingOccurrences(of: ".zip", with: ".truth.json"))
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: truth)) as? [String: Any]
        return try #require(object?["asOf"] as? String)
    }

    @Test("An uploaded sample is checked in the background, and its report.json, in English and with lang=zh in Chinese, equals what `auditready check` prints for the same options",
          arguments: ["clean-zip.zip", "violations-zip.zip"])
    func reportEqualsCLI(sample: String) async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data)
        let token = try TokenStore(database: server.database).create(organisation: "Factory A", role: .member)
        let day = try Self.asOf(of: sample)
        try await server.makeApplication().test(.router) { client in
            let api = APIClient(client: client, token: token)
            let id = try await api.uploadAndID(sample: sample, fields: ["asOf": day, "ruleset": "china-labor-law"])
            let status = try await api.waitUntilFinished(id)
            #expect(status["status"] as? String == "done", "the check ended \(status)")
            let progress = status["progress"] as? [String: Any]
            #expect((progress?["documentsDone"] as? Int ?? 0) > 0, "no progress was recorded: \(status)")

            let report = try await api.get("/api/v1/checks/\(id)/report.json")
            #expect(report.status == .ok)
            #expect(report.headers[.contentType]?.hasPrefix("application/json") == true)
            let cli = try CLIRunner.run("auditready", ["check", "Corpus/samples/\(sample)", "--as-of", day, "--format", "json",
                                                      "--ruleset", "china-labor-law", "--no-cache"])
            #expect(cli.status == 0 || cli.status == 1, "auditready check failed: \(cli.stderr)")
            // The one intended difference: the report names the uploaded file, not a path on the server.
            let expected = cli.stdout.replacingOccurrences(of: "\"input\" : \"Corpus/samples/\(sample)\"", with: "\"input\" : \"\(sample)\"")
            #expect(String(buffer: report.body) == expected)

            let chinese = try await api.get("/api/v1/checks/\(id)/report.json?lang=zh")
            let cliChinese = try CLIRunner.run("auditready", ["check", "Corpus/samples/\(sample)", "--as-of", day, "--format", "json",
                                                             "--ruleset", "china-labor-law", "--no-cache", "--lang", "zh"])
            let expectedChinese = cliChinese.stdout.replacingOccurrences(of: "\"input\" : \"Corpus/samples/\(sample)\"",
                                                                         with: "\"input\" : \"\(sample)\"")
            #expect(String(buffer: chinese.body) == expectedChinese)
            #expect(expectedChinese != expected, "the Chinese report is the English one")
            let chineseHTML = try await api.get("/api/v1/checks/\(id)/report.html?lang=zh")
            #expect(String(buffer: chineseHTML.body).contains("<html lang=\"zh"))

            for file in ["report.html", "report.csv", "report.md", "report.txt"] {
                let other = try await api.get("/api/v1/checks/\(id)/\(file)")
                #expect(other.status == .ok, "\(file) answered \(other.status)")
                #expect(other.body.readableBytes > 100, "\(file) is nearly empty")
            }
        }
    }

    @Test("The list shows the organisation's checks, and a deleted check is gone with its archive and reports")
    func listAndDelete() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data)
        let token = try TokenStore(database: server.database).create(organisation: "Factory A", role: .member)
        try await server.makeApplication().test(.router) { client in
            let api = APIClient(client: client, token: token)
            let id = try await api.uploadAndID(sample: "clean-zip.zip", fields: ["asOf": "2026-06-13"])
            _ = try await api.waitUntilFinished(id)
            let list = try await api.get("/api/v1/checks")
            #expect(String(buffer: list.body).contains(id))
            #expect(try FileManager.default.contentsOfDirectory(atPath: server.data.archives.path).count == 1)
            #expect(FileManager.default.fileExists(atPath: server.data.reportFolder(for: id).path))

            #expect(try await api.delete("/api/v1/checks/\(id)").status == .noContent)
            #expect(try await api.get("/api/v1/checks/\(id)").status == .notFound)
            #expect(!String(buffer: try await api.get("/api/v1/checks").body).contains(id))
            #expect(try FileManager.default.contentsOfDirectory(atPath: server.data.archives.path).isEmpty)
            #expect(!FileManager.default.fileExists(atPath: server.data.reportFolder(for: id).path))
        }
    }

    @Test("Requests without a token, or with an unknown one, get 401 and store nothing")
    func unauthorised() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data)
        try await server.makeApplication().test(.router) { client in
            let none = try await client.execute(uri: "/api/v1/checks", method: .get)
            #expect(none.status == .unauthorized)
            #expect(none.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            let forged = APIClient(client: client, token: "ar_" + String(repeating: "0", count: 64))
            #expect(try await forged.upload(sample: "clean-zip.zip").status == .unauthorized)
            #expect(try FileManager.default.contentsOfDirectory(atPath: server.data.archives.path).isEmpty)
        }
    }

    @Test("A reviewer reads but cannot upload or delete; a member can")
    func reviewerRole() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data, runner: InstantRunner())
        let tokens = TokenStore(database: server.database)
        let member = try tokens.create(organisation: "Agency", role: .member)
        let reviewer = try tokens.create(organisation: "Agency", role: .reviewer)
        try await server.makeApplication().test(.router) { client in
            let reading = APIClient(client: client, token: reviewer)
            #expect(try await reading.upload(sample: "clean-zip.zip").status == .forbidden)
            let id = try await APIClient(client: client, token: member).uploadAndID(sample: "clean-zip.zip")
            #expect(try await reading.status(of: id)["id"] as? String == id)
            #expect(try await reading.delete("/api/v1/checks/\(id)").status == .forbidden)
            #expect(try await reading.get("/api/v1/checks/\(id)").status == .ok)
        }
    }

    @Test("Bad uploads are refused with a message saying what to change: unknown rule pack, bad date, no archive field, not multipart")
    func badUploads() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data)
        let token = try TokenStore(database: server.database).create(organisation: "Factory A", role: .member)
        try await server.makeApplication().test(.router) { client in
            let api = APIClient(client: client, token: token)
            let pack = try await api.upload(sample: "clean-zip.zip", fields: ["ruleset": "no-such-pack"])
            #expect(pack.status == .badRequest)
            #expect(pack.body.contains("china-labor-law"), "the answer should list the packs there are: \(pack.body)")
            let traversal = try await api.upload(sample: "clean-zip.zip", fields: ["ruleset": "../Rules/china-labor-law"])
            #expect(traversal.status == .badRequest)
            let date = try await api.upload(sample: "clean-zip.zip", fields: ["asOf": "13/06/2026"])
            #expect(date.status == .badRequest)
            #expect(date.body.contains("YYYY-MM-DD"))

            let form = MultipartForm(fields: ["ruleset": "china-labor-law"], file: nil)
            var headers = api.authorization
            headers[.contentType] = form.contentType
            let noFile = try await client.execute(uri: "/api/v1/checks", method: .post, headers: headers, body: ByteBuffer(data: form.body))
            #expect(noFile.status == .badRequest)
            #expect(String(buffer: noFile.body).contains("archive"))

            var json = api.authorization
            json[.contentType] = "application/json"
            let notMultipart = try await client.execute(uri: "/api/v1/checks", method: .post, headers: json, body: ByteBuffer(string: "{}"))
            #expect(notMultipart.status == .unsupportedMediaType)
            #expect(try FileManager.default.contentsOfDirectory(atPath: server.data.archives.path).isEmpty, "a refused upload left its archive behind")
        }
    }

    @Test("An archive over the upload limit gets 413 and leaves no file behind")
    func uploadLimit() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data, runner: InstantRunner()) { $0.maxUploadBytes = 64 * 1024 }
        let token = try TokenStore(database: server.database).create(organisation: "Factory A", role: .member)
        try await server.makeApplication().test(.router) { client in
            let api = APIClient(client: client, token: token)
            let answer = try await api.upload(sample: "clean-zip.zip")
            #expect(answer.status == .contentTooLarge)
            #expect(try FileManager.default.contentsOfDirectory(atPath: server.data.archives.path).isEmpty)
            #expect(try await api.upload(Data(repeating: 7, count: 1000), fileName: "small.zip").status == .created)
        }
    }

    @Test("The OpenAPI document is served without a token and describes every route")
    func openAPI() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data, runner: InstantRunner())
        try await server.makeApplication().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            let text = String(buffer: response.body)
            for path in ["/api/v1/checks:", "/api/v1/checks/{id}:", "/api/v1/checks/{id}/{file}:", "openapi: 3.1.0", "bearer"] {
                #expect(text.contains(path), "the document lacks \(path)")
            }
        }
    }
}

extension FileManager {
    /// Removes `url` and everything under it.
    func removeAll(_ url: URL) throws {
        if fileExists(atPath: url.path) { try removeItem(at: url) }
    }
}
