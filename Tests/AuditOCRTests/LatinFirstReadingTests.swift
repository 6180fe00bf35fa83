@testable import AuditOCR
import AuditCore
import Foundation
import Testing

@Suite("Reading a page with the Latin-script models first")
struct LatinFirstReadingTests {
    private func word(_ text: String, confidence: Double) -> RecognizedWord {
        RecognizedWord(text: text, left: 0, top: 0, right: 10, bottom: 10, confidence: confidence, line: 0)
    }

    @Test("A Latin reading stands when at most 1% of its characters read poorly; more, or nothing read, sends the page to every language")
    func judgement() {
        let strong = Array(repeating: word("Roster", confidence: 0.93), count: 20)
        #expect(LatinFirstReading(judging: strong) == .latin)
        #expect(LatinFirstReading(judging: strong + [word("i", confidence: 0.28)]) == .latin)
        #expect(LatinFirstReading(judging: strong + [word("AGAUX", confidence: 0.3)]) == .otherScript)
        // An inked page on which the Latin models found no word at all may be in another script.
        #expect(LatinFirstReading(judging: []) == .otherScript)
    }

    @Test("Only languages mixing Latin and other scripts are read Latin first, with the Latin ones")
    func latinLanguages() {
        #expect(LatinFirstReading.latinLanguages(of: ["eng", "chi_sim"]) == ["eng"])
        #expect(LatinFirstReading.latinLanguages(of: ["chi_sim", "eng", "vie"]) == ["eng", "vie"])
        #expect(LatinFirstReading.latinLanguages(of: ["eng"]) == nil)
        #expect(LatinFirstReading.latinLanguages(of: ["chi_sim", "chi_tra"]) == nil)
    }

    @Test("An English page is read without loading the Chinese model, and reads as it does with both")
    func englishPageNeedsNoChineseModel() throws {
        let page = DrawnPage(lines: SampleText.license, width: 1700, height: 800).grey()
        let latinFirst = try PageRecognizer(configuration: OCRConfiguration(readsLatinFirst: true))
        let together = try PageRecognizer(configuration: OCRConfiguration())
        let read = latinFirst.recognize(page)
        #expect(latinFirst.loadedTextModels == ["eng"])
        #expect(together.loadedTextModels == ["eng+chi_sim"])
        #expect(read.words.map(\.text) == together.recognize(page).words.map(\.text))
        #expect(read.words.map(\.text).contains("DGFI2026-15079"))
    }

    @Test("A Chinese page loads the Chinese model and reads its Chinese words")
    func chinesePage() throws {
        let lines = ["营业执照", "名称 东莞恒宝五金有限公司", "类型 有限责任公司", "住所 东莞市厚街镇科技路164号", "法定代表人 王建国"]
        let page = DrawnPage(lines: lines, width: 1500, height: 600, fontSize: 44, font: "WenQuanYi Micro Hei").grey()
        let recognizer = try PageRecognizer(configuration: OCRConfiguration(readsLatinFirst: true))
        let words = recognizer.recognize(page).words.map(\.text)
        #expect(recognizer.loadedTextModels == ["eng", "eng+chi_sim"])
        #expect(words.contains("营业执照"))
        let together = try PageRecognizer(configuration: OCRConfiguration())
        #expect(words == together.recognize(page).words.map(\.text))
    }

    @Test("English values beside a few Chinese labels keep both: the labels are read again with every language")
    func bilingualPage() throws {
        let lines = ["Company Name: Dongguan Hengbao Hardware Co., Ltd.", "Address: No. 164 Keji Road, Houjie Town",
                     "Certificate No.: DGFI2026-15079", "Inspection Result: Qualified", "Date of Issue: 2026.04.19",
                     "名称 Dongguan Hengbao Hardware Co., Ltd.", "Valid Until: 2027.04.18"]
        let page = DrawnPage(lines: lines, width: 1700, height: 800, fontSize: 40, font: "WenQuanYi Micro Hei").grey()
        let recognizer = try PageRecognizer(configuration: OCRConfiguration(readsLatinFirst: true))
        let words = recognizer.recognize(page).words.map(\.text)
        #expect(recognizer.loadedTextModels == ["eng", "eng+chi_sim"])
        #expect(words.contains("名称"))
        #expect(words.contains("DGFI2026-15079"))
    }
}

