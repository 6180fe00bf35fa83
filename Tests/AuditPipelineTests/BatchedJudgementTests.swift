import AuditCore
import AuditEvidence
import AuditExtraction
import Dispatch
@testable import AuditPipeline
import AuditRules
import Foundation
import Logging
import Testing

@Suite("Judging workers in batches")
struct BatchedJudgementTests {
    let asOf = CivilDate(year: 2026, month: 7, day: 18)!
    static let samples = ["violations-zip.zip", "violations-nested.zip", "violations-wages-zip.zip", "varied-formats-zip.zip", "clean-zip.zip"]

    func packs() throws -> [RulePack] {
        let loader = RulePackLoader(directories: [PipelineTests.repository.appendingPathComponent("Rules")])
        return try loader.load(loader.availablePacks())
    }

    func pipeline(workerRowsInMemory: Int, directory: URL = FileManager.default.temporaryDirectory,
                  recorder: LogRecorder = LogRecorder()) -> AuditPipeline {
        var configuration = PipelineConfiguration()
        configuration.workerRowsInMemory = workerRowsInMemory
        configuration.temporaryDirectory = directory
        return AuditPipeline(configuration: configuration, logger: Logger(label: "test") { _ in recorder })
    }

    @Test("A sample whose time entries and pay lines wait on disk and are judged in batches gets the report of one judged in memory", arguments: samples)
    func sameReport(sample: String) throws {
        let path = PipelineTests.repository.appendingPathComponent("Corpus/samples/\(sample)").path
        let recorder = LogRecorder()
        let batched = try pipeline(workerRowsInMemory: 7, recorder: recorder).check(path, packs: packs(), asOf: asOf)
        let inMemory = try pipeline(workerRowsInMemory: .max).check(path, packs: packs(), asOf: asOf)
        #expect(recorder.messages.contains { $0.contains("workers are judged in batches") }, "the sample was not judged in batches")
        #expect(batched == inMemory)
        #expect(sample.hasPrefix("clean") || !batched.findings.isEmpty, "a violations sample with no findings proves nothing")
    }

    @Test("When the temporary directory cannot be written, time entries and pay lines stay in memory and the report is whole")
    func unwritableDirectory() throws {
        let path = PipelineTests.repository.appendingPathComponent("Corpus/samples/violations-zip.zip").path
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)")
        let recorder = LogRecorder()
        let report = try pipeline(workerRowsInMemory: 7, directory: missing, recorder: recorder).check(path, packs: packs(), asOf: asOf)
        #expect(report == (try pipeline(workerRowsInMemory: .max).check(path, packs: packs(), asOf: asOf)))
        #expect(recorder.messages.contains { $0.contains("time entries are kept in memory") })
        #expect(recorder.messages.contains { $0.contains("pay lines are kept in memory") })
    }

    /// `count` time entries of workers E0...E(workers-1), row numbers in order.
    static func entries(_ count: Int, workers: Int = 30) -> [TimeEntry] {
        (0..<count).map { index in
            TimeEntry(employeeId: Located("E\(index % workers)", at: Evidence(path: "t.csv", row: index)),
                      date: Located(CivilDate(year: 2026, month: 7, day: 1 + index % 31)!, at: Evidence(path: "t.csv")),
                      hours: Located(8, at: Evidence(path: "t.csv")))
        }
    }

    @Test("A disk that fills up part-way through the time entries loses none and doubles none")
    func diskFillsUp() throws {
        let recorder = LogRecorder()
        let store = WorkerRowStore<TimeEntry>("time entries", memoryLimit: 10, directory: FileManager.default.temporaryDirectory,
                                              logger: Logger(label: "test") { _ in recorder }, spillByteLimit: 100_000,
                                              employeeId: { $0.employeeId.value }, waitsForRoster: { $0.identifiedByName })
        let entries = Self.entries(20_000, workers: 3)
        for start in stride(from: 0, to: entries.count, by: 500) { store.append(Array(entries[start..<start + 500])) }
        #expect(recorder.messages.contains { $0.contains("time entries are kept in memory") }, "the disk never filled up")
        #expect(store.count == entries.count)
        let batching = WorkerBatching(count: 4)
        let batches = store.batches(batching) { _ in }
        var all: [TimeEntry] = []
        for index in 0..<batching.count {
            let batch = try batches.take(index)
            let rows = batch.compactMap(\.employeeId.evidence.row)
            #expect(rows == rows.sorted(), "batch \(index) is not in input order")
            all += batch
        }
        #expect(all.count == entries.count)
        #expect(Set(all.compactMap(\.employeeId.evidence.row)) == Set(0..<entries.count))
        #expect(store.lost == nil)
    }

    @Test("Time entries past the limit go to disk and come back split by worker, in input order, those named without an ID linked to the roster")
    func storeSplitsByWorker() throws {
        let store = WorkerRowStore<TimeEntry>("time entries", memoryLimit: 10, directory: FileManager.default.temporaryDirectory,
                                              logger: Logger(label: "test"), employeeId: { $0.employeeId.value },
                                              waitsForRoster: { $0.identifiedByName })
        let entries = (0..<300).map { index in
            var entry = TimeEntry(employeeId: Located(index % 3 == 0 ? "Wang Fang" : "E\(index % 30)", at: Evidence(path: "t.csv", row: index)),
                                  date: Located(CivilDate(year: 2026, month: 7, day: 1 + index % 31)!, at: Evidence(path: "t.csv")),
                                  hours: Located(8, at: Evidence(path: "t.csv")))
            entry.identifiedByName = index % 3 == 0
            return entry
        }
        for start in stride(from: 0, to: 300, by: 25) { store.append(Array(entries[start..<start + 25])) }
        #expect(store.isSpilled)
        #expect(store.count == 300)
        var wang = Employee(id: Located("E900", at: Evidence(path: "roster.csv")))
        wang.name = Located("WANG Fang", at: Evidence(path: "roster.csv"))
        let linker = RosterNameLinker([wang])
        let batching = WorkerBatching(count: 4)
        var seen = 0
        let batches = store.batches(batching) { entry in
            linker.link(&entry)
            seen += 1
        }
        #expect(seen == 100, "only the rows named without an ID wait for the roster")
        var all: [TimeEntry] = []
        for index in 0..<batching.count {
            let batch = try batches.take(index)
            #expect(batch.allSatisfy { batching.batch(of: $0.employeeId.value) == index })
            let rows = batch.compactMap(\.employeeId.evidence.row)
            #expect(rows == rows.sorted(), "batch \(index) is not in input order")
            all += batch
        }
        #expect(all.count == 300)
        #expect(all.filter { $0.employeeId.value == "E900" }.count == 100)
        #expect(all.filter { $0.employeeId.value == "Wang Fang" }.isEmpty)
    }
}

/// Holds the extraction of `first.csv` until released; every other file is read at once.
final class HeldExtractor: DocumentExtractor, @unchecked Sendable {
    let release = DispatchSemaphore(value: 0)

    func accepts(_ input: ExtractionInput) -> Bool { input.fileExtension == "csv" }

    func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        if input.path == "first.csv" { release.wait() }
        return CSVExtractor().extract(input)
    }
}

@Suite("The document stage")
struct DocumentStageTests {
    @Test("Results waiting for a slow document before them are bounded, and all arrive in archive order")
    func boundedWaiting() async throws {
        let held = HeldExtractor()
        let pipeline = AuditPipeline(configuration: PipelineConfiguration(extractors: [held], workers: 2), logger: Logger(label: "test"))
        let delivered = LockedList()
        let stage = DocumentStage(reader: pipeline.makeReadingService(), workers: 2)
        let order = ArchiveOrder(ListedOutcomes(list: delivered, parts: false), window: stage.window)
        let entries = HandOff<DocumentStage.Entry>()
        let reading = Task { await stage.read(entries, into: order) }
        let submitted = LockedList()
        let paths = ["first.csv"] + (1...200).map { "month-\($0).csv" }
        let intake = Thread {
            for path in paths {
                let bytes = Data("Employee ID,Date,Hours\nE1,2026-07-01,8\n".utf8)
                entries.send(.file(path: path, bytes: bytes, sha256: DocumentProcessor.sha256(bytes)))
                submitted.append(path)
            }
            entries.finish()
        }
        intake.start()
        // Wait until intake stops taking entries in (or has taken them all).
        var last = -1
        while submitted.items.count != last, submitted.items.count < paths.count {
            last = submitted.items.count
            try await Task.sleep(for: .seconds(1))
        }
        let bound = 2 * DocumentStage.pendingPerWorker
        #expect(submitted.items.count <= bound, "\(submitted.items.count) entries taken in while the first was unread")
        #expect(delivered.items.isEmpty)
        held.release.signal()
        await reading.value
        #expect(submitted.items == paths)
        #expect(delivered.items == paths)
    }
}

/// Lists the path of each result `ArchiveOrder` adds (and "part of PATH" for each part, if `parts`).
struct ListedOutcomes: DocumentOutcomeSink {
    let list: LockedList
    let parts: Bool

    mutating func add(_ outcome: DocumentStage.Outcome) {
        switch outcome {
        case let .part(model): if parts { list.append("part of \(model.timeEntries.first?.date.evidence.path ?? "?")") }
        case let .read(record, _, _): list.append(record.path)
        case let .refused(record), let .copy(record, _): list.append(record.path)
        }
    }
}

/// A list appended to from several threads.
final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func append(_ item: String) {
        lock.lock()
        list.append(item)
        lock.unlock()
    }

    var items: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
