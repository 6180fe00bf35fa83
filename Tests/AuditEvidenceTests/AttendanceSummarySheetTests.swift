import AuditCore
import AuditLayout
@testable import AuditEvidence
import Testing

@Suite("Attendance summaries (考勤汇总): each worker's totals for a period, read beside the punches they summarise")
struct AttendanceSummarySheetTests {
    /// A workbook sheet of `rows`, numbered from 1, as a workbook reader gives it.
    func sheet(_ rows: [[String]], name: String = "考勤汇总") -> ExtractedDocument {
        let source = GridSource(path: "标准报表.xls", sheet: name)
        let table = rows.enumerated().map { number, texts in
            texts.enumerated().map { Cell(text: $1, source: source, row: number + 1, column: $0) }
        }
        return ExtractedDocument(path: "标准报表.xls", textSource: .spreadsheet, sheets: [SheetTable(name: name, rows: table)])
    }

    func read(_ document: ExtractedDocument) -> (model: EvidenceModel, coverage: RowCoverage) {
        var coverage = RowCoverage()
        let layout = DocumentLayout(document)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout), coverage: &coverage)
        return (model, coverage)
    }

    /// Laid out as the ZKTeco 标准报表's 考勤汇总 sheet in ../shared/real-world is: a title, the
    /// period in B2, a two-row header whose groups leave the cells they span blank, hours as
    /// `151:57` and days as `23/19`; the people here are made up.
    static let zkteco: [[String]] = [
        ["考 勤 汇 总 表", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["统计日期：", "2016-03-01 ~ 2016-03-31", "", "", "", "", "", "", "", "", "", "", ""],
        ["工号", "姓名", "所属部门", "工作时数", "", "迟到", "", "早退", "", "加班时数", "", "出勤天数\n(标准/实际)", "实际工资"],
        ["", "", "", "标准", "实际", "次数", "分数", "次数", "分数", "正常", "特殊", "", ""],
        ["301", "员工甲", "生产部", "184:00", "151:57", "0", "0", "1", "3", "0:00", "0:00", "23/19", ""],
        ["302", "员工乙", "生产部", "184:00", "176:00", "3", "59", "0", "0", "12:30", "8:00", "23/22", ""],
        ["合计", "", "", "368:00", "327:57", "", "", "", "", "12:30", "8:00", "", ""],
    ]

    @Test("The ZKTeco layout reads each person's actual hours (not the scheduled ones), the overtime columns added up, the actual days of 23/19, and the period from the title rows")
    func zktecoSummary() throws {
        let (model, coverage) = read(sheet(Self.zkteco))
        let summaries = model.attendanceSummaries
        #expect(summaries.map(\.employeeId.value) == ["301", "302"], "the 合计 row is no person")
        let first = try #require(summaries.first)
        #expect(abs((first.regularHours?.value ?? 0) - (151 + 57 / 60.0)) < 0.001)
        #expect(first.regularHours?.evidence.cell == "E5")
        #expect(first.overtimeHours?.value == 0 && first.daysWorked?.value == 19)
        #expect(first.name?.value == "员工甲")
        #expect(first.from.value == CivilDate(year: 2016, month: 3, day: 1)! && first.to.value == CivilDate(year: 2016, month: 3, day: 31)!)
        #expect(first.from.evidence.cell == "B2")
        let second = try #require(summaries.last)
        #expect(second.overtimeHours?.value == 20.5 && second.statedHours == 196.5)
        #expect(model.timeEntries.isEmpty && model.problems.isEmpty)
        #expect(coverage.shortfall(of: .timesheet) == nil, "a summary read whole is no timesheet left unread: \(coverage.shortfall(of: .timesheet) ?? "")")
    }

    @Test("A one-row header with the month in the title reads too: 2026年6月 is June 1 to 30")
    func oneRowHeader() throws {
        let rows = [["2026年6月考勤汇总表", "", "", ""],
                    ["工号", "姓名", "出勤工时", "加班工时"],
                    ["A01", "张三", "176", "36.5"]]
        let summary = try #require(read(sheet(rows)).model.attendanceSummaries.first)
        #expect(summary.from.value == CivilDate(year: 2026, month: 6, day: 1)! && summary.to.value == CivilDate(year: 2026, month: 6, day: 30)!)
        #expect(summary.regularHours?.value == 176 && summary.overtimeHours?.value == 36.5)
    }

    @Test("Hours given in minutes by the header (工作时长(分钟)) are read as hours")
    func minutes() throws {
        let rows = [["统计日期：2026-06-01 至 2026-06-30", "", "", ""],
                    ["工号", "姓名", "工作时长(分钟)", "加班时长(分钟)"],
                    ["A01", "张三", "10560", "90"]]
        let summary = try #require(read(sheet(rows)).model.attendanceSummaries.first)
        #expect(summary.regularHours?.value == 176 && summary.overtimeHours?.value == 1.5)
    }

    @Test("A summary of overtime alone states no total hours, and a column adding up the overtime is taken instead of its parts")
    func overtimeColumns() throws {
        let rows = [["2026年6月加班汇总", "", "", "", ""],
                    ["工号", "姓名", "平时加班", "周末加班", "加班总时长"],
                    ["A01", "张三", "20", "16", "36"]]
        let summary = try #require(read(sheet(rows)).model.attendanceSummaries.first)
        #expect(summary.overtimeHours?.value == 36 && summary.overtimeHours?.evidence.cell == "E3")
        #expect(summary.statedHours == nil, "no regular hours: the summary says nothing of the whole")
    }

    @Test("A sheet with a worker on several rows is a record of days, not a summary")
    func repeatedWorkersAreNoSummary() {
        let rows = [["2026年6月考勤明细", "", "", ""],
                    ["工号", "姓名", "工作时长", "加班时长"],
                    ["A01", "张三", "8", "2"],
                    ["A01", "张三", "8", "3"]]
        #expect(read(sheet(rows)).model.attendanceSummaries.isEmpty)
    }

    @Test("The period is found after a label or inside a title, and a totals row is told from a name that starts like one")
    func periodsAndTotals() throws {
        for title in ["考勤月份：2026年6月", "东莞某某制衣有限公司2026年6月考勤汇总"] {
            let rows = [[title, "", "", ""], ["工号", "姓名", "出勤工时", "加班工时"], ["A01", "Sumon", "176", "12"], ["Total", "", "176", "12"]]
            let summaries = read(sheet(rows)).model.attendanceSummaries
            #expect(summaries.count == 1 && summaries.first?.to.value == CivilDate(year: 2026, month: 6, day: 30)!, "\(title)")
        }
        let byName = [["2026年6月", "", ""], ["姓名", "出勤工时", "加班工时"], ["Sumon", "176", "12"], ["合 计", "176", "12"]]
        let summary = try #require(read(sheet(byName)).model.attendanceSummaries.first)
        #expect(summary.employeeId.value == "Sumon" && summary.identifiedByName)
        var linked = summary
        RosterNameLinker([{ var e = Employee(id: Located("E7", at: Evidence(path: "r"))); e.name = Located("Sumon", at: Evidence(path: "r")); return e }()]).link(&linked)
        #expect(linked.employeeId.value == "E7", "a summary by name takes the roster's ID, as the punches do")
    }

    @Test("A workbook's sheet without a recognised header beside a summary is still reported unread")
    func otherSheetsStillCount() {
        let summary = Self.zkteco
        let source = GridSource(path: "标准报表.xls", sheet: "备注")
        let other = SheetTable(name: "备注", rows: [["打卡人", "时刻", "设备"], ["甲", "08:00", "一号机"], ["乙", "08:05", "一号机"]].enumerated().map { number, texts in
            texts.enumerated().map { Cell(text: $1, source: source, row: number + 1, column: $0) }
        })
        var document = sheet(summary)
        document.sheets.append(other)
        let (_, coverage) = read(document)
        #expect(coverage.shortfall(of: .timesheet) != nil, "the second sheet's rows were not read, and the document must say so")
    }

    @Test("A summary that states no period is reported with a reason, and none of its totals is taken")
    func noPeriod() {
        let rows = [["考勤汇总", "", "", ""],
                    ["工号", "姓名", "出勤工时", "加班工时"],
                    ["A01", "张三", "176", "36.5"]]
        let (model, coverage) = read(sheet(rows))
        #expect(model.attendanceSummaries.isEmpty)
        #expect(model.problems.count == 1 && model.problems[0].reason.contains("does not say which period"))
        #expect(coverage.rowsLeftOut == 1)
    }

    @Test("A timesheet of single days is no summary, though it has an hours column: it is read as days")
    func dailyTimesheetIsNoSummary() {
        let rows = [["2026年6月考勤表", "", "", ""],
                    ["工号", "日期", "上班", "下班", "工时"],
                    ["A01", "2026-06-01", "08:00", "17:00", "8"]]
        let model = read(sheet(rows, name: "六月")).model
        #expect(model.attendanceSummaries.isEmpty)
        #expect(model.timeEntries.count == 1)
    }

    @Test("An hours cell that is no duration is reported and left out of the worker's totals; a dash is an empty cell")
    func badHours() throws {
        var rows = Self.zkteco
        rows[4][4] = "约150"
        rows[5][9] = "-"
        let (model, _) = read(sheet(rows))
        #expect(model.attendanceSummaries.count == 2)
        #expect(model.attendanceSummaries[0].regularHours == nil)
        #expect(model.attendanceSummaries[1].overtimeHours?.value == 8)
        #expect(model.problems.map(\.evidence.cell) == ["E5"])
    }
}
