import AuditCore
@testable import AuditEvidence
import AuditLayout
import AuditFields
import Testing

/// Tables printed the way spreadsheets print them: headers centred over left- or right-aligned
/// values, cells close together, headers wider than their columns, empty cells.
@Suite("Columns rebuilt from the body rows")
struct ColumnRebuilderTests {
    static let names = ["Ren Yuting", "Ouyang Mingming", "Li Na", "Zhang Wei", "Huang Xiuying", "Wu Jun"]

    /// A payroll whose ID column runs 40-90 and name column 90-240, each header centred over its
    /// column, while IDs and names start 2 pt from their column's left edge.
    func payroll(amounts: (Int) -> String?) -> ExtractedDocument {
        let header = line([("Emp ID", 47), ("Name", 153), ("Month", 250), ("Net Pay", 316)], y: 100)
        let rows = Self.names.enumerated().map { index, name -> [Word] in
            var phrases: [(String, Double)] = [("HX00\(62 + index)", 42), (name, 92), ("2026-05", 245)]
            // Amounts are right-aligned at 370 under a header wider than most of them.
            if let amount = amounts(index) { phrases.append((amount, 370 - Double(amount.count) * 6)) }
            return line(phrases, y: 116 + Double(index) * 14)
        }
        return ExtractedDocument(path: "payroll.pdf", textSource: .pdfText, pages: [page(1, [header] + rows)])
    }

    @Test("A centred header over left-aligned IDs does not cut the names beside them")
    func centredHeaders() throws {
        let table = try #require(TableDetector.tables(in: DocumentLayout(payroll { ["3,100.00", "980.50", "12,000.00"][$0 % 3] })).first)
        #expect(table.rows.map { table.cell(.employeeId, in: $0)?.text } == (0..<6).map { "HX00\(62 + $0)" })
        #expect(table.rows.map { table.cell(.name, in: $0)?.text } == Self.names)
        #expect(table.rows.map { table.cell(.net, in: $0)?.text } == ["3,100.00", "980.50", "12,000.00", "3,100.00", "980.50", "12,000.00"])
    }

    @Test("An empty cell stays empty and ragged rows keep their columns")
    func emptyCells() throws {
        let table = try #require(TableDetector.tables(in: DocumentLayout(payroll { $0 == 2 ? nil : "1,000.0\($0)" })).first)
        #expect(table.rows.count == 6)
        #expect(table.rows.map { table.cell(.net, in: $0)?.text } == ["1,000.00", "1,000.01", nil, "1,000.03", "1,000.04", "1,000.05"])
        #expect(table.rows.map { table.cell(.name, in: $0)?.text } == Self.names)
    }

    @Test("The gutters of the body rows are the columns; gaps inside values are not")
    func gutters() {
        let lines = Self.names.enumerated().map { index, name in
            TextLine(page: 1, words: line([("HX00\(62 + index)", 42), (name, 92)], y: 116 + Double(index) * 14), cells: [])
        }
        let columns = ColumnRebuilder.dataColumns(of: lines)
        #expect(columns.count == 2)
        #expect(columns.first.map { $0.lowerBound == 42 && $0.upperBound >= 78 && $0.upperBound < 92 } == true)
    }

    @Test("Too few rows to tell keep the header's columns")
    func fewRows() {
        let lines = [TextLine(page: 1, words: line([("HX0062", 42), ("Ren Yuting", 92)], y: 116), cells: [])]
        #expect(ColumnRebuilder.bounds(headers: [47...83, 153...177], lines: lines) == nil)
    }
}
