@testable import AuditOCR
import AuditCore
import AuditExtraction
import Foundation
import Testing

@Suite("Chinese and bilingual documents")
struct ChineseTextTests {
    @Test("Chinese text reads with the default languages, a phrase as one word as in a PDF")
    func chinese() throws {
        let lines = ["营业执照", "统一社会信用代码 91441900732886441P", "名称 东莞恒宝五金有限公司", "Business License"]
        let page = DrawnPage(lines: lines, width: 1500, height: 600, fontSize: 44, font: "WenQuanYi Micro Hei")
        let outcome = TestPool.images.extract(ExtractionInput(path: "license.png", bytes: page.png))
        #expect(outcome.status == .ok)
        let words = try #require(outcome.document?.words)
        #expect(words.contains("营业执照"))
        #expect(words.contains("统一社会信用代码"))
        #expect(words.contains("91441900732886441P"))
        #expect(words.contains("Business") && words.contains("License"))
    }

    @Test("Neighbouring Chinese characters on a line are joined, overlapping boxes too; words apart or on other lines are not")
    func joiner() {
        // 40-pixel-high words: joined up to a 30-pixel gap.
        func word(_ text: String, _ left: Int, _ right: Int, line: Int = 0, confidence: Double = 0.9) -> RecognizedWord {
            RecognizedWord(text: text, left: left, top: 100, right: right, bottom: 140, confidence: confidence, line: line)
        }
        let joined = CJKWordJoiner.join([
            word("营业", 0, 80), word("执照", 106, 186, confidence: 0.7),  // 26-px gap: one phrase
            word("名", 300, 394), word("称", 369, 413),                     // overlapping boxes: one word
            word("东莞", 460, 540),                                         // 47-px gap: a new field
            word("2026", 560, 640), word("年", 644, 684),                   // a digit meets a character
            word("有限", 0, 80, line: 1),
        ])
        #expect(joined.map(\.text) == ["营业执照", "名称", "东莞", "2026", "年", "有限"])
        #expect(joined[0].left == 0 && joined[0].right == 186)
        #expect(joined[0].confidence == 0.7)
    }
}
