@testable import AuditServer
import Foundation
import Testing

@Suite("Retention: archives go after a set number of days, reports stay")
struct RetentionTests {
    @Test("An archive whose check finished more than the retention period ago is deleted; a newer one, a queued one and every report stay")
    func oldArchivesAreDeleted() async throws {
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let server = try TestServer.make(data: data, runner: InstantRunner()) { $0.archiveRetentionDays = 30 }
        let store = CheckStore(database: server.database)
        func queue(_ name: String) throws -> (id: String, archive: URL) {
            let archive = server.data.newArchivePath(extension: "zip")
            try Data(name.utf8).write(to: archive)
            let id = try store.insert(.init(organisation: "Factory A", fileName: name, archivePath: archive.path,
                                            ruleset: "china-labor-law", asOf: "2026-06-13", region: nil))
            return (id, archive)
        }
        let finished = try queue("finished.zip")
        let waiting = try queue("waiting.zip")
        // The job queue is not running: finish the first check by hand, as the queue would.
        let claimed = try #require(try store.claimNext())
        #expect(claimed.id == finished.id)
        let reports = server.data.reportFolder(for: claimed.id)
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: reports.appendingPathComponent("report.json"))
        #expect(try store.finish(claimed.id, summary: CheckSummary(documents: 1, openErrors: 0, openWarnings: 0, findings: 0), documentsDone: 1))

        let retention = server.retention
        #expect(retention.sweep(now: Date().addingTimeInterval(29 * 86400)) == 0, "an archive went before its time")
        #expect(FileManager.default.fileExists(atPath: finished.archive.path))
        #expect(retention.sweep(now: Date().addingTimeInterval(31 * 86400)) == 1)
        #expect(!FileManager.default.fileExists(atPath: finished.archive.path))
        #expect(FileManager.default.fileExists(atPath: waiting.archive.path), "a queued check lost its archive")
        #expect(try store.check(finished.id, organisation: "Factory A")?.archivePath == nil)
        #expect(FileManager.default.fileExists(atPath: server.data.reportFolder(for: finished.id).appendingPathComponent("report.json").path))
    }
}
