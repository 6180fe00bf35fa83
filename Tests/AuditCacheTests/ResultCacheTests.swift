import AuditCache
import AuditCore
import AuditExtraction
import Foundation
import Logging
import Testing

@Suite("Result cache")
struct ResultCacheTests {
    func directory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("auditready-cache-\(UUID().uuidString)")
    }

    let outcome = ExtractionOutcome(status: .ok, pageCount: 1, document: ExtractedDocument(
        path: "a.pdf", textSource: .pdfText,
        pages: [ExtractedPage(number: 1, width: 595, height: 842, words: [Word(text: "工资", box: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4))])]))

    @Test("A stored outcome comes back whole for the same content and extractor, across openings")
    func roundTrip() throws {
        let folder = directory()
        try ResultCache(directory: folder, logger: Logger(label: "test")).store(outcome, sha256: "abc", extractor: "v1")
        let reopened = try ResultCache(directory: folder, logger: Logger(label: "test"))
        let cached = try #require(reopened.outcome(sha256: "abc", extractor: "v1"))
        #expect(cached.document == outcome.document)
        #expect(cached.pageCount == 1)
    }

    @Test("Another extractor version or other content is a miss")
    func misses() throws {
        let cache = try ResultCache(directory: directory(), logger: Logger(label: "test"))
        cache.store(outcome, sha256: "abc", extractor: "v1")
        #expect(cache.outcome(sha256: "abc", extractor: "v2") == nil)
        #expect(cache.outcome(sha256: "abd", extractor: "v1") == nil)
    }

    @Test("Opening the cache for another build deletes what older builds stored, and only that")
    func generations() throws {
        let folder = directory()
        let old = try ResultCache(directory: folder, generation: "build-1", logger: Logger(label: "test"))
        old.store(outcome, sha256: "abc", extractor: "v1")
        #expect(try ResultCache(directory: folder, generation: "build-1", logger: Logger(label: "test")).count() == 1)
        let new = try ResultCache(directory: folder, generation: "build-2", logger: Logger(label: "test"))
        #expect(try new.count() == 0)
        #expect(new.outcome(sha256: "abc", extractor: "v1") == nil)
    }

    @Test("Two caches open on one folder at once, as two checks running side by side, both store everything")
    func sideBySide() throws {
        let folder = directory()
        let caches = try (0..<2).map { _ in try ResultCache(directory: folder, logger: Logger(label: "test")) }
        let big = Array(repeating: String(repeating: "工资", count: 2000), count: 20)
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            for index in 0..<150 { caches[side].store(big, kind: .reading, sha256: "\(side)-\(index)", variant: "v1") }
        }
        #expect(try caches[0].count(of: .reading) == 300)
    }

    @Test("Only the latest whole checks are kept")
    func retainedChecks() throws {
        let cache = try ResultCache(directory: directory(), logger: Logger(label: "test"))
        for index in 0..<(ResultCache.retainedChecks + 5) { cache.store("report \(index)", kind: .check, sha256: "\(index)", variant: "v1") }
        cache.store(["a reading"], kind: .reading, sha256: "r", variant: "v1")
        #expect(try cache.count(of: .check) == ResultCache.retainedChecks)
        #expect(cache.value(String.self, kind: .check, sha256: "0", variant: "v1") == nil)
        #expect(cache.value(String.self, kind: .check, sha256: "\(ResultCache.retainedChecks + 4)", variant: "v1") == "report \(ResultCache.retainedChecks + 4)")
        #expect(try cache.count(of: .reading) == 1)
    }

    @Test("Readings and extractions of the same content are kept apart by kind")
    func kinds() throws {
        let cache = try ResultCache(directory: directory(), logger: Logger(label: "test"))
        cache.store(outcome, sha256: "abc", extractor: "v1")
        cache.store(["a reading"], kind: .reading, sha256: "abc", variant: "v1")
        #expect(cache.value([String].self, kind: .reading, sha256: "abc", variant: "v1") == ["a reading"])
        #expect(try cache.count(of: .extraction) == 1)
        #expect(try cache.count(of: .reading) == 1)
    }

    @Test("A stored value that no longer decodes as the asked type is a miss, not an error")
    func undecodable() throws {
        let cache = try ResultCache(directory: directory(), logger: Logger(label: "test"))
        cache.store(["text"], kind: .reading, sha256: "abc", variant: "v1")
        #expect(cache.value(ExtractionOutcome.self, kind: .reading, sha256: "abc", variant: "v1") == nil)
    }

    @Test("A cache folder that cannot be created is an error that says what to do")
    func unusableFolder() {
        #expect {
            try ResultCache(directory: URL(fileURLWithPath: "/proc/auditready-cache"), logger: Logger(label: "test"))
        } throws: { error in
            (error as? CacheError)?.description.contains("--no-cache") == true
        }
    }
}
