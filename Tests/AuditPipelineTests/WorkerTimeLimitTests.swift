@testable import AuditPipeline
import AuditCore
import AuditTestSupport
import Foundation
import Logging
import Synchronization
import Testing

/// A document's time limit in a worker process. In `CooperativePoolTests`' serialized suite: an
/// await here stalls while that suite's other test holds every thread of the cooperative pool.
extension CooperativePoolTests {
    /// A pool of one real worker (`auditready worker`) whose documents may take `limit` each.
    static func workerPool(limit: Duration) -> DocumentWorkerPool {
        var configuration = DocumentWorkerConfiguration(executable: CLIRunner.auditready.path,
                                                        arguments: ["worker", "--no-cache", "--rows-per-part", "2"])
        configuration.timeLimit = limit
        configuration.timeLimitPerMegabyte = .zero
        return DocumentWorkerPool(configuration: configuration, maxProcesses: 1,
                                  temporaryDirectory: FileManager.default.temporaryDirectory, logger: Logger(label: "test"))
    }

    @Test("Time a document's finished parts spend waiting for earlier documents is not counted against its limit")
    func waitingIsNotReading() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLIRunner.auditready.path), "build the package first")
        let pool = Self.workerPool(limit: .seconds(10))
        let bytes = DocumentPartsTests.timesheet(workers: 3, days: 4)
        let parts = Mutex(0)
        // Each part waits 6 s, as behind a slow scan earlier in the archive: 12 s or more in all, past
        // the 10 s limit; the limit is generous because a loaded machine starts a worker slowly.
        let (reading, _) = await pool.read(path: "time/july.csv", bytes: bytes, sha256: nil) { _ in
            parts.withLock { $0 += 1 }
            try? await Task.sleep(for: .seconds(6))
        }
        await pool.close()
        #expect(parts.withLock { $0 } >= 2, "the document was not handed on in parts")
        #expect(reading.record.status == .ok, "\(reading.record.reason ?? "")")
    }
}
