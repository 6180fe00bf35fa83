import AuditServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Organisations: a check is seen by its own organisation only")
struct IsolationTests {
    @Test("Another organisation's token gets 404, never 403, on every route for the first organisation's finished check, and changes nothing")
    func everyRouteIsNotFound() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data)
        let tokens = TokenStore(database: server.database)
        let owner = try tokens.create(organisation: "Factory A", role: .member)
        let strangers = [try tokens.create(organisation: "Factory B", role: .member),
                         try tokens.create(organisation: "Factory B", role: .reviewer)]
        try await server.makeApplication().test(.router) { client in
            let ownerAPI = APIClient(client: client, token: owner)
            let id = try await ownerAPI.uploadAndID(sample: "violations-zip.zip", fields: ["asOf": "2026-07-18"])
            #expect(try await ownerAPI.waitUntilFinished(id)["status"] as? String == "done")

            let routes = ["/api/v1/checks/\(id)"] + ReportFile.allCases.map { "/api/v1/checks/\(id)/\($0.fileName)" }
                + ["/api/v1/checks/\(id)/report.json?download=1", "/api/v1/checks/\(id)/no-such-file", "/api/v1/checks/\(id)/"]
            for token in strangers {
                let stranger = APIClient(client: client, token: token)
                for route in routes {
                    let response = try await stranger.get(route)
                    #expect(response.status == .notFound, "GET \(route) answered \(response.status) to another organisation")
                    #expect(!String(buffer: response.body).contains("violations-zip"), "GET \(route) showed the check's file name")
                }
                #expect(try await stranger.delete("/api/v1/checks/\(id)").status == .notFound)
                let list = try await stranger.get("/api/v1/checks")
                #expect(list.status == .ok)
                #expect(!String(buffer: list.body).contains(id), "another organisation's list shows the check")
            }
            // The same answer as for a check that does not exist.
            let unknown = try await APIClient(client: client, token: strangers[0]).get("/api/v1/checks/\(String(repeating: "f", count: 32))")
            #expect(unknown.status == .notFound)

            // Nothing the strangers did touched it.
            #expect(try await ownerAPI.get("/api/v1/checks/\(id)/report.json").status == .ok)
            #expect(String(buffer: try await ownerAPI.get("/api/v1/checks").body).contains(id))
        }
    }
}

@Suite("Organisations on the web page")
struct WebIsolationTests {
    @Test("A signed-in user of another organisation gets 404 on the check's page, events, reports and delete, and does not see it listed")
    func webRoutesAreNotFound() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data, runner: InstantRunner())
        let users = UserStore(database: server.database, cost: 4)
        try users.create(email: "a@factory-a.example", organisation: "Factory A", role: .member, password: "password of a")
        try users.create(email: "b@factory-b.example", organisation: "Factory B", role: .member, password: "password of b")
        try await server.makeApplication().test(.router) { client in
            let owner = Browser(client: client)
            try await owner.signIn(email: "a@factory-a.example", password: "password of a")
            let upload = try await owner.upload(sample: "clean-zip.zip", csrf: try await owner.pageCSRF())
            let id = try #require(try JSONDecoder().decode([String: String].self, from: Data(upload.body.readableBytesView))["id"])
            let api = try TokenStore(database: server.database).create(organisation: "Factory A", role: .reviewer)
            _ = try await APIClient(client: client, token: api).waitUntilFinished(id, timeout: 20)

            let stranger = Browser(client: client)
            try await stranger.signIn(email: "b@factory-b.example", password: "password of b")
            let csrf = try await stranger.pageCSRF()
            for route in ["/checks/\(id)", "/checks/\(id)/events"] + ReportFile.allCases.map({ "/checks/\(id)/\($0.fileName)" }) {
                #expect(try await stranger.send(route).status == .notFound, "\(route) was not a 404 for another organisation")
            }
            #expect(try await stranger.submit("/checks/\(id)/delete", ["csrf": csrf]).status == .notFound)
            #expect(!String(buffer: try await stranger.send("/").body).contains(id))
            #expect(try await owner.send("/checks/\(id)").status == .ok)
        }
    }
}
