import AuditCore
import AuditExtraction
import Testing

@Suite("Why a document could not be extracted, or only in part, in English and Chinese")
struct ExtractionReasonTests {
    @Test("Every reason extraction gives has an English and a Chinese text with the same placeholders, and the Chinese is Chinese",
          arguments: ExtractionReason.allCases)
    func hasBothLanguages(_ entry: ExtractionReason) {
        let text = entry.text
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(entry): \(text.en) | \(text.zh)")
        #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(entry) is not translated: \(text.zh)")
    }
}
