import AuditCore
import AuditExtraction
@testable import AuditPipeline
import AuditRules
import Dispatch
import Foundation
import Logging
import Synchronization
import Testing

/// Serialized: `blockedPool` holds every thread of the cooperative pool, so the suite's async
/// tests (the worker time limit's, in `WorkerTimeLimitTests.swift`) must not run beside it.
@Suite("The document stage and Swift's cooperative pool", .serialized)
struct CooperativePoolTests {
    @Test("A check, and several checks at once, end while every thread of the cooperative pool is blocked, as a synchronous caller may block them")
    func blockedPool() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "工号,姓名,出生日期\nE001,Li Lei,1990-01-02\n".write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
        try "Emp No,Date,Hours\nE001,2026-07-01,8\n".write(to: folder.appendingPathComponent("timesheet.csv"), atomically: true, encoding: .utf8)
        var configuration = PipelineConfiguration(extractors: [CSVExtractor()])
        configuration.workers = 2
        let pipeline = AuditPipeline(configuration: configuration, logger: Logger(label: "test"))
        let asOf = CivilDate(year: 2026, month: 7, day: 18)!

        // Far more blocked tasks than the pool has threads: none of its threads is free until the end.
        let blockers = DispatchSemaphore(value: 0)
        let blocked = 64
        for _ in 0..<blocked { Task.detached { blockers.wait() } }
        defer { for _ in 0..<blocked { blockers.signal() } }
        Thread.sleep(forTimeInterval: 0.2)

        let done = DispatchSemaphore(value: 0)
        let paths = Mutex<(one: [String], each: [[String]])>(([], []))
        let thread = Thread {
            let one = (try? pipeline.check(folder.path, packs: [], asOf: asOf))?.documents.map(\.path) ?? []
            var each: [[String]] = []
            pipeline.checkEach([folder.path, folder.path], packs: [], asOf: asOf) { _, result in
                each.append((try? result.get())?.report.documents.map(\.path) ?? [])
            }
            paths.withLock { $0 = (one, each) }
            done.signal()
        }
        thread.start()
        #expect(done.wait(timeout: .now() + 60) == .success, "the checks did not end while the cooperative pool was blocked")
        let expected = ["roster.csv", "timesheet.csv"]
        #expect(paths.withLock { $0.one } == expected)
        #expect(paths.withLock { $0.each } == [expected, expected])
    }
}
