import AuditCore
@testable import AuditExtraction
import AuditTestSupport
import Foundation
import Testing

@Suite("PDF text extraction through poppler-glib")
struct PDFExtractionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("Words come back with their text and a box where they were drawn, origin top-left")
    func wordsAndBoxes() throws {
        let pdf = PDFFixture.text(pages: [[("Payroll Register", 72, 100), ("Net Pay", 400, 200)]])
        let outcome = PDFTextExtractor().extract(ExtractionInput(path: "p.pdf", bytes: pdf))
        #expect(outcome.status == .ok)
        let words = try #require(outcome.document?.pages.first?.words)
        #expect(words.map(\.text) == ["Payroll", "Register", "Net", "Pay"])
        let net = try #require(words.first { $0.text == "Net" })
        #expect(abs(net.box.x0 - 400) < 2)
        #expect(net.box.y0 < 200 && net.box.y1 > 195)  // the baseline at y=200 sits inside the box
        #expect(outcome.document?.textSource == .pdfText)
    }

    @Test("Characters poppler runs together without a space are split where a gap shows on the page")
    func gapSplitsWords() {
        let box = { (x: Double) in BoundingBox(x0: x, y0: 100, x1: x + 6, y1: 110) }
        let words = WordAssembler.words(from: "No.Full", boxes: [box(0), box(6), box(12), box(60), box(66), box(72), box(78)])
        #expect(words.map(\.text) == ["No.", "Full"])
    }

    @Test("Each page is kept with its number and size")
    func pages() {
        let pdf = PDFFixture.text(pages: [[("one", 72, 72)], [("two", 72, 72)]])
        let outcome = PDFTextExtractor().extract(ExtractionInput(path: "p.pdf", bytes: pdf))
        #expect(outcome.pageCount == 2)
        #expect(outcome.document?.pages.map(\.number) == [1, 2])
        #expect(outcome.document?.pages.first?.width == 595)
    }

    @Test("A PDF with no text layer is skipped with the reason that it needs OCR")
    func imageOnly() {
        let outcome = PDFTextExtractor().extract(ExtractionInput(path: "scan.pdf", bytes: PDFFixture.imageOnly()))
        #expect(outcome.status == .skipped)
        #expect(outcome.reason?.contains("OCR") == true)
    }

    @Test("A PDF that is part text, part scan is read, and the reason names the pages without text")
    func mixed() throws {
        // Two pages: the first with text, the second without any.
        let pdf = PDFFixture.text(pages: [[("Roster", 72, 72)], []])
        let outcome = PDFTextExtractor().extract(ExtractionInput(path: "m.pdf", bytes: pdf))
        #expect(outcome.status == .ok)
        #expect(outcome.reason?.contains("page 2") == true)
    }

    @Test("A corrupt PDF is unreadable with a reason, not a crash")
    func corrupt() {
        var pdf = PDFFixture.text(pages: [[("Fire Safety Certificate", 72, 72)]])
        pdf = pdf.prefix(200) + Data(repeating: 0x41, count: 300)
        let outcome = PDFTextExtractor().extract(ExtractionInput(path: "bad.pdf", bytes: pdf))
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("corrupt") == true)
    }

    @Test("A password-protected PDF is unreadable with the reason that it needs a password")
    func encrypted() throws {
        let pdf = try Data(contentsOf: Self.fixtures.appendingPathComponent("password.pdf"))
        let outcome = PDFTextExtractor().extract(ExtractionInput(path: "locked.pdf", bytes: pdf))
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("password") == true)
    }
}

@Suite("CSV and text decoding")
struct CSVExtractionTests {
    @Test("A UTF-8 CSV is read into rows of cells, each knowing its line")
    func utf8() throws {
        let csv = Data("Date,Employee ID\n2026-07-01,E001\n".utf8)
        let outcome = CSVExtractor().extract(ExtractionInput(path: "t.csv", bytes: csv))
        let rows = try #require(outcome.document?.sheets.first?.rows)
        #expect(rows.map { $0.map(\.text) } == [["Date", "Employee ID"], ["2026-07-01", "E001"]])
        #expect(rows[1][1].evidence.row == 2)
    }

    @Test("A UTF-8 CSV with a byte-order mark loses the mark")
    func bom() throws {
        let csv = Data([0xEF, 0xBB, 0xBF]) + Data("工号,姓名\nE1,李娜\n".utf8)
        let rows = try #require(CSVExtractor().extract(ExtractionInput(path: "t.csv", bytes: csv)).document?.sheets.first?.rows)
        #expect(rows[0][0].text == "工号")
    }

    @Test("A GB18030 CSV, as Chinese Excel saves it, is decoded to the right characters")
    func gb18030() throws {
        // "工号,姓名\nE1,李娜\n" in GB18030.
        let bytes: [UInt8] = [0xB9, 0xA4, 0xBA, 0xC5, 0x2C, 0xD0, 0xD5, 0xC3, 0xFB, 0x0A, 0x45, 0x31, 0x2C, 0xC0, 0xEE, 0xC4, 0xC8, 0x0A]
        let outcome = CSVExtractor().extract(ExtractionInput(path: "t.csv", bytes: Data(bytes)))
        let rows = try #require(outcome.document?.sheets.first?.rows)
        #expect(rows.map { $0.map(\.text) } == [["工号", "姓名"], ["E1", "李娜"]])
    }

    @Test("Quoted fields keep commas, doubled quotes and line breaks")
    func quoting() {
        let records = CSVParser.parse("a,\"b, c\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\n", delimiter: ",")
        #expect(records.map(\.fields) == [["a", "b, c", "say \"hi\""], ["multi\nline", "x"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test("Fields lose the spaces and tabs around them, ideographic and no-break spaces too, and keep line breaks and inner spaces")
    func trimming() {
        let records = CSVParser.parse(" E1 ,\u{3000}李 娜\u{3000},8\t,\u{00A0}x,\"\nquoted\n\",plain,\u{200B}9\n", delimiter: ",")
        #expect(records.map(\.fields) == [["E1", "李 娜", "8", "x", "\nquoted\n", "plain", "\u{200B}9".trimmingCharacters(in: .whitespaces)]])
        let plain = "2026-07-01"
        #expect(CSVParser.trimmed(plain) == plain && CSVParser.trimmed("") == "" && CSVParser.trimmed(" \t ") == "")
    }

    @Test("Bytes that are neither UTF-8 nor GB18030 make the CSV unreadable with a reason")
    func undecodable() {
        let outcome = CSVExtractor().extract(ExtractionInput(path: "t.csv", bytes: Data([0x81, 0x20, 0xFF, 0xFE, 0x80])))
        #expect(outcome.status == .unreadable)
    }

    @Test("Images and workbooks are skipped with a reason a person can act on")
    func skipped() {
        let router = ExtractionRouter()
        #expect(router.extract(ExtractionInput(path: "a/scan.jpg", bytes: Data([0xFF, 0xD8]))).reason?.contains("OCR") == true)
        #expect(router.extract(ExtractionInput(path: "pay.ods", bytes: Data("PK".utf8))).reason?.contains(".xlsx") == true)
    }
}
