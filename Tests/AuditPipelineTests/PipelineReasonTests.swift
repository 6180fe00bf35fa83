import AuditCore
@testable import AuditPipeline
import Testing

@Suite("Why the pipeline did not read or use a document, in English and Chinese")
struct PipelineReasonTests {
    @Test("Every reason the pipeline gives has an English and a Chinese text with the same placeholders, and the Chinese is Chinese",
          arguments: PipelineReason.allCases)
    func hasBothLanguages(_ entry: PipelineReason) {
        let text = entry.text
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(entry): \(text.en) | \(text.zh)")
        #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(entry) is not translated: \(text.zh)")
    }
}
