import AuditCore
import AuditLayout
@testable import AuditEvidence
import Foundation
import Testing

@Suite("Reading a long document in parts")
struct ReadingInPartsTests {
    /// A CSV-like sheet of `rows`, each cell keeping only its line and column.
    func sheetDocument(_ rows: [[String]], path: String = "records.csv") -> ExtractedDocument {
        let source = GridSource(path: path)
        let cells = rows.enumerated().map { line, texts in
            texts.enumerated().map { Cell(text: $1, source: source, row: line + 1, column: $0) }
        }
        return ExtractedDocument(path: path, textSource: .spreadsheet, sheets: [SheetTable(rows: cells)])
    }

    /// The parts handed on and the rest, read with `rowsPerPart`.
    func readInParts(_ document: ExtractedDocument, type: DocumentType, rowsPerPart: Int) -> (parts: [EvidenceModel], rest: EvidenceModel) {
        var parts: [EvidenceModel] = []
        let layout = DocumentLayout(document)
        let rest = EvidenceReader().read(layout, type: type, tables: TableDetector.tables(in: layout), rowsPerPart: rowsPerPart) {
            parts.append($0)
        }
        return (parts, rest)
    }

    func whole(_ document: ExtractedDocument, type: DocumentType) -> EvidenceModel {
        let layout = DocumentLayout(document)
        return EvidenceReader().read(layout, type: type, tables: TableDetector.tables(in: layout))
    }

    func assembled(_ parts: [EvidenceModel], _ rest: EvidenceModel) -> EvidenceModel {
        var model = EvidenceModel()
        for part in parts { model.merge(part) }
        model.merge(rest)
        return model
    }

    @Test("A timesheet read in parts gives the rows and problems of one read whole, in the same order, its dates settled by the whole table")
    func timesheetInParts() throws {
        // 400 workers on 03/02/2026, as many rows as the document's own dates look at, leave the
        // order open; only the table's later days (13/02 on) settle it day-first.
        var rows = [["Employee ID", "Date", "Clock In", "Clock Out", "Total Hours"]]
        for worker in 1...400 { rows.append(["E\(worker)", "03/02/2026", "08:00", "17:00", worker == 2 ? "x7" : "8"]) }
        for day in 13...28 {
            for worker in 1...10 { rows.append(["E\(worker)", "\(day)/02/2026", "08:00", "17:00", "8"]) }
        }
        rows.append(["", "10/02/2026", "08:00", "17:00", "8"])
        rows.append(["Total", "", "", "", "4480"])
        let document = sheetDocument(rows)
        #expect(EvidenceReader.documentDateOrder(rows.joined()) == nil, "the document's first dates must leave the order open")
        let (parts, rest) = readInParts(document, type: .timesheet, rowsPerPart: 100)
        let whole = whole(document, type: .timesheet)
        #expect(parts.count == 560 / 100)
        #expect(parts.allSatisfy { $0.timeEntries.count >= 100 && $0.documents.isEmpty })
        #expect(rest.documents.count == 1)
        let same = assembled(parts, rest) == whole  // compared apart: a failure would print both models whole
        #expect(same)
        let third = try #require(whole.timeEntries.first { $0.employeeId.value == "E1" && $0.date.evidence.text == "03/02/2026" })
        #expect(third.date.value == CivilDate(year: 2026, month: 2, day: 3), "the table's later dates settle the order")
        #expect(whole.problems.count == 2, "the row without an ID and the unreadable hours: \(whole.problems.map(\.reason))")
    }

    @Test("A monthly attendance grid read in parts of fewer rows than a worker's month gives the entries of one read whole")
    func gridInParts() {
        var rows = [["考勤月份: 2026年7月"], ["工号", "姓名"] + (1...31).map(String.init)]
        for worker in 1...5 {
            rows.append(["E00\(worker)", "Worker \(worker)"] + (1...31).map { $0 % 7 == 0 ? "休" : worker == 3 && $0 == 2 ? "??" : "8+\($0 % 3)" })
        }
        let document = sheetDocument(rows, path: "grid.csv")
        let (parts, rest) = readInParts(document, type: .timesheet, rowsPerPart: 20)
        let whole = whole(document, type: .timesheet)
        #expect(parts.count == 5, "one worker's month a part")
        #expect(!whole.problems.isEmpty)
        let same = assembled(parts, rest) == whole  // compared apart: a failure would print both models whole
        #expect(same)
    }

    @Test("A payroll read in parts gives the pay lines and problems of one read whole")
    func payrollInParts() {
        var rows = [["Pay Period: 2026-06"], ["Employee ID", "Name", "Base Wage", "Overtime Pay", "Gross Pay", "Net Pay"]]
        for worker in 1...23 {
            rows.append(["E\(worker)", "Worker \(worker)", worker == 11 ? "x3000" : "3000.00", "120.00", "3120.00", "2800.00"])
        }
        let document = sheetDocument(rows, path: "payroll.csv")
        let (parts, rest) = readInParts(document, type: .payroll, rowsPerPart: 6)
        let whole = whole(document, type: .payroll)
        #expect(parts.count == 3)
        #expect(whole.payLines.count == 23 && whole.problems.count == 1)
        let same = assembled(parts, rest) == whole  // compared apart: a failure would print both models whole
        #expect(same)
    }

    @Test("A document shorter than a part is returned whole and hands nothing on")
    func shortDocument() {
        let document = sheetDocument([["Employee ID", "Date", "Hours"], ["E1", "2026-07-01", "8"], ["E1", "2026-07-02", "9"]])
        let (parts, rest) = readInParts(document, type: .timesheet, rowsPerPart: 5_000)
        #expect(parts.isEmpty)
        #expect(rest == whole(document, type: .timesheet))
    }
}

@Suite("Cells of grids")
struct GridCellTests {
    @Test("A CSV cell makes the evidence of its line, a worksheet cell that of its sheet and cell name, equal to the same cell given its evidence")
    func gridEvidence() throws {
        let csv = Cell(text: "8.5", source: GridSource(path: "a/time.csv"), row: 14, column: 3)
        #expect(csv.evidence == Evidence(path: "a/time.csv", text: "8.5", row: 14))
        #expect(csv == Cell(text: "8.5", evidence: Evidence(path: "a/time.csv", text: "8.5", row: 14)))
        let sheet = Cell(text: "E001", source: GridSource(path: "book.xlsx", sheet: "June"), row: 7, column: 27)
        #expect(sheet.evidence == Evidence(path: "book.xlsx", text: "E001", row: 7, sheet: "June", cell: "AB7"))
        #expect(sheet.hashValue == Cell(text: "E001", evidence: sheet.evidence).hashValue)
        let decoded = try JSONDecoder().decode(Cell.self, from: JSONEncoder().encode(sheet))
        #expect(decoded == sheet)
        var moved = csv
        moved.evidence.path = "b/time.csv"
        #expect(moved.evidence == Evidence(path: "b/time.csv", text: "8.5", row: 14))
    }

    @Test("A grid row's empty cells count as none, and its evidence is its line with every cell's text")
    func gridRow() {
        let source = GridSource(path: "t.csv")
        let cells = ["E1", "", "2026-07-01", "8"].enumerated().map { Cell(text: $1, source: source, row: 5, column: $0) }
        let row = DetectedTable.Row(grid: cells)
        #expect(row.cells.columns == [0, 2, 3])
        #expect(row.cells[1] == nil && row.cells[7] == nil && row.cells[2]?.text == "2026-07-01")
        #expect(row.evidence == Evidence(path: "t.csv", text: "E1, , 2026-07-01, 8", row: 5))
        let placed = DetectedTable.Row(cells: [0: cells[0], 2: cells[2], 3: cells[3]], evidence: row.evidence)
        #expect(placed == row)
    }
}
