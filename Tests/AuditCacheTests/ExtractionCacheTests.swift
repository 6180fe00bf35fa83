import AuditCache
import AuditCore
import AuditExtraction
import Foundation
import Logging
import Testing

@Suite("Extraction cache")
struct ExtractionCacheTests {
    func directory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("auditready-cache-\(UUID().uuidString)")
    }

    let outcome = ExtractionOutcome(status: .ok, pageCount: 1, document: ExtractedDocument(
        path: "a.pdf", textSource: .pdfText,
        pages: [ExtractedPage(number: 1, width: 595, height: 842, words: [Word(text: "工资", box: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4))])]))

    @Test("A stored outcome comes back whole for the same content and extractor, across openings")
    func roundTrip() throws {
        let folder = directory()
        try ExtractionCache(directory: folder, logger: Logger(label: "test")).store(outcome, sha256: "abc", extractor: "v1")
        let reopened = try ExtractionCache(directory: folder, logger: Logger(label: "test"))
        let cached = try #require(reopened.outcome(sha256: "abc", extractor: "v1"))
        #expect(cached.document == outcome.document)
        #expect(cached.pageCount == 1)
    }

    @Test("Another extractor version or other content is a miss")
    func misses() throws {
        let cache = try ExtractionCache(directory: directory(), logger: Logger(label: "test"))
        cache.store(outcome, sha256: "abc", extractor: "v1")
        #expect(cache.outcome(sha256: "abc", extractor: "v2") == nil)
        #expect(cache.outcome(sha256: "abd", extractor: "v1") == nil)
    }

    @Test("A cache folder that cannot be created is an error that says what to do")
    func unusableFolder() {
        #expect {
            try ExtractionCache(directory: URL(fileURLWithPath: "/proc/auditready-cache"), logger: Logger(label: "test"))
        } throws: { error in
            (error as? CacheError)?.description.contains("--no-cache") == true
        }
    }
}
