@testable import AuditOCR
import AuditCore
import AuditExtraction
import CCairo
import Foundation
import Testing

@Suite("Scans cleaned up before they are read: skew in either direction, specks, misread labels")
struct ScanCleanupTests {
    @Test("A page scanned sideways and 3 degrees off is straightened too, so each line's words share one baseline")
    func sidewaysAndSkewed() throws {
        let page = DrawnPage(lines: SampleText.license, width: 1500, height: 1500, degrees: 93, fontSize: 34)
        let result = try #require(TestPool.shared.recognize([page.grey()]).first)
        #expect(abs(abs(result.skewCorrection) - 3) < 0.5)
        let words = result.words.map(\.text)
        for word in OrientationTests.expected { #expect(words.contains(word)) }
        // Read upright and straight, a label and its value stay on one line.
        let company = try #require(result.words.first { $0.text == "Company" })
        let value = try #require(result.words.first { $0.text == "Hengbao" })
        #expect(company.line == value.line)
    }

    @Test("Isolated specks are painted white while dots that belong to text and bigger marks stay")
    func despeckle() throws {
        var pixels = [UInt8](repeating: 255, count: 200 * 100)
        func paint(_ x: Int, _ y: Int, _ w: Int, _ h: Int) {
            for row in y..<(y + h) { for column in x..<(x + w) { pixels[row * 200 + column] = 0 } }
        }
        paint(20, 20, 30, 30)    // a stroke of text
        paint(54, 40, 3, 3)      // a dot 4 pixels from it (the dot of 称, a full stop)
        paint(150, 70, 2, 2)     // a speck of dust far from any text
        paint(120, 20, 2, 3)     // another
        paint(150, 20, 5, 5)     // a mark too big to be a speck
        let image = try #require(LeptonicaImage(GreyImage(width: 200, height: 100, pixels: pixels, resolution: 300)))
        let cleaned = try #require(image.despeckled(resolution: 300).greyImage(resolution: 300))
        func at(_ x: Int, _ y: Int) -> UInt8 { cleaned.pixels[y * 200 + x] }
        #expect(at(30, 30) == 0 && at(55, 41) == 0 && at(152, 22) == 0)
        #expect(at(150, 70) == 255 && at(151, 71) == 255 && at(120, 21) == 255)
        #expect(LeptonicaImage.speckSize(resolution: 600) == 6 && LeptonicaImage.speckSize(resolution: 72) == 0)
    }

    @Test("A page goes into leptonica and comes back the same, whatever its width (four pixels to a word)")
    func leptonicaRoundTrip() throws {
        for width in [1, 3, 4, 7, 13] {
            let pixels = (0..<(width * 5)).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let image = GreyImage(width: width, height: 5, pixels: pixels, resolution: 300)
            #expect(try #require(LeptonicaImage(image)?.greyImage(resolution: 300)) == image)
        }
    }

    @Test("A page sprinkled with dust reads its labels and values on the lines they share, with no specks read as words")
    func dustyForm() throws {
        let page = DrawnPage(lines: ["Date of Issue:            2026.04.19", "Valid Until:               2027.04.18"],
                             width: 1500, height: 300, fontSize: 34)
        var grey = page.grey()
        let clean = grey
        /// Dust lands on paper, not on the ink: nothing dark within 12 pixels.
        func onPaper(_ x: Int, _ y: Int) -> Bool {
            for row in max(0, y - 12)..<min(clean.height, y + 15) {
                for column in max(0, x - 12)..<min(clean.width, x + 15) where clean.pixels[row * clean.width + column] < 200 { return false }
            }
            return true
        }
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<400 {
            let x = next(grey.width - 3), y = next(grey.height - 3), size = 1 + next(3)
            guard onPaper(x, y) else { continue }
            for row in y..<(y + size) { for column in x..<(x + size) { grey.pixels[row * grey.width + column] = 40 } }
        }
        let result = try #require(TestPool.shared.recognize([grey]).first)
        let lines = Dictionary(grouping: result.words, by: \.line).values.map { $0.map(\.text).joined(separator: " ") }
        #expect(lines.contains { $0.contains("Valid Until:") && $0.contains("2027.04.18") }, "\(lines)")
        #expect(result.words.allSatisfy { $0.text.contains { $0.isLetter || $0.isNumber } }, "\(result.words.map(\.text))")
    }

    @Test("A run of words read with low confidence is read again on its own, and the more confident reading kept")
    func rereadsPoorRun() throws {
        let page = DrawnPage(lines: ["Valid Until:          2027.04.18"], width: 1500, height: 160, fontSize: 40)
        let image = try #require(LeptonicaImage(page.grey()))
        let engine = try TesseractEngine(model: .text(languages: "eng+chi_sim"), tessdataPath: OCRConfiguration.debianTessdataPath)
        let words = engine.words(in: image, resolution: 300)
        #expect(words.map(\.text) == ["Valid", "Until:", "2027.04.18"])
        // What a noisy line gave: the label misread at low confidence (as "Bi 小" was for 名称 on a
        // scanned licence); the value read well.
        var misread = words
        misread[0].text = "Va1id"
        misread[0].confidence = 0.41
        misread[1].text = "Unti1;"
        misread[1].confidence = 0.55
        let reread = engine.rereading(misread, below: 0.75, in: image, resolution: 300, limit: 10)
        #expect(reread.map(\.text) == ["Valid", "Until:", "2027.04.18"])
        #expect(reread.allSatisfy { $0.line == words[0].line })
        // Nothing below the threshold: nothing is read again; no budget: nothing either.
        #expect(engine.rereading(misread, below: 0.1, in: image, resolution: 300, limit: 10) == misread)
        #expect(engine.rereading(misread, below: 0.75, in: image, resolution: 300, limit: 0) == misread)
    }

    @Test("The confidence of a reading weighs each word by its characters")
    func readingConfidence() {
        let words = [RecognizedWord(text: "名称:", left: 0, top: 0, right: 10, bottom: 10, confidence: 0.9, line: 0),
                     RecognizedWord(text: "X", left: 0, top: 0, right: 10, bottom: 10, confidence: 0.1, line: 0)]
        #expect(abs(TesseractEngine.confidence(of: words) - 0.7) < 1e-9)
        #expect(TesseractEngine.confidence(of: []) == 0)
    }
}
