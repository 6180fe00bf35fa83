import AuditServer
import AuditTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("An archive of supplier archives")
struct SupplierArchivesTests {
    static func sample(_ name: String) throws -> Data {
        try Data(contentsOf: TestServer.samples.appendingPathComponent(name))
    }

    @Test("One upload holding two supplier archives becomes a batch with one check per supplier, each judged on its own")
    func archiveOfArchivesIsSplit() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data)
        let token = try TokenStore(database: server.database).create(organisation: "Buyer", role: .member)
        let season = ArchiveFixture(.zip, name: "season-2026.zip").write([
            .file("suppliers/clean-zip.zip", try Self.sample("clean-zip.zip")),
            .file("suppliers/violations-targz.tar.gz", try Self.sample("violations-targz.tar.gz")),
        ])
        defer { try? FileManager.default.removeItem(at: season.deletingLastPathComponent()) }
        try await server.makeApplication().test(.router) { client in
            let api = APIClient(client: client, token: token)
            let (status, body) = try await api.upload(Data(contentsOf: season), fileName: "season-2026.zip", fields: ["asOf": "2026-07-18"])
            #expect(status == .created, "\(body)")
            let answer = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            let batch = try #require(answer["batch"] as? String, "no batch in \(body)")
            let checks = try #require(answer["checks"] as? [String])
            #expect(checks.count == 2)
            var names: [String] = []
            for id in checks {
                let finished = try await api.waitUntilFinished(id)
                #expect(finished["status"] as? String == "done", "\(finished)")
                let report = try #require(try JSONSerialization.jsonObject(with: Data(try await api.get("/api/v1/checks/\(id)/report.json").body.readableBytesView)) as? [String: Any])
                names.append(report["input"] as? String ?? "")
                // Each supplier's report holds its own documents only.
                #expect((report["documents"] as? [Any])?.isEmpty == false)
            }
            #expect(names == ["suppliers/clean-zip.zip", "suppliers/violations-targz.tar.gz"])
            let matrix = try #require(try JSONSerialization.jsonObject(with: Data(try await api.get("/api/v1/batches/\(batch)").body.readableBytesView)) as? [String: Any])
            #expect(matrix["name"] as? String == "season-2026.zip")
            #expect((matrix["rows"] as? [Any])?.count == 2)
        }
    }

    @Test("An archive holding documents beside a nested archive, or one supplier archive with a Mac's metadata, is one check, not a batch")
    func evidenceWithANestedArchiveIsNotSplit() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data, runner: InstantRunner())
        let token = try TokenStore(database: server.database).create(organisation: "Factory A", role: .member)
        let evidence = ArchiveFixture(.zip, name: "evidence.zip").write([
            .file("payroll/2026-05.zip", try Self.sample("clean-zip.zip")),
            .file("roster.csv", Data("工号,姓名\nHX0001,王芳\n".utf8)),
        ])
        // One supplier archive zipped on a Mac: the AppleDouble file beside it is no second supplier.
        let single = ArchiveFixture(.zip, name: "one.zip").write([.file("supplier-a.zip", try Self.sample("clean-zip.zip")),
                                                                  .file("__MACOSX/._supplier-a.zip", Data([0, 5, 22, 7, 0, 2, 0, 0]))])
        defer {
            try? FileManager.default.removeItem(at: evidence.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: single.deletingLastPathComponent())
        }
        try await server.makeApplication().test(.router) { client in
            let api = APIClient(client: client, token: token)
            for archive in [evidence, single] {
                let (status, body) = try await api.upload(Data(contentsOf: archive), fileName: archive.lastPathComponent)
                #expect(status == .created)
                let answer = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
                #expect(answer["id"] is String && answer["batch"] == nil, "\(archive.lastPathComponent): \(body)")
            }
        }
    }
}
