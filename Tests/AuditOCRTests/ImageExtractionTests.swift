@testable import AuditOCR
import AuditCore
import AuditExtraction
import CCairo
import Foundation
import Testing

@Suite("OCR of image files")
struct ImageExtractionTests {
    @Test("Words from a PNG come back with their text, a box in points where they were drawn, and a confidence")
    func wordsAndBoxes() throws {
        // 1200 x 500 pixels at 300 dpi: 288 x 120 points. The first line's baseline is at y = 88 px.
        let page = DrawnPage(lines: ["Payroll Register", "Net Pay 3,276.20"], width: 1200, height: 500)
        let outcome = TestPool.images.extract(ExtractionInput(path: "scan.png", bytes: page.png))
        #expect(outcome.status == .ok)
        let document = try #require(outcome.document)
        #expect(document.textSource == .ocr)
        #expect(document.words == ["Payroll", "Register", "Net", "Pay", "3,276.20"])
        let first = try #require(document.pages.first)
        #expect(abs(first.width - 288) < 0.01 && abs(first.height - 120) < 0.01)
        let payroll = try #require(first.words.first)
        // Drawn from x = 60 px (14.4 pt) on a baseline at 88 px (21.1 pt): capitals rise about 29 px
        // (7 pt) above it and the y of "Payroll" descends about 8 px (2 pt) below.
        #expect(abs(payroll.box.x0 - 14.4) < 2)
        #expect(abs(payroll.box.y0 - 14.1) < 1.5)
        #expect(abs(payroll.box.y1 - 23.1) < 1.5)
        #expect(payroll.confidence.map { $0 > 0.8 && $0 <= 1 } == true)
        #expect(outcome.ocrConfidence.map { $0 > 0.8 } == true)
        #expect(outcome.pageCount == 1)
    }

    @Test("Every page of a multi-page TIFF is read, in order")
    func multipageTIFF() throws {
        let pages = ["First Page Roster", "Second Page Timesheet", "Third Page Payroll"].map {
            DrawnPage(lines: [$0], width: 1000, height: 300).png
        }
        let tiff = ImageBytes.multipageTIFF(pages)
        let outcome = TestPool.images.extract(ExtractionInput(path: "scans.tif", bytes: tiff))
        #expect(outcome.status == .ok)
        #expect(outcome.pageCount == 3)
        let document = try #require(outcome.document)
        #expect(document.pages.map(\.number) == [1, 2, 3])
        #expect(document.pages.map { $0.words.map(\.text).joined(separator: " ") }
                == ["First Page Roster", "Second Page Timesheet", "Third Page Payroll"])
    }

    @Test("A truncated PNG or JPEG is unreadable, with a reason saying to scan or export it again", arguments: ["png", "jpg"])
    func truncated(format: String) {
        let png = DrawnPage(lines: ["Business License"], width: 800, height: 300).png
        let bytes = format == "png" ? png : ImageBytes.jpeg(fromPNG: png, exifOrientation: 1)
        let outcome = TestPool.images.extract(ExtractionInput(path: "license.\(format)", bytes: bytes.prefix(bytes.count * 3 / 4)))
        #expect(outcome.status == .unreadable)
        let name = format == "png" ? "PNG" : "JPEG"
        #expect(outcome.reason == "the \(name) image is damaged or truncated and cannot be decoded: scan or export it again")
    }

    @Test("A header claiming 60000×60000 pixels is refused before any pixel is decoded")
    func tooLarge() {
        // The header, then what a cut-off download leaves: the start of the pixel data.
        let header = ImageBytes.pngHeader(width: 60000, height: 60000) + Data(repeating: 0, count: 64)
        let clock = ContinuousClock()
        var outcome: ExtractionOutcome?
        let elapsed = clock.measure {
            outcome = TestPool.images.extract(ExtractionInput(path: "huge.png", bytes: header))
        }
        #expect(outcome?.status == .unreadable)
        #expect(outcome?.reason == "image is 60000×60000 pixels, over the limit of 100 million pixels; scan it at 300 dpi")
        // Decoding 3.6 billion pixels would take seconds and gigabytes; reading a header takes nothing.
        #expect(elapsed < .milliseconds(200))
    }

    @Test("A blank page is skipped as blank")
    func blank() {
        let page = DrawnPage(lines: [], width: 1200, height: 1600)
        let outcome = TestPool.images.extract(ExtractionInput(path: "blank.png", bytes: page.png))
        #expect(outcome.status == .skipped)
        #expect(outcome.reason == "the page is blank")
        #expect(outcome.document?.pages.first?.words.isEmpty == true)
    }

    @Test("A photograph without text is skipped with the reason that no text was found")
    func photo() {
        let photo = DrawnPage(width: 1200, height: 900) { context in
            // Sky, ground, and a few soft shapes: tones, not letters.
            let gradient = cairo_pattern_create_linear(0, 0, 0, 900)
            cairo_pattern_add_color_stop_rgb(gradient, 0, 0.55, 0.7, 0.9)
            cairo_pattern_add_color_stop_rgb(gradient, 1, 0.25, 0.35, 0.2)
            cairo_set_source(context, gradient)
            cairo_paint(context)
            cairo_pattern_destroy(gradient)
            for (x, y, radius, shade) in [(300.0, 500.0, 160.0, 0.15), (800, 420, 220, 0.35), (600, 700, 120, 0.6)] {
                cairo_arc(context, x, y, radius, 0, 2 * .pi)
                cairo_set_source_rgb(context, shade, shade * 0.9, shade * 0.7)
                cairo_fill(context)
            }
        }
        let outcome = TestPool.images.extract(ExtractionInput(path: "IMG_2041.jpg", bytes: photo.png))
        #expect(outcome.status == .skipped)
        #expect(outcome.reason == "no text found (a photo?)")
    }

    @Test("Images are recognised by their first bytes, then by extension; a PDF named .png is left to the PDF reader")
    func accepts() {
        let extractor = TestPool.images
        let png = DrawnPage(lines: [], width: 10, height: 10).png
        #expect(extractor.accepts(ExtractionInput(path: "no-extension", bytes: png)))
        #expect(extractor.accepts(ExtractionInput(path: "photo.JPG", bytes: Data("not really".utf8))))
        #expect(!extractor.accepts(ExtractionInput(path: "scan.png", bytes: Data("%PDF-1.7 ...".utf8))))
        #expect(!extractor.accepts(ExtractionInput(path: "notes.csv", bytes: Data("BM,Name\n1,Li".utf8))))
        #expect(ImageFormat(signatureOf: Data([0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0])) == .tiff)
        #expect(ImageFormat(signatureOf: Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .webp)
    }

    @Test("A file named .jpg whose content is not an image is unreadable, with the reason")
    func notAnImage() {
        let outcome = TestPool.images.extract(ExtractionInput(path: "photo.jpg", bytes: Data("hello".utf8)))
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.hasPrefix("the file is named as a JPEG image but its content is not") == true)
    }
}
