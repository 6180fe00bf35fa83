import AuditCache
import AuditCore
import AuditEvidence
import AuditExtraction
import Dispatch
@testable import AuditPipeline
import AuditRules
import Foundation
import Logging
import Testing

@Suite("Documents read in parts")
struct DocumentPartsTests {
    let asOf = CivilDate(year: 2026, month: 7, day: 18)!

    /// A CSV timesheet of `workers` workers over the first `days` days of July 2026.
    static func timesheet(workers: Int, days: Int) -> Data {
        var text = "Employee ID,Date,Clock In,Clock Out\n"
        for day in 1...days {
            for worker in 1...workers { text += "E\(worker),2026-07-\(String(format: "%02d", day)),08:00,\(worker == 2 ? "21:30" : "17:00")\n" }
        }
        return Data(text.utf8)
    }

    func processor(rowsPerPart: Int, cache: ResultCache? = nil) -> DocumentProcessor {
        var configuration = PipelineConfiguration(cache: cache)
        configuration.rowsPerDocumentPart = rowsPerPart
        return AuditPipeline(configuration: configuration, logger: Logger(label: "test")).makeProcessor()
    }

    func newCache() throws -> ResultCache {
        try ResultCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID().uuidString)"),
                        logger: Logger(label: "test"))
    }

    /// The parts and the reading of one document, and whether it came from the cache.
    func process(_ processor: DocumentProcessor, _ bytes: Data) -> (parts: [EvidenceModel], reading: DocumentReading, fromCache: Bool) {
        var parts: [EvidenceModel] = []
        let result = processor.process(path: "time/july.csv", bytes: bytes) { parts.append($0) }
        return (parts, result.reading, result.fromCache)
    }

    @Test("A document of more rows than a part hands them on in parts whose rows, with the reading's, are those of the document read whole")
    func partsAndRest() {
        let bytes = Self.timesheet(workers: 6, days: 5)
        let (parts, reading, _) = process(processor(rowsPerPart: 4), bytes)
        let whole = process(processor(rowsPerPart: .max), bytes)
        #expect(parts.count == 7 && reading.parts == 7)
        #expect(whole.parts.isEmpty && whole.reading.parts == 0)
        #expect(parts.flatMap(\.timeEntries) + reading.evidence.timeEntries == whole.reading.evidence.timeEntries)
        #expect(reading.record == whole.reading.record)
    }

    @Test("Inspecting a document (auditready inspect) shows all of its rows, however long it is")
    func inspectionIsWhole() {
        let bytes = Self.timesheet(workers: 6, days: 5)
        let inspection = processor(rowsPerPart: 4).inspect(path: "time/july.csv", bytes: bytes)
        #expect(inspection.evidence.timeEntries.count == 30)
    }

    @Test("A document read in parts before is read back from the cache part by part; a part lost from the cache is read again without handing any part on twice")
    func cachedParts() throws {
        let cache = try newCache()
        let bytes = Self.timesheet(workers: 5, days: 4)
        let first = process(processor(rowsPerPart: 3, cache: cache), bytes)
        #expect(!first.fromCache && first.parts.count == 6)
        let again = process(processor(rowsPerPart: 3, cache: cache), bytes)
        #expect(again.fromCache)
        #expect(again.parts == first.parts)
        #expect(again.reading.evidence == first.reading.evidence)

        // Part 2 of the stored reading no longer decodes: parts 0 and 1 come from the cache, the
        // rest from reading the document again.
        let variant = processor(rowsPerPart: 3, cache: cache).readingVariant(path: "time/july.csv")
        cache.store("not a part", kind: .readingPart, sha256: DocumentProcessor.sha256(bytes), variant: DocumentProcessor.partVariant(variant, 2))
        let repaired = process(processor(rowsPerPart: 3, cache: cache), bytes)
        #expect(!repaired.fromCache)
        #expect(repaired.parts == first.parts)
        #expect(repaired.reading.evidence == first.reading.evidence)
    }

    @Test("Parts of a document wait for every earlier document to be delivered, and come before its own reading")
    func partsInArchiveOrder() async throws {
        let held = HeldExtractor()
        var configuration = PipelineConfiguration(extractors: [held], workers: 2)
        configuration.rowsPerDocumentPart = 5
        let pipeline = AuditPipeline(configuration: configuration, logger: Logger(label: "test"))
        let delivered = LockedList()
        let stage = DocumentStage(reader: pipeline.makeReadingService(), workers: 2)
        let order = ArchiveOrder(ListedOutcomes(list: delivered, parts: true), window: stage.window)
        let entries = HandOff<DocumentStage.Entry>()
        let reading = Task { await stage.read(entries, into: order) }
        for (path, bytes) in [("first.csv", Self.timesheet(workers: 1, days: 1)), ("long.csv", Self.timesheet(workers: 4, days: 3))] {
            let digest = DocumentProcessor.sha256(bytes)
            // Intake's side blocks until the stage asks: on a thread of its own, as intake is.
            await OwnThread.run("intake") { entries.send(.file(path: path, bytes: bytes, sha256: digest)) }
        }
        try await Task.sleep(for: .milliseconds(500))
        #expect(delivered.items.isEmpty, "parts of long.csv were delivered before first.csv: \(delivered.items)")
        held.release.signal()
        entries.finish()
        await reading.value
        #expect(delivered.items == ["first.csv", "part of long.csv", "part of long.csv", "long.csv"])
    }

    @Test("A sample read in parts of a few rows, its rows in memory or on disk, gets the report of one read whole",
          arguments: BatchedJudgementTests.samples)
    func sameReport(sample: String) throws {
        func check(rowsPerPart: Int, rowsInMemory: Int) throws -> AuditReport {
            try Self.check(sample: sample, asOf: asOf) {
                $0.rowsPerDocumentPart = rowsPerPart
                $0.workerRowsInMemory = rowsInMemory
            }
        }
        let whole = try check(rowsPerPart: .max, rowsInMemory: .max)
        #expect(try check(rowsPerPart: 3, rowsInMemory: .max) == whole)
        #expect(try check(rowsPerPart: 3, rowsInMemory: 7) == whole)
    }

    /// The report of a check of a Corpus sample against every shipped pack, with `configure`'s settings.
    static func check(sample: String, asOf: CivilDate, configure: (inout PipelineConfiguration) -> Void) throws -> AuditReport {
        let path = PipelineTests.repository.appendingPathComponent("Corpus/samples/\(sample)").path
        var configuration = PipelineConfiguration()
        configure(&configuration)
        return try AuditPipeline(configuration: configuration, logger: Logger(label: "test")).check(path, packs: BatchedJudgementTests().packs(), asOf: asOf)
    }
}
