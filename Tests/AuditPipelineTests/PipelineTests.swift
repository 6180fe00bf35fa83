import AuditCache
import AuditCore
import AuditExtraction
@testable import AuditPipeline
import AuditRules
import Foundation
import Logging
import Testing

/// Counts extractions, to tell what a run had to read anew.
final class CountingExtractor: DocumentExtractor, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var calls: [String] = []

    func accepts(_ input: ExtractionInput) -> Bool { input.fileExtension == "csv" || input.fileExtension == "pdf" }

    func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        lock.lock()
        calls.append(input.path)
        lock.unlock()
        return input.fileExtension == "csv" ? CSVExtractor().extract(input) : PDFTextExtractor().extract(input)
    }
}

@Suite("The pipeline")
struct PipelineTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let sample = repository.appendingPathComponent("Corpus/samples/violations-zip.zip").path

    func packs() throws -> [RulePack] {
        try RulePackLoader(directories: [Self.repository.appendingPathComponent("Rules")]).load(["china-labor-law"])
    }

    @Test("A warm re-check with the cache extracts nothing and gives the same report")
    func warmRecheck() throws {
        let cache = try ResultCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("pc-\(UUID().uuidString)"),
                                        logger: Logger(label: "test"))
        let counter = CountingExtractor()
        let pipeline = AuditPipeline(configuration: PipelineConfiguration(extractors: [counter], cache: cache), logger: Logger(label: "test"))
        let asOf = CivilDate(year: 2026, month: 7, day: 18)!
        let cold = try pipeline.check(sample, packs: packs(), asOf: asOf)
        let coldCalls = counter.calls.count
        let warm = try pipeline.check(sample, packs: packs(), asOf: asOf)
        #expect(coldCalls > 0)
        #expect(counter.calls.count == coldCalls)
        #expect(warm == cold)
    }

    @Test("Re-checking a folder where one file changed reads only that file anew")
    func oneFileChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pc-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "工号,姓名,出生日期\nE001,Li Lei,1990-01-02\n".write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
        try "Emp No,Date,Hours\nE001,2026-07-01,8\n".write(to: folder.appendingPathComponent("timesheet.csv"), atomically: true, encoding: .utf8)
        let cache = try ResultCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("pc-\(UUID().uuidString)"),
                                    logger: Logger(label: "test"))
        let counter = CountingExtractor()
        let pipeline = AuditPipeline(configuration: PipelineConfiguration(extractors: [counter], cache: cache), logger: Logger(label: "test"))
        let asOf = CivilDate(year: 2026, month: 7, day: 18)!
        let first = try pipeline.check(folder.path, packs: packs(), asOf: asOf)
        #expect(counter.calls.count == 2)
        try "Emp No,Date,Hours\nE001,2026-07-01,13\n".write(to: folder.appendingPathComponent("timesheet.csv"), atomically: true, encoding: .utf8)
        let changed = try pipeline.check(folder.path, packs: packs(), asOf: asOf)
        #expect(counter.calls.count == 3)
        #expect(counter.calls.last?.hasSuffix("timesheet.csv") == true)
        let sha = { (report: AuditReport) in report.documents.first { $0.path.hasSuffix("timesheet.csv") }?.sha256 }
        #expect(sha(changed) != nil && sha(changed) != sha(first), "the changed file is reported as it is now")
        #expect(changed.documents.first { $0.path.hasSuffix("roster.csv") } == first.documents.first { $0.path.hasSuffix("roster.csv") })
        #expect(try cache.count(of: .reading) == 3)
        #expect(try cache.count(of: .extraction) == 0, "text extraction is quicker to redo than to store")
    }

    @Test("Documents read concurrently are reported in archive order, the same as one at a time")
    func concurrencyKeepsOrder() throws {
        let asOf = CivilDate(year: 2026, month: 7, day: 18)!
        let serial = try AuditPipeline(configuration: PipelineConfiguration(workers: 1), logger: Logger(label: "test")).check(sample, packs: packs(), asOf: asOf)
        let parallel = try AuditPipeline(configuration: PipelineConfiguration(workers: 4), logger: Logger(label: "test")).check(sample, packs: packs(), asOf: asOf)
        #expect(serial == parallel)
        #expect(serial.documents.count > 5)
    }
}
