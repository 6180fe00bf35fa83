import AuditCore
import AuditLayout
@testable import AuditEvidence
import AuditFields
import Testing

@Suite("Monthly attendance grids")
struct AttendanceGridTests {
    func cells(_ texts: [String], row: Int) -> [Cell] {
        texts.map { Cell(text: $0, evidence: Evidence(path: "grid.csv", text: $0, row: row)) }
    }

    @Test("A grid of workers by days 1-31 gives one time entry per worked day, dated from the grid's month")
    func sheetGrid() throws {
        let days = (1...31).map(String.init)
        var first = Array(repeating: "8", count: 31)
        first[4] = "休"; first[5] = ""          // 5 and 6 July off
        first[6] = "8+3"                          // 7 July: 8 regular + 3 overtime
        first[7] = "08:00-20:00"                  // 8 July: punches
        let sheet = SheetTable(rows: [cells(["考勤月份: 2026年7月"], row: 1), cells(["工号", "姓名"] + days, row: 2),
                                      cells(["E001", "李娜"] + first, row: 3)])
        let document = ExtractedDocument(path: "grid.csv", textSource: .spreadsheet, sheets: [sheet])
        let layout = DocumentLayout(document)
        let tables = TableDetector.tables(in: layout)
        let table = try #require(tables.first)
        #expect(table.isDayGrid)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: tables)
        #expect(model.timeEntries.count == 29)
        let seventh = try #require(model.timeEntries.first { $0.date.value == CivilDate(year: 2026, month: 7, day: 7) })
        #expect(seventh.hours.value == 11 && seventh.overtimeHours?.value == 3)
        let eighth = try #require(model.timeEntries.first { $0.date.value == CivilDate(year: 2026, month: 7, day: 8) })
        #expect(eighth.hours.value == 11)  // 12 h of punches less the 12:00-13:00 meal break
        #expect(eighth.clockIn?.value == 8 * 60)
        #expect(model.problems.isEmpty)
    }

    @Test("A grid whose month cannot be found is reported, not guessed")
    func missingMonth() throws {
        let sheet = SheetTable(rows: [cells(["Emp No", "Name"] + (1...31).map(String.init), row: 1),
                                      cells(["E001", "Li Na"] + Array(repeating: "8", count: 31), row: 2)])
        let document = ExtractedDocument(path: "grid.csv", textSource: .spreadsheet, sheets: [sheet])
        var coverage = RowCoverage()
        let layout = DocumentLayout(document)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout), coverage: &coverage)
        #expect(model.timeEntries.isEmpty)
        #expect(coverage.shortfall(of: .timesheet)?.contains("read 0 of 1 row of this timesheet: the day columns have no dates") == true)
        #expect(coverage.shortfall(of: .timesheet)?.contains("which month") == true)
    }

    @Test("A grid drawn on a PDF page, with day numbers printed close together, is read column by column")
    func pageGrid() throws {
        var header = line([("Emp No.", 20), ("Name", 70)], y: 100)
        var row = line([("E001", 20), ("Li Na", 70)], y: 116)
        for day in 1...31 {
            let x = 120 + Double(day - 1) * 14
            header.append(word(String(day), x: x, y: 100))
            if day != 5 { row.append(word(day == 3 ? "11" : "8", x: x, y: 116)) }
        }
        let title = line([("Attendance Record - July 2026", 20)], y: 60)
        let document = ExtractedDocument(path: "grid.pdf", textSource: .pdfText, pages: [page(1, [title, header, row])])
        let layout = DocumentLayout(document)
        let tables = TableDetector.tables(in: layout)
        #expect(tables.first?.isDayGrid == true)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: tables)
        #expect(model.timeEntries.count == 30)
        #expect(model.timeEntries.first { $0.date.value.day == 3 }?.hours.value == 11)
    }

    @Test("Day numbers that run 26 to 25, a pay cycle across two months, still make a grid header")
    func wrappedCycle() {
        #expect(HeaderMatcher.isDaySequence(Array(26...31) + Array(1...25)))
        #expect(!HeaderMatcher.isDaySequence(Array(1...19)))
        #expect(!HeaderMatcher.isDaySequence([1, 2, 3, 5] + Array(6...25)))
    }
}
