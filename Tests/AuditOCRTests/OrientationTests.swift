@testable import AuditOCR
import AuditCore
import AuditExtraction
import Foundation
import Testing

@Suite("Pages scanned sideways, upside down or skewed")
struct OrientationTests {
    /// The sample's words as an upright page reads them.
    static let expected = ["Certificate", "DGFI2026-15079", "Qualified", "2027.04.18"]

    @Test("A page scanned sideways is turned upright and read, boxes on the upright page")
    func sideways() throws {
        let page = DrawnPage(lines: SampleText.license, width: 700, height: 1500, degrees: 90, fontSize: 34)
        let outcome = TestPool.images.extract(ExtractionInput(path: "sideways.png", bytes: page.png))
        let document = try #require(outcome.document)
        for word in Self.expected { #expect(document.words.contains(word)) }
        // Read upright, the page is 1500 x 700 pixels: 360 x 168 points, the title at the top left.
        let first = try #require(document.pages.first)
        #expect(abs(first.width - 360) < 0.01 && abs(first.height - 168) < 0.01)
        let title = try #require(first.words.first { $0.text == "Fire" })
        #expect(title.box.x0 < 30 && title.box.y0 < 30)
    }

    @Test("A page scanned upside down is turned upright and read")
    func upsideDown() throws {
        let page = DrawnPage(lines: SampleText.license, width: 1500, height: 700, degrees: 180, fontSize: 34)
        let outcome = TestPool.images.extract(ExtractionInput(path: "upside-down.png", bytes: page.png))
        let document = try #require(outcome.document)
        for word in Self.expected { #expect(document.words.contains(word)) }
        #expect(document.words.first == "Fire")
    }

    @Test("A phone photo stored sideways is turned upright by its EXIF orientation before it is read")
    func exifOrientation() throws {
        // Stored a quarter turn counter-clockwise, with Orientation 6: "turn 90° clockwise to view".
        let stored = DrawnPage(lines: SampleText.license, width: 700, height: 1500, degrees: -90, fontSize: 34)
        let jpeg = ImageBytes.jpeg(fromPNG: stored.png, exifOrientation: 6)
        #expect(ExifOrientation.quarterTurns(inJPEG: jpeg) == 1)
        let document = try ImageDocument(bytes: jpeg, format: .jpeg, maxPixels: 100_000_000)
        let page = try document.page(0).get()
        #expect(page.width == 1500 && page.height == 700)
        let outcome = TestPool.images.extract(ExtractionInput(path: "IMG_0412.jpg", bytes: jpeg))
        let words = try #require(outcome.document?.words)
        for word in Self.expected { #expect(words.contains(word)) }
    }

    @Test("A photo skewed by 4 degrees is straightened and read")
    func skewed() throws {
        let page = DrawnPage(lines: SampleText.license, width: 1500, height: 800, degrees: 4, fontSize: 34)
        let result = try #require(TestPool.shared.recognize([page.grey()]).first)
        #expect(abs(abs(result.skewCorrection) - 4) < 0.5)
        let words = result.words.map(\.text)
        for word in Self.expected { #expect(words.contains(word)) }
        // Straightened, each line's words share one baseline band.
        let line = result.words.filter { $0.line == result.words.first { $0.text == "Company" }?.line }
        let tops = line.map(\.top)
        #expect((tops.max() ?? 0) - (tops.min() ?? 0) < 20)
    }
}
