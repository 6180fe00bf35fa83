import AuditCore
import AuditRules
import Testing

@Suite("The rules' notes on a report, in English and Chinese")
struct RuleNoteTests {
    @Test("Every note the rules add has an English and a Chinese text with the same placeholders, and the Chinese is Chinese",
          arguments: RuleNote.allCases)
    func hasBothLanguages(_ entry: RuleNote) {
        let text = entry.text
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(entry): \(text.en) | \(text.zh)")
        #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(entry) is not translated: \(text.zh)")
    }
}
