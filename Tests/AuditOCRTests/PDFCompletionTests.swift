@testable import AuditOCR
import AuditCore
import AuditExtraction
import Foundation
import Testing

@Suite("OCR of PDF pages without a text layer")
struct PDFCompletionTests {
    /// A 360 x 150 pt scan drawn at 300 dpi: 1500 x 625 pixels.
    static func scan(_ lines: [String]) -> PDFPageContent {
        .scan(DrawnPage(lines: lines, width: 1500, height: 625, fontSize: 40), dpi: 300)
    }

    static func read(_ pdf: Data) -> (ExtractionOutcome, ExtractionOutcome) {
        let input = ExtractionInput(path: "scan.pdf", bytes: pdf)
        let text = PDFTextExtractor().extract(input)
        return (text, TestPool.pages.complete(input, outcome: text))
    }

    @Test("An image-only PDF page is read by OCR, boxes in the page's points")
    func imageOnly() throws {
        let pdf = PDFDrawing.pdf([Self.scan(["Timesheet July 2026", "HR-2198 Xiao Xiao 08:00 17:30"])], width: 360, height: 150)
        let (text, outcome) = Self.read(pdf)
        #expect(text.status == .skipped)
        #expect(outcome.status == .ok)
        #expect(outcome.reason == nil)
        let document = try #require(outcome.document)
        #expect(document.textSource == .ocr)
        #expect(document.words == ["Timesheet", "July", "2026", "HR-2198", "Xiao", "Xiao", "08:00", "17:30"])
        let page = try #require(document.pages.first)
        #expect(page.width == 360 && page.height == 150)
        // Drawn from x = 60 px at 300 dpi: 14.4 pt.
        #expect(abs((page.words.first?.box.x0 ?? 0) - 14.4) < 2)
        #expect(outcome.ocrConfidence.map { $0 > 0.8 } == true)
    }

    @Test("A PDF with a text page and a scanned page becomes mixed, and the text page is untouched")
    func mixed() throws {
        let pdf = PDFDrawing.pdf([.text([("Employee Roster", 40, 40), ("HR-2198 Xiao Xiao", 40, 70)]),
                                  Self.scan(["Payroll Register", "Net Pay 3,276.20"])], width: 360, height: 150)
        let (text, outcome) = Self.read(pdf)
        #expect(text.pagesWithoutText == [2])
        #expect(outcome.status == .ok)
        let document = try #require(outcome.document)
        #expect(document.textSource == .mixed)
        #expect(document.pages.first == text.document?.pages.first)
        #expect(document.pages.first?.words.allSatisfy { $0.confidence == nil } == true)
        #expect(document.pages.last?.words.map(\.text) == ["Payroll", "Register", "Net", "Pay", "3,276.20"])
        #expect(outcome.pageCount == 2)
        #expect(outcome.reason == nil)
    }

    @Test("A blank scanned page in a PDF is named in the reason and the rest is read")
    func blankPage() throws {
        let pdf = PDFDrawing.pdf([Self.scan(["Payroll Register"]), Self.scan([])], width: 360, height: 150)
        let (_, outcome) = Self.read(pdf)
        #expect(outcome.status == .ok)
        #expect(outcome.document?.textSource == .ocr)
        #expect(outcome.reason == "page 2 is blank")
        #expect(outcome.document?.pages.last?.problem == "the page is blank")
    }

    @Test("Oversized PDF pages are rendered at the highest resolution within the pixel limit")
    func oversized() {
        // A 200 x 200 inch poster at 300 dpi would be 3.6 billion pixels.
        let dpi = PDFPageRasterizer.resolution(dpi: 300, widthPoints: 14400, heightPoints: 14400, maxPixels: 100_000_000)
        #expect(dpi == 50)
        #expect(PDFPageRasterizer.resolution(dpi: 300, widthPoints: 595, heightPoints: 842, maxPixels: 100_000_000) == 300)
    }
}
