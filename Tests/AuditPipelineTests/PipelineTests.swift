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
        let cache = try ExtractionCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("pc-\(UUID().uuidString)"),
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

    @Test("Documents read concurrently are reported in archive order, the same as one at a time")
    func concurrencyKeepsOrder() throws {
        let asOf = CivilDate(year: 2026, month: 7, day: 18)!
        let serial = try AuditPipeline(configuration: PipelineConfiguration(workers: 1), logger: Logger(label: "test")).check(sample, packs: packs(), asOf: asOf)
        let parallel = try AuditPipeline(configuration: PipelineConfiguration(workers: 4), logger: Logger(label: "test")).check(sample, packs: packs(), asOf: asOf)
        #expect(serial == parallel)
        #expect(serial.documents.count > 5)
    }
}
