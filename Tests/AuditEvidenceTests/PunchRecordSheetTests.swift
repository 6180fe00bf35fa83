import AuditCore
import AuditLayout
@testable import AuditEvidence
import Testing

@Suite("Printed attendance records (考勤记录表) of glued punches, two rows per person")
struct PunchRecordSheetTests {
    /// A workbook sheet of `rows`, numbered from 1 unless a row says otherwise, as a workbook
    /// reader gives it (rows without values left out).
    func record(_ rows: [(number: Int, cells: [String])]) -> ExtractedDocument {
        let source = GridSource(path: "kq.xls", sheet: "Sheet1")
        let table = rows.map { number, texts in texts.enumerated().map { Cell(text: $1, source: source, row: number, column: $0) } }
        return ExtractedDocument(path: "kq.xls", textSource: .spreadsheet, sheets: [SheetTable(name: "Sheet1", rows: table)])
    }

    func read(_ document: ExtractedDocument) -> EvidenceModel {
        let layout = DocumentLayout(document)
        return EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
    }

    /// A week across two months, three people: one with glued pairs and a single punch, one
    /// whose week has no punch (no row of days), one with times written apart.
    let week = [
        (1, ["考 勤 记 录 表"]),
        (2, ["考勤时间", "", "2026-06-29 ~ 2026-07-03", "", "", "制表时间", "", "2026-07-05"]),
        (3, ["29", "30", "1", "2", "3"]),
        (4, ["工 号:", "", "7", "", "姓 名:", "", "Mary", "", "部 门:", "", "公司"]),
        (5, ["09:3421:24", "", "17:34", "08:0012:00", ""]),
        (6, ["工 号:", "", "8", "", "姓 名:", "", "Bob"]),
        (8, ["工 号:", "", "9", "", "姓 名:", "", "Jack"]),
        (9, ["", "08:00 17:30", "", "", "08:02"]),
    ]

    @Test("Glued punches are split, each column's date comes from the period and its day number, and a day of two punches or more is a time entry")
    func gluedPunches() throws {
        let model = read(record(week))
        let days = model.timeEntries.map { "\($0.employeeId.value) \($0.date.value) \($0.clockIn?.value ?? -1)-\($0.clockOut?.value ?? -1)" }
        #expect(days == ["7 2026-06-29 574-1284", "7 2026-07-02 480-720", "9 2026-06-30 480-1050"])
        let first = try #require(model.timeEntries.first)
        #expect(first.clockIn?.evidence.cell == "A5" && first.clockIn?.evidence.sheet == "Sheet1")
        #expect(first.employeeId.evidence.cell == "C4")
        #expect(abs(first.hours.value - (1284 - 574 - 60) / 60.0) < 0.001)
    }

    @Test("A day with a single punch is a missing punch, reported with its cell and given no hours")
    func singlePunches() {
        let problems = read(record(week)).problems
        #expect(problems.map(\.evidence.cell) == ["C5", "E9"])
        #expect(problems.allSatisfy { $0.reason.contains("punched only once") })
        #expect(problems[0].reason.contains("badge 7") && problems[0].reason.contains("2026-07-01"))
    }

    @Test("A record that does not state its period is reported, not read with guessed dates")
    func noPeriod() {
        let model = read(record(week.filter { $0.0 != 2 }))
        #expect(model.timeEntries.isEmpty)
        #expect(model.problems.count == 1 && model.problems[0].reason.contains("period"))
    }
}
