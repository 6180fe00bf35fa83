import AuditCore
import AuditIntake
import Testing

@Suite("Why intake refused an entry or could not read it, in English and Chinese")
struct IntakeReasonTests {
    @Test("Every reason intake gives has an English and a Chinese text with the same placeholders, and the Chinese is Chinese",
          arguments: IntakeReason.allCases)
    func hasBothLanguages(_ entry: IntakeReason) {
        let text = entry.text
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(entry): \(text.en) | \(text.zh)")
        #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(entry) is not translated: \(text.zh)")
    }
}
