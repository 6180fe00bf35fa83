import AuditClassification
import AuditCore
import AuditEvidence
import Testing

@Suite("Classifying a time clock's raw punch log")
struct PunchLogClassificationTests {
    func sheet(_ lines: [[String]]) -> ExtractedDocument {
        let source = GridSource(path: "1_attlog.dat")
        let rows = lines.enumerated().map { line, texts in texts.enumerated().map { Cell(text: $1, source: source, row: line + 1, column: $0) } }
        return ExtractedDocument(path: "1_attlog.dat", textSource: .spreadsheet, sheets: [SheetTable(rows: rows)])
    }

    @Test("Lines of badge, punch time and code fields, without header or title, are a timesheet")
    func punchLogIsTimesheet() {
        let document = sheet([["583", "2020-12-01 07:56:36", "1", "1", "0", "0"], ["50", "2020-12-01 08:12:04", "1", "1", "0", "0"],
                              ["583", "2020-12-01 18:02:11", "1", "0", "0", "0"]])
        #expect(DocumentClassifier().classify(document, tables: TableDetector.tables(in: document)) == .timesheet)
    }

    @Test("A list of numbers and dates that is not shaped like punches is not taken for a punch log")
    func otherListIsNot() {
        let document = sheet([["583", "2020-12-01", "1"], ["50", "2020-12-02", "1"]])
        #expect(DocumentClassifier().classify(document, tables: TableDetector.tables(in: document)) != .timesheet)
    }
}
