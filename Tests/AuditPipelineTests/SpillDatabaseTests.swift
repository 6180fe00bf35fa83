import AuditCore
import AuditEvidence
@testable import AuditPipeline
import AuditRules
import Foundation
import Logging
import Testing

@Suite("The check's temporary database")
struct SpillDatabaseTests {
    /// A folder of its own under the system's temporary directory, for one test.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
    }

    @Test("Rows filed under buckets come back per bucket in input order, every value as written, and the file goes with the database")
    func rowsRoundTrip() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entries = BatchedJudgementTests.entries(3_000, workers: 7)
        do {
            let database = try SpillDatabase(directory: folder)
            #expect(try Self.files(in: folder).count == 1)
            let filed = entries.enumerated().map { (bucket: $0.offset % 3, position: $0.offset, row: $0.element) }
            // Filed out of order, in several writes: the position decides the order read back.
            try database.insertRows(Array(filed[1_500...]), kind: 1)
            try database.insertRows(Array(filed[..<1_500]), kind: 1)
            try database.insertRows([(bucket: 0, position: 0, row: entries[5])], kind: 2)
            for bucket in 0..<3 {
                let read: SpillDatabase.Decoded<(position: Int, value: TimeEntry)> = try database.rows(of: 1, in: [bucket])
                #expect(read.unreadable == nil)
                #expect(read.values.map(\.value) == entries.enumerated().filter { $0.offset % 3 == bucket }.map(\.element))
            }
            let other: SpillDatabase.Decoded<(position: Int, value: TimeEntry)> = try database.rows(of: 2, in: nil)
            #expect(other.values.map(\.value) == [entries[5]])
        }
        #expect(try Self.files(in: folder).isEmpty, "the database file outlived the database")
    }

    @Test("A database a killed check left behind (its process gone) is removed when the next one is made; one of a running process, or not named by a process, stays")
    func orphansRemoved() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let orphan = "\(SpillDatabase.namePrefix)\(finished.processIdentifier)-dead.sqlite"
        let running = "\(SpillDatabase.namePrefix)\(getpid())-alive.sqlite"
        let unnamed = "\(SpillDatabase.namePrefix)other.sqlite"
        for name in [orphan, orphan + "-journal", running, unnamed] {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data()))
        }
        do {
            let database = try SpillDatabase(directory: folder)
            #expect(Set(try Self.files(in: folder)) == [running, unnamed, URL(fileURLWithPath: database.path).lastPathComponent])
        }
        #expect(Set(try Self.files(in: folder)) == [running, unnamed])
    }

    @Test("A write that fails writes none of its rows, and keeps every row written before")
    func failedWriteIsWhole() throws {
        let entries = BatchedJudgementTests.entries(400)
        // Room for the first 10 rows (each written alone, with its place), far from the other 390.
        let size = entries.prefix(10).reduce(0) { $0 + SpillDatabase.encode($1).count + 2 }
        let database = try SpillDatabase(directory: FileManager.default.temporaryDirectory, byteLimit: Int64(size + size / 2))
        try database.insertRows(entries.prefix(10).enumerated().map { (bucket: $0.offset % 2, position: $0.offset, row: $0.element) }, kind: 1)
        #expect(throws: SpillError.self) {
            try database.insertRows(entries[10...].enumerated().map { (bucket: $0.offset % 2, position: 10 + $0.offset, row: $0.element) }, kind: 1)
        }
        let read: SpillDatabase.Decoded<(position: Int, value: TimeEntry)> = try database.rows(of: 1, in: nil)
        #expect(read.values.map(\.value) == Array(entries.prefix(10)))
    }

    @Test("Stored time entries that cannot be read back are left out and counted once with why; the other rows are all judged")
    func unreadableRow() throws {
        let recorder = LogRecorder()
        let store = WorkerRowStore<TimeEntry>("time entries", memoryLimit: 10, directory: FileManager.default.temporaryDirectory,
                                              logger: Logger(label: "test") { _ in recorder }, employeeId: { $0.employeeId.value },
                                              waitsForRoster: { $0.identifiedByName })
        let entries = BatchedJudgementTests.entries(300, workers: 5)
        for start in stride(from: 0, to: entries.count, by: 50) { store.append(Array(entries[start..<start + 50])) }
        let spilled = try #require(store.spilledTo)
        let corrupted = try spilled.database.corruptFirstRows(of: spilled.kind, with: [0xFF, 0xFF, 0xFF])
        #expect(corrupted > 0)
        let batching = WorkerBatching(count: 3)
        let batches = store.batches(batching) { _ in }
        var all: [TimeEntry] = []
        for index in 0..<batching.count { all += try batches.take(index) }
        #expect(all.count == entries.count - corrupted)
        #expect(Set(all).isSubset(of: Set(entries)))
        let lost = try #require(store.lost)
        #expect(lost.count == corrupted)
        #expect(!lost.reason.isEmpty)
        #expect(recorder.messages.filter { $0.contains("could not be read back") }.count == 1)
    }

    @Test("A stored finding that cannot be read back is counted once with why, and the report lists no placeholder for it")
    func unreadableFinding() throws {
        let groups = FindingStoreTests.groups(3, size: 400)
        let space = SpillSpace(directory: FileManager.default.temporaryDirectory)
        let store = FindingStore(memoryLimit: 100, space: space, groups: groups.count, logger: Logger(label: "test"))
        for group in groups { store.add(group) }
        let corrupted = groups[1][0]
        try space.database().corruptFirstFinding(of: 1, with: [0x01])
        let list = store.finish()
        #expect(list.isStored)
        #expect(list.count == 1_199)
        #expect(!list.contains { $0.rule == FindingStore.ruleUnreadable })
        var expected = groups.flatMap { $0 }.sorted(by: Finding.reportOrder)
        expected.remove(at: expected.firstIndex(of: corrupted)!)
        let same = Array(list) == expected
        #expect(same)
        let lost = try #require(store.lost)
        #expect(lost.count == 1)
        #expect(!lost.reason.isEmpty)
    }

    @Test("The temporary database is removed once the report that reads from it is gone, and when the check using it throws")
    func removedAfterCheck() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = PipelineTests.repository.appendingPathComponent("Corpus/samples/violations-zip.zip").path
        var configuration = PipelineConfiguration()
        configuration.findingsInMemory = 5
        configuration.workerRowsInMemory = 7
        configuration.temporaryDirectory = folder
        let pipeline = AuditPipeline(configuration: configuration, logger: Logger(label: "test"))
        do {
            let report = try pipeline.check(path, packs: BatchedJudgementTests().packs(), asOf: CivilDate(year: 2026, month: 7, day: 18)!)
            #expect(report.findings.isStored)
            #expect(try Self.files(in: folder).count == 1, "rows and findings share one database")
            #expect(try Self.files(in: folder).allSatisfy { $0.hasSuffix(".sqlite") })
        }
        #expect(try Self.files(in: folder).isEmpty, "the database outlived its report")

        struct Interrupted: Error {}
        func spillThenThrow() throws {
            let store = WorkerRowStore<TimeEntry>("time entries", memoryLimit: 10, directory: folder, logger: Logger(label: "test"),
                                                  employeeId: { $0.employeeId.value }, waitsForRoster: { $0.identifiedByName })
            store.append(BatchedJudgementTests.entries(100))
            #expect(store.isSpilled)
            #expect(try Self.files(in: folder).count == 1)
            throw Interrupted()
        }
        #expect(throws: Interrupted.self) { try spillThenThrow() }
        #expect(try Self.files(in: folder).isEmpty, "the database outlived a check that threw")
    }

    @Test("Findings merged from the database are in the order of sorting them all together, ties (equal but for their text's normal form) in group order")
    func mergedInReportOrder() {
        let texts = ["", "a", "ab", "a\u{0}", "a\u{0}b", "b", "é", "e\u{301}", "工资", "工", "Z", "z", "\u{1F600}", "8 h – 10 h", "工资\u{3099}",
                     "\u{212B}", "\u{C5}", "\u{F900}", "\u{8C48}", "A\u{30A}"]
        var findings: [Finding] = []
        for (index, text) in texts.enumerated() {
            for severity in Severity.allCases {
                let evidence: [Evidence] = index % 3 == 0 ? [] : [Evidence(path: text, page: index % 2 == 0 ? nil : index - 5,
                                                                           text: texts[(index + 1) % texts.count], row: index - 6, sheet: text)]
                findings.append(Finding(rule: index % 2 == 0 ? "pack/a" : "pack/\(text)", category: .workingHours, severity: severity,
                                        message: texts[(index * 5) % texts.count], employeeId: index % 4 == 0 ? nil : text,
                                        period: texts[(index * 7) % texts.count], evidence: evidence))
                findings.append(Finding(rule: "pack/a", category: .workingHours, severity: severity, message: text,
                                        evidence: evidence + [Evidence(path: "p", row: -index)]))
            }
        }
        // Groups in report order whose findings tie across groups (the same finding; texts canonically equal), each
        // group's findings told apart by an action the order does not look at.
        let parts = (0..<3).map { part in findings.enumerated().filter { $0.offset % 3 == part }.map(\.element) } + [findings]
        let groups = parts.enumerated().map { group, part in
            part.map { finding in
                var marked = finding
                marked.action = "group \(group)"
                return marked
            }.sorted(by: Finding.reportOrder)
        }
        let store = FindingStore(memoryLimit: 10, space: SpillSpace(directory: FileManager.default.temporaryDirectory), groups: groups.count,
                                 logger: Logger(label: "test"))
        for group in groups { store.add(group) }
        let list = store.finish()
        #expect(list.isStored)
        let same = Array(list) == groups.flatMap { $0 }.sorted(by: Finding.reportOrder)
        #expect(same)
        #expect(store.lost == nil)
    }
}
