import AuditCore
import AuditServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("A real server on a loopback socket")
struct LiveServerTests {
    @Test("Over a real socket, an uploaded sample is checked and its report.json is a report of that archive")
    func uploadOverSocket() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data)
        let token = try TokenStore(database: server.database).create(organisation: "Factory A", role: .member)
        try await server.makeApplication().test(.live) { client in
            #expect(client.port != nil, "the test did not run against a listening server")
            let api = APIClient(client: client, token: token)
            let id = try await api.uploadAndID(sample: "clean-zip.zip", fields: ["asOf": "2026-06-13"])
            #expect(try await api.waitUntilFinished(id)["status"] as? String == "done")
            let report = try JSONDecoder().decode(AuditReport.self, from: Data(try await api.get("/api/v1/checks/\(id)/report.json").body.readableBytesView))
            #expect(report.input == "clean-zip.zip")
            #expect(report.asOf.description == "2026-06-13")
            #expect(report.documents.count == 10)
        }
    }

    @Test("Failed sign-ins are counted per client address too: five wrong tries with five addresses block a sixth from the same client")
    func signInLimitPerClient() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data, runner: InstantRunner())
        try UserStore(database: server.database, cost: 4).create(email: "real@factory-a.example", organisation: "Factory A", role: .member,
                                                                 password: "the right password")
        try await server.makeApplication().test(.live) { client in
            let browser = Browser(client: client)
            for attempt in 0..<5 {
                let wrong = try await browser.signIn(email: "guess\(attempt)@factory-a.example", password: "wrong")
                #expect(wrong.status == .unauthorized)
            }
            let blocked = try await browser.signIn(email: "real@factory-a.example", password: "the right password")
            #expect(blocked.status == .tooManyRequests)
        }
    }
}
