import AuditServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Batches: suppliers × categories, worst first")
struct BatchTests {
    @Test("Two supplier archives uploaded into a batch are shown worst first, with open errors and warnings per category, on the API, as CSV and on the page")
    func matrixWorstFirst() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data)
        let token = try TokenStore(database: server.database).create(organisation: "Buyer", role: .member)
        try UserStore(database: server.database, cost: 4).create(email: "buyer@example.com", organisation: "Buyer", role: .member,
                                                                  password: "season of suppliers")
        try await server.makeApplication().test(.router) { client in
            let api = APIClient(client: client, token: token)
            let created = try await client.execute(uri: "/api/v1/batches", method: .post, headers: api.authorization,
                                                   body: ByteBuffer(string: #"{"name": "Spring 2026"}"#))
            #expect(created.status == .created)
            let batch = try #require(try JSONDecoder().decode([String: String].self, from: Data(created.body.readableBytesView))["id"])
            // The clean supplier is uploaded first: order of upload must not decide the order shown.
            let ids = [try await api.uploadAndID(sample: "clean-zip.zip", fields: ["asOf": "2026-07-18", "batch": batch]),
                       try await api.uploadAndID(sample: "violations-zip.zip", fields: ["asOf": "2026-07-18", "batch": batch])]
            for id in ids { #expect(try await api.waitUntilFinished(id)["status"] as? String == "done") }

            let answer = try await api.get("/api/v1/batches/\(batch)")
            #expect(answer.status == .ok)
            let matrix = try #require(try JSONSerialization.jsonObject(with: Data(answer.body.readableBytesView)) as? [String: Any])
            #expect(matrix["name"] as? String == "Spring 2026")
            let rows = try #require(matrix["rows"] as? [[String: Any]])
            #expect(rows.map { $0["supplier"] as? String } == ["violations-zip", "clean-zip"])
            let columns = try #require(matrix["categories"] as? [String])
            #expect(!columns.isEmpty)
            let worst = try #require(rows.first?["categories"] as? [String: [String: Int]])
            let errors = worst.values.map { $0["errors"] ?? 0 }.reduce(0, +)
            let summary = try #require((rows.first?["check"] as? [String: Any])?["summary"] as? [String: Any])
            let openErrors = try #require(summary["openErrors"] as? Int)
            #expect(openErrors > 0)
            #expect(errors == openErrors, "the category cells do not add up to the check's open errors")
            #expect((rows.last?["categories"] as? [String: Any])?.isEmpty == true, "the clean supplier has findings")

            let csv = String(buffer: try await api.get("/api/v1/batches/\(batch)/batch.csv").body)
            let lines = csv.split(separator: "\r\n")
            #expect(lines.count == 3)
            #expect(lines.first?.hasPrefix("\u{FEFF}supplier,file,status,openErrors,openWarnings,") == true)
            #expect(lines.dropFirst().first?.hasPrefix("violations-zip,violations-zip.zip,done,\(openErrors),") == true)

            let browser = Browser(client: client)
            try await browser.signIn(email: "buyer@example.com", password: "season of suppliers")
            let page = String(buffer: try await browser.send("/batches/\(batch)").body)
            let worstAt = try #require(page.range(of: ">violations-zip<")?.lowerBound)
            let cleanAt = try #require(page.range(of: ">clean-zip<")?.lowerBound)
            #expect(worstAt < cleanAt)
            #expect(page.contains("/batches/\(batch)/batch.csv"))
            #expect(String(buffer: try await browser.send("/").body).contains("Spring 2026"))
            browser.acceptLanguage = "zh-CN"
            #expect(String(buffer: try await browser.send("/batches/\(batch)").body).contains("工作时间"), "the columns are not named in Chinese")

            // The page's script makes a batch of a multiple upload, with the session's CSRF token.
            let csrf = try await browser.pageCSRF()
            #expect(try await browser.send("/batches", method: .post).status == .forbidden)
            let made = try await browser.send("/batches", method: .post, headers: [HTTPField.Name("X-CSRF-Token")!: csrf])
            #expect(made.status == .created)
        }
    }

    @Test("Another organisation gets 404 for a batch, its CSV, and an upload into it, which leaves no archive behind")
    func batchIsolation() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data, runner: InstantRunner())
        let tokens = TokenStore(database: server.database)
        let owner = try tokens.create(organisation: "Buyer", role: .member)
        let stranger = try tokens.create(organisation: "Other buyer", role: .member)
        try await server.makeApplication().test(.router) { client in
            let created = try await client.execute(uri: "/api/v1/batches", method: .post, headers: APIClient(client: client, token: owner).authorization)
            let batch = try #require(try JSONDecoder().decode([String: String].self, from: Data(created.body.readableBytesView))["id"])
            let other = APIClient(client: client, token: stranger)
            #expect(try await other.get("/api/v1/batches/\(batch)").status == .notFound)
            #expect(try await other.get("/api/v1/batches/\(batch)/batch.csv").status == .notFound)
            #expect(try await other.upload(sample: "clean-zip.zip", fields: ["batch": batch]).status == .notFound)
            #expect(try FileManager.default.contentsOfDirectory(atPath: server.data.archives.path).isEmpty)
            #expect(try await APIClient(client: client, token: owner).get("/api/v1/batches/\(batch)").status == .ok)
        }
    }
}
