import AuditCore
@testable import AuditPipeline
import Testing

@Suite("The pipeline's notes on a report, in English and Chinese")
struct PipelineNoteTests {
    @Test("Every note the pipeline adds has an English and a Chinese text with the same placeholders, and the Chinese is Chinese",
          arguments: PipelineNote.allCases)
    func hasBothLanguages(_ entry: PipelineNote) {
        let text = entry.text
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(entry): \(text.en) | \(text.zh)")
        #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(entry) is not translated: \(text.zh)")
    }
}
