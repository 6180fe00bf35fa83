import AuditServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Durable jobs: a restarted server takes up the checks it left")
struct RestartTests {
    @Test("A check queued, and one left running, by a server that stopped are each run once when a new server starts on the same folder")
    func queuedAndInterruptedChecksRunOnRestart() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        // The first server stores two uploads and stops before checking them; it had started one.
        let first = try TestServer.make(data: data)
        let token = try TokenStore(database: first.database).create(organisation: "Factory A", role: .member)
        let store = CheckStore(database: first.database)
        let ids = try ["clean-zip.zip", "violations-zip.zip"].map { sample in
            let archive = first.data.newArchivePath(extension: "zip")
            try FileManager.default.copyItem(at: TestServer.samples.appendingPathComponent(sample), to: archive)
            return try store.insert(.init(organisation: "Factory A", fileName: sample, archivePath: archive.path,
                                          ruleset: "china-labor-law", asOf: "2026-06-13", region: nil))
        }
        let interrupted = try #require(try store.claimNext())
        #expect(interrupted.id == ids[0] && interrupted.status == .running)

        let runner = InstantRunner()
        let second = try TestServer.make(data: data, runner: runner)
        try await second.makeApplication().test(.router) { client in
            let api = APIClient(client: client, token: token)
            for id in ids {
                let status = try await api.waitUntilFinished(id, timeout: 20)
                #expect(status["status"] as? String == "done", "\(status)")
            }
            #expect(try await api.status(of: ids[0])["attempts"] as? Int == 2, "the interrupted check was not started again")
            #expect(try await api.status(of: ids[1])["attempts"] as? Int == 1)
            // Give a second judging the time it would need to show up.
            try await Task.sleep(for: .milliseconds(300))
        }
        #expect(runner.runs.withLock { $0.sorted() } == ["clean-zip.zip", "violations-zip.zip"], "each check is judged exactly once")
    }
}
