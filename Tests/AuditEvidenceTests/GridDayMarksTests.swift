import AuditCore
import AuditLayout
@testable import AuditEvidence
import AuditFields
import Testing

/// Hand-kept monthly grids whose day cells hold marks (`√`, `休`, `事假`, `缺卡` …) instead of hours,
/// laid out as the real template is: day numbers over weekdays, a diagonal `日期/姓名` corner cell.
@Suite("Monthly attendance grids marked by hand")
struct GridDayMarksTests {
    /// July 2026 (the 1st a Wednesday, as the template's weekday row has it), a title naming the
    /// month, the header over three rows (序号 and 工号 merged down), summary columns after day 31.
    static func rows(_ people: [[String]]) -> [[String]] {
        let weekdays = ["三", "四", "五", "六", "日", "一", "二"]
        return [["2026年7月考勤表"],
                ["人员信息", "", ""] + (1...31).map(String.init) + ["应出勤", "事假"],
                ["序号", "工号", "   日期  姓名"] + (0..<31).map { weekdays[$0 % 7] } + ["", ""],
                ["序号", "工号", "   日期  姓名"] + Array(repeating: "", count: 33)]
            + people
    }

    /// A person's row: number, badge, name, then the day cells given (day 1 first), the rest blank.
    static func person(_ number: Int, _ badge: String, _ name: String, _ days: [String]) -> [String] {
        [String(number), badge, name] + days + Array(repeating: "", count: 31 - days.count) + ["22", ""]
    }

    func read(_ rows: [[String]]) -> (model: EvidenceModel, coverage: RowCoverage) {
        let table = rows.enumerated().map { number, texts in
            texts.map { Cell(text: $0, evidence: Evidence(path: "考勤表.xlsx", text: $0, row: number + 1)) }
        }
        let document = ExtractedDocument(path: "考勤表.xlsx", textSource: .spreadsheet, sheets: [SheetTable(name: "Sheet1", rows: table)])
        var coverage = RowCoverage()
        let layout = DocumentLayout(document)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout), coverage: &coverage)
        return (model, coverage)
    }

    static let marked = person(1, "9023", "李娜", ["√", "√", "√", "休", "休", "事假", "病假", "年假", "调休", "旷工",
                                                 "缺卡", "上班缺卡", "下班缺卡", "上班迟到", "G", "8"])

    @Test("A day marked worked is a time entry without hours; rest, leave and absence give none")
    func workedDaysOnly() {
        let entries = read(Self.rows([Self.marked])).model.timeEntries
        #expect(entries.map(\.date.value.day) == [1, 2, 3, 11, 12, 13, 14, 15, 16])
        #expect(entries.allSatisfy { $0.employeeId.value == "9023" })
        #expect(entries.filter(\.workedWithoutHours).map(\.date.value.day) == [1, 2, 3, 11, 12, 13, 14, 15])
        #expect(entries.filter(\.workedWithoutHours).allSatisfy { $0.hours.value == 0 })
        #expect(entries.last?.hours.value == 8 && entries.last?.workedWithoutHours == false)
    }

    @Test("A day marked with a missing punch is reported with its cell and which punch is missing, never given hours")
    func missingPunchesReported() {
        let problems = read(Self.rows([Self.marked])).model.problems
        #expect(problems.map(\.evidence.text) == ["缺卡", "上班缺卡", "下班缺卡", "G"])
        #expect(problems[1].reason.contains("clock-in punch is missing") && problems[2].reason.contains("clock-out punch is missing"))
        #expect(problems.allSatisfy { $0.reason.contains("9023") && $0.reason.contains("worked") })
        #expect(problems[0].reason.contains("2026-07-11"))
    }

    @Test("A day cell naming a public holiday (国庆节, 元旦, 春节, 端午节) is a day off: no entry and nothing unreadable")
    func holidayNames() {
        let (model, _) = read(Self.rows([Self.person(1, "9023", "李娜", ["国庆节", "元旦", "√", "春节", "端午节", "8"])]))
        #expect(model.timeEntries.map(\.date.value.day) == [3, 6])
        #expect(model.problems.isEmpty)
    }

    @Test("A word in a day cell that is no known mark is reported, not taken for a day off or a day worked")
    func unknownWord() {
        let (model, _) = read(Self.rows([Self.person(1, "9023", "李娜", ["√", "出勤半天?"])]))
        #expect(model.timeEntries.map(\.date.value.day) == [1])
        #expect(model.problems.count == 1 && model.problems[0].reason.contains("neither hours, clock times nor a mark"))
    }

    @Test("The header over three rows is one grid header: rows of people are read, and the coverage counts them all")
    func stackedHeaderCoverage() {
        let (model, coverage) = read(Self.rows([Self.marked, Self.person(2, "9027", "王芳", ["√", "√"])]))
        #expect(Set(model.timeEntries.map(\.employeeId.value)) == ["9023", "9027"])
        #expect(coverage.rowsRead == 2 && coverage.shortfall(of: .timesheet) == nil)
    }

    @Test("A grid whose day cells are all empty is a template not yet filled in, read as 0 rows with that reason")
    func unfilledTemplate() {
        let (model, coverage) = read(Self.rows([Self.person(1, "9023", "", []), Self.person(2, "9027", "", [])]))
        #expect(model.timeEntries.isEmpty && model.problems.isEmpty)
        let shortfall = coverage.shortfall(of: .timesheet)
        #expect(shortfall?.contains("read 0 of 2 rows") == true, "\(shortfall ?? "no shortfall")")
        #expect(shortfall?.contains("template not yet filled in") == true)
    }
}
