import AuditCore
import AuditLayout
@testable import AuditEvidence
import Testing

@Suite("Attendance apps' matrices of punch times (钉钉 打卡时间), one row per person and one column per day")
struct PunchMatrixSheetTests {
    /// A workbook sheet of `rows`, numbered from 1, as a workbook reader gives it.
    func sheet(_ rows: [[String]]) -> ExtractedDocument {
        let source = GridSource(path: "打卡时间.xlsx", sheet: "打卡时间")
        let table = rows.enumerated().map { number, texts in
            texts.enumerated().map { Cell(text: $1, source: source, row: number + 1, column: $0) }
        }
        return ExtractedDocument(path: "打卡时间.xlsx", textSource: .spreadsheet, sheets: [SheetTable(name: "打卡时间", rows: table)])
    }

    func read(_ document: ExtractedDocument) -> EvidenceModel {
        let layout = DocumentLayout(document)
        return EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
    }

    /// A week of June 2026 laid out as DingTalk exports it: 6 and 7 June (a weekend) headed 六 and
    /// 日 instead of their numbers; punches one per line with trailing spaces, one with 外勤.
    static let person = ["姓名", "考勤组", "部门", "工号", "职位", "UserId"]
    static let week: [[String]] = [
        ["打卡时间 统计日期：2026-06-03 至 2026-06-09"],
        ["报表生成时间：2026-06-10 09:00"],
        person + ["打卡时间", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "3", "4", "5", "六", "日", "8", "9"],
        ["员工001", "公司", "财务部", "H0004", "会计", "0001",
         "08:26  \n18:03  ", "08:07外勤\n18:09  ", "08:25  ", "", "", "08:30  \n12:00  \n13:00  \n18:30  ", "08:00  \n08:02  "],
        ["员工002", "未加入考勤组", "", "HHFX1", "总经理", "0002", "", "", "", "", "", "", ""],
        ["员工003", "公司", "质量部", "", "测试", "0003", "", "", "", "09:00  \n12:00  ", "", "", ""],
    ]

    @Test("Each column's date comes from the period and its position, so 六 and 日 columns are the 6th and 7th, and a day of two punches or more is a time entry from its first to its last punch")
    func columnsDatedByPosition() throws {
        let model = read(sheet(Self.week))
        let days = model.timeEntries.map { "\($0.employeeId.value) \($0.date.value) \($0.clockIn?.value ?? -1)-\($0.clockOut?.value ?? -1)" }
        #expect(days == ["H0004 2026-06-03 506-1083", "H0004 2026-06-04 487-1089", "H0004 2026-06-08 510-1110",
                         "员工003 2026-06-06 540-720"])
        let first = try #require(model.timeEntries.first)
        #expect(first.clockIn?.evidence.cell == "G5" && first.employeeId.evidence.cell == "D5")
        #expect(abs(first.hours.value - (1083 - 506 - 60) / 60.0) < 0.001)
        #expect(model.timeEntries.last?.identifiedByName == true, "a person without 工号 is named, for the roster to link")
        #expect(model.timeEntries.first?.identifiedByName == false)
    }

    @Test("A day with a single punch, or a burst of punches minutes apart, is a missing punch reported with its cell, never given hours")
    func singlePunches() {
        let problems = read(sheet(Self.week)).problems
        #expect(problems.map(\.evidence.cell) == ["I5", "M5"])
        #expect(problems.allSatisfy { $0.reason.contains("punched only once") && $0.reason.contains("H0004") })
        #expect(problems[0].reason.contains("2026-06-05") && problems[1].reason.contains("2026-06-09"))
    }

    @Test("Every person-day with punches is read or reported, so the matrix gets no rows-unread shortfall")
    func coverage() {
        var coverage = RowCoverage()
        let document = sheet(Self.week)
        let layout = DocumentLayout(document)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout), coverage: &coverage)
        #expect(model.timeEntries.count == 4 && coverage.rowsRead == 4 && coverage.rowsLeftOut == 2)
        #expect(coverage.shortfall(of: .timesheet) == nil)
    }

    @Test("A day heading that disagrees with the date its position gives is reported, and no punch is read with a doubtful date")
    func headingDisagrees() {
        var rows = Self.week
        rows[3][9] = "7"  // the 6th headed as the 7th: a column is missing or the period is wrong
        let model = read(sheet(rows))
        #expect(model.timeEntries.isEmpty)
        #expect(model.problems.count == 1)
        #expect(model.problems.first?.evidence.cell == "J4")
        #expect(model.problems.first?.reason.contains("headed '7' but is 2026-06-06") == true)
    }

    @Test("A weekday heading on a date of another weekday is reported too")
    func weekdayDisagrees() {
        var rows = Self.week
        rows[3][8] = "六"  // 5 June 2026 is a Friday
        let model = read(sheet(rows))
        #expect(model.timeEntries.isEmpty)
        #expect(model.problems.first?.reason.contains("headed '六' but is 2026-06-05") == true)
    }

    @Test("A day cell naming a holiday or a rest day (国庆节, 元旦, 春节, 休息) is a day off, not an unreadable cell; a word no mark knows is still reported")
    func holidayCells() {
        var rows = Self.week
        rows[4][9] = "国庆节"
        rows[4][10] = "休息"
        rows[5][6] = "元旦"
        rows[5][7] = "春节"
        rows[5][8] = "出勤了吗"
        let model = read(sheet(rows))
        #expect(model.problems.map(\.evidence.cell) == ["I5", "M5", "I6"])
        #expect(model.problems.last?.reason.contains("holds no clock time") == true)
        #expect(!model.timeEntries.contains { $0.date.value.day == 6 && $0.employeeId.value == "H0004" })
    }

    @Test("A matrix that does not state its period is reported, not read with guessed dates")
    func noPeriod() {
        let model = read(sheet(Array(Self.week.dropFirst())))
        #expect(model.timeEntries.isEmpty)
        #expect(model.problems.count == 1 && model.problems[0].reason.contains("which period"))
    }

    @Test("A table whose header names 打卡时间 but whose next row is data, not day headings, is not taken for a matrix")
    func notAMatrix() {
        let document = sheet([["姓名", "工号", "日期", "打卡时间"], ["李娜", "E001", "2026-06-03", "08:00 17:30"]])
        #expect(document.sheets.compactMap(PunchMatrixSheet.init).isEmpty)
        #expect(!PunchMatrixLayout.recognizes(document))
    }
}
