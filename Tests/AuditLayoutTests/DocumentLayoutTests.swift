import AuditCore
@testable import AuditLayout
import Testing

/// A word of a text layer: 6 pt per character, 10 pt high, on the baseline `y`.
private func word(_ text: String, x: Double, y: Double) -> Word {
    Word(text: text, box: BoundingBox(x0: x, y0: y - 8, x1: x + Double(text.count) * 6, y1: y + 2))
}

/// A page holding one word per `(text, x, y)`.
private func page(_ number: Int, _ words: [(String, Double, Double)]) -> ExtractedPage {
    ExtractedPage(number: number, width: 595, height: 842, words: words.map { word($0.0, x: $0.1, y: $0.2) })
}

/// A sheet of `count` rows of one cell each, "row 1" to "row <count>".
private func sheet(rows count: Int) -> SheetTable {
    SheetTable(rows: (1...count).map { [Cell(text: "row \($0)", evidence: Evidence(path: "d.pdf", text: "row \($0)", row: $0))] })
}

@Suite("A document's layout")
struct DocumentLayoutTests {
    let pages = [page(1, [("Payroll", 40, 60), ("Name", 40, 100), ("Li", 200, 100), ("Na", 214, 100)]),
                 page(2, [("E001", 40, 60), ("2,600.00", 200, 60)]),
                 page(3, [("Company", 40, 60), ("Guangzhou", 200, 60), ("Ltd.", 200, 71)]),
                 page(4, [("Signed", 40, 60)])]

    @Test("Each page's lines are built once, when the layout is made, page by page in the document's order")
    func linesPerPage() {
        let document = ExtractedDocument(path: "d.pdf", textSource: .pdfText, pages: pages)
        let layout = DocumentLayout(document)
        #expect(layout.pageLines == pages.map(LineBuilder.lines(of:)))
        #expect(layout.pageLines.map { $0.map(\.page) } == [[1, 1], [2], [3, 3], [4]])
        #expect(layout.lines == layout.pageLines.flatMap { $0 })
        #expect(layout.lines.map(\.text) == ["Payroll", "Name Li Na", "E001 2,600.00", "Company Guangzhou", "Ltd.", "Signed"])
    }

    @Test("The opening rows are the first pages' lines, a wrapped value joined back to its cell, then each sheet's first rows")
    func openingRows() {
        let document = ExtractedDocument(path: "d.pdf", textSource: .mixed, pages: pages, sheets: [sheet(rows: 25)])
        let rows = DocumentLayout(document).openingRows.map { $0.map(\.text) }
        #expect(rows == [["Payroll"], ["Name", "Li Na"], ["E001", "2,600.00"], ["Company", "Guangzhou Ltd."]]
                + (1...DocumentLayout.openingSheetRows).map { ["row \($0)"] })
        #expect(DocumentLayout(document).openingRows[1].map(\.evidence.page) == [1, 1])
    }

    @Test("The printed rows are every line of every page as it stands, then every row of every sheet")
    func printedRows() {
        let document = ExtractedDocument(path: "d.pdf", textSource: .mixed, pages: pages, sheets: [sheet(rows: 25)])
        let rows = DocumentLayout(document).printedRows.map { $0.map(\.text) }
        #expect(rows.count == 6 + 25)
        #expect(rows[3...5] == [["Company", "Guangzhou"], ["Ltd."], ["Signed"]])
    }
}
