import AuditCore
@testable import AuditOCR
import Testing

@Suite("Why OCR could not read pages, or read them with little confidence, in English and Chinese")
struct OCRReasonTests {
    @Test("Every reason OCR gives has an English and a Chinese text with the same placeholders, and the Chinese is Chinese",
          arguments: OCRReason.allCases)
    func hasBothLanguages(_ entry: OCRReason) {
        let text = entry.text
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(entry): \(text.en) | \(text.zh)")
        #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(entry) is not translated: \(text.zh)")
    }
}
