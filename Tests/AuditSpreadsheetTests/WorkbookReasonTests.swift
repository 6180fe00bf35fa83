import AuditCore
@testable import AuditSpreadsheet
import Testing

@Suite("Why a workbook could not be read, in English and Chinese")
struct WorkbookReasonTests {
    @Test("Every reason a workbook reader gives has an English and a Chinese text with the same placeholders, and the Chinese is Chinese",
          arguments: WorkbookReason.allCases)
    func hasBothLanguages(_ entry: WorkbookReason) {
        let text = entry.text
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(entry): \(text.en) | \(text.zh)")
        #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(entry) is not translated: \(text.zh)")
    }
}
