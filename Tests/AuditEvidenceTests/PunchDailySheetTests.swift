import AuditCore
import AuditLayout
@testable import AuditEvidence
import Testing

@Suite("DingTalk's daily report (钉钉 每日统计): one row per person and day, punches in columns of their own")
struct PunchDailySheetTests {
    /// A workbook sheet of `rows`, numbered from 1, as a workbook reader gives it.
    func sheet(_ rows: [[String]]) -> ExtractedDocument {
        let source = GridSource(path: "考勤报表.xlsx", sheet: "每日统计")
        let table = rows.enumerated().map { number, texts in
            texts.enumerated().map { Cell(text: $1, source: source, row: number + 1, column: $0) }
        }
        return ExtractedDocument(path: "考勤报表.xlsx", textSource: .spreadsheet, sheets: [SheetTable(name: "每日统计", rows: table)])
    }

    func read(_ document: ExtractedDocument) -> EvidenceModel {
        let layout = DocumentLayout(document)
        return EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
    }

    /// Laid out as github.com/cuiqyu/qinqin reads the real export: the title in A1, data from row 5,
    /// columns 姓名, 考勤组, 部门, 工号, 职位, UserId, 日期, 班次, then each punch's time and result,
    /// and 关联的审批单; dates as `20-09-01 星期二`, a punch after midnight as `次日 01:30`.
    static let header = ["姓名", "考勤组", "部门", "工号", "职位", "UserId", "日期", "班次",
                         "上班1打卡时间", "上班1打卡结果", "下班1打卡时间", "下班1打卡结果",
                         "上班2打卡时间", "上班2打卡结果", "下班2打卡时间", "下班2打卡结果", "关联的审批单"]
    static let report: [[String]] = [
        ["每日统计表 统计日期：2020-09-01 至 2020-09-30"],
        ["报表生成时间：2020-10-08 10:12"],
        header,
        Array(repeating: "", count: header.count),
        ["员工001", "车间", "生产部", "A017", "操作工", "0017", "20-09-01 星期二", "白班 08:00-17:00",
         "07:52", "正常", "17:31", "正常", "", "", "", "", ""],
        ["员工001", "车间", "生产部", "A017", "操作工", "0017", "20-09-02 星期三", "夜班 20:00-05:00",
         "19:48", "正常", "次日 05:10", "正常", "", "", "", "", ""],
        ["员工001", "车间", "生产部", "A017", "操作工", "0017", "20-09-05 星期六", "休息",
         "", "", "", "", "", "", "", "", ""],
        ["员工002", "车间", "生产部", "", "操作工", "0018", "20-09-01 星期二", "白班 08:00-17:00",
         "08:09", "迟到", "", "缺卡", "", "", "", "", ""],
        ["员工002", "车间", "生产部", "", "操作工", "0018", "20-09-02 星期三", "白班 08:00-17:00",
         "", "缺卡", "", "缺卡", "", "", "", "", ""],
        ["员工002", "车间", "生产部", "", "操作工", "0018", "20-09-03 星期四", "白班 08:00-17:00",
         "07:58", "正常", "12:00", "早退", "12:59", "正常", "17:02", "正常", ""],
        ["员工002", "车间", "生产部", "", "操作工", "0018", "20-09-04 星期五", "白班 08:00-17:00",
         "", "请假", "", "请假", "", "", "", "", "事假09-04 08:00到09-04 17:00"],
    ]

    @Test("Each row with two punches or more is a time entry of its date from the first punch to the last; a punch marked 次日 is on the next day")
    func entries() throws {
        let model = read(sheet(Self.report))
        let days = model.timeEntries.map { "\($0.employeeId.value) \($0.date.value) \($0.clockIn?.value ?? -1)-\($0.clockOut?.value ?? -1)" }
        #expect(days == ["A017 2020-09-01 472-1051", "A017 2020-09-02 1188-310", "员工002 2020-09-03 478-1022"])
        let night = try #require(model.timeEntries.dropFirst().first)
        #expect(abs(night.hours.value - 9 - 22 / 60.0) < 0.001, "19:48 to 05:10 the next morning")
        #expect(night.clockOut?.evidence.cell == "K6")
        #expect(model.timeEntries.last?.identifiedByName == true, "a person without 工号 is named, for the roster to link")
    }

    @Test("A day of one punch is a missing punch, a day marked 缺卡 without any punch is reported, and rest days and leave are not worked")
    func marks() {
        let problems = read(sheet(Self.report)).problems
        #expect(problems.map(\.evidence.cell) == ["I8", "J9"])
        #expect(problems[0].reason.contains("punched only once"))
        #expect(problems[1].reason.contains("no punch time") && problems[1].reason.contains("缺卡"))
    }

    @Test("A daily report without its period that writes two-digit years is reported, not read with guessed years")
    func noPeriod() {
        let model = read(sheet(Array(Self.report.dropFirst())))
        #expect(model.timeEntries.isEmpty)
        #expect(model.problems.count == 1 && model.problems[0].reason.contains("which period"))
    }

    @Test("A date outside the stated period is reported with its cell, and the other rows are still read")
    func dateOutsidePeriod() {
        var rows = Self.report
        rows[4][6] = "20-10-01 星期四"
        let model = read(sheet(rows))
        #expect(model.problems.first?.evidence.cell == "G5")
        #expect(model.timeEntries.count == 2)
    }

    /// WeCom's 上下班打卡_日报 sheet 概况统计与打卡明细 as public tools read the real export: a title,
    /// the period without its year, a header over two rows (each group in row 3 over its columns in
    /// row 4; 时间, 姓名, 账号, 打卡时间记录 and 打卡详情 over both), `2026/06/05 星期五` dates and `--`
    /// where there is nothing. The groups and columns are those the tool lists for all 58 columns.
    static let weComGroups: [(String, [String])] = [
        ("时间", []), ("姓名", []), ("账号", []), ("基础信息", ["部门", "职务"]),
        ("考勤概况", ["所属规则", "班次", "最早", "最晚", "打卡次数(次)", "标准工作时长(小时)", "实际工作时长(小时)", "假勤申请", "考勤结果"]),
        ("异常统计", ["异常合计(次)", "迟到次数(次)", "迟到时长(分钟)", "早退次数(次)", "早退时长(分钟)", "旷工次数(次)", "旷工时长(分钟)",
                  "缺卡次数(次)", "地点异常(次)", "设备异常(次)"]),
        ("外出打卡", ["外出打卡次数(次)", "最早", "最晚"]),
        ("加班统计", ["加班状态", "加班时长(小时)", "工作日加班计为调休(小时)", "工作日加班计为加班费(小时)", "休息日加班计为调休(小时)",
                  "休息日加班计为加班费(小时)", "节假日加班计为调休(小时)", "节假日加班计为加班费(小时)"]),
        ("假勤统计", ["补卡次数(次)", "审批打卡次数(次)", "外勤次数(次)", "外出(小时)", "出差(天)", "年假(天)", "事假(天)", "病假(天)", "调休假(天)",
                  "婚假(天)", "产假(天)", "陪产假(天)", "丧假(天)", "哺乳假(小时)", "产检假(天)", "护理假(天)", "育儿假(天)"]),
        ("上班1", ["打卡时间", "打卡状态"]), ("下班1", ["打卡时间", "打卡状态"]), ("打卡时间记录", []), ("打卡详情", []),
    ]

    /// A WeCom daily report of `days`, each the values of named columns (the rest `--`).
    static func weCom(_ days: [[String: String]]) -> [[String]] {
        let top = weComGroups.flatMap { group, columns in [group] + Array(repeating: "", count: max(0, columns.count - 1)) }
        let sub = weComGroups.flatMap { _, columns in columns.isEmpty ? [""] : columns }
        let keys = weComGroups.flatMap { group, columns in columns.isEmpty ? [group] : columns.map { group + $0 } }
        return [["概况统计与打卡明细"], ["统计时间:06-01 ～ 06-07     制表时间:2026-06-07 17:23(UTC+8)"], top, sub]
            + days.map { day in keys.map { day[$0] ?? "--" } }
    }

    static let weComWeek = weCom([
        ["时间": "2026/06/07 星期日", "姓名": "张三", "账号": "ZhangSan", "考勤概况班次": "休息", "考勤概况考勤结果": "休息"],
        ["时间": "2026/06/05 星期五", "姓名": "张三", "账号": "ZhangSan", "考勤概况最早": "08:56", "考勤概况最晚": "18:03",
         "考勤概况实际工作时长(小时)": "9.1", "考勤概况考勤结果": "正常", "上班1打卡时间": "08:56", "上班1打卡状态": "正常",
         "下班1打卡时间": "18:03", "下班1打卡状态": "正常", "打卡时间记录": "08:56 12:01 18:03", "外出打卡最早": "14:00", "外出打卡最晚": "15:30"],
        ["时间": "2026/06/03 星期三", "姓名": "张三", "账号": "ZhangSan", "考勤概况最早": "09:02", "考勤概况最晚": "09:02",
         "考勤概况考勤结果": "下班缺卡", "上班1打卡时间": "09:02", "上班1打卡状态": "正常", "下班1打卡状态": "缺卡", "打卡时间记录": "09:02"],
        ["时间": "2026/06/02 星期二", "姓名": "李四", "账号": "LiSi", "考勤概况考勤结果": "缺卡", "上班1打卡状态": "缺卡", "下班1打卡状态": "缺卡"],
    ])

    @Test("A WeCom daily report's header over two rows is read by its names: a day from its earliest to its latest punch, away-from-office punches left out")
    func weComEntries() throws {
        let model = read(sheet(Self.weComWeek))
        let days = model.timeEntries.map { "\($0.employeeId.value) \($0.date.value) \($0.clockIn?.value ?? -1)-\($0.clockOut?.value ?? -1)" }
        #expect(days == ["张三 2026-06-05 536-1083"])
        #expect(model.timeEntries.first?.identifiedByName == true)
    }

    @Test("In a WeCom daily report a day of one punch is a missing punch, a day marked 缺卡 without any punch is reported, and a rest day is not")
    func weComMarks() {
        let problems = read(sheet(Self.weComWeek)).problems
        #expect(problems.count == 2)
        #expect(problems.first?.reason.contains("punched only once") == true && problems.first?.reason.contains("2026-06-03") == true)
        #expect(problems.last?.reason.contains("李四 on 2026-06-02 has no punch time") == true)
    }

    @Test("A table of punch times without 上班N打卡时间 columns is not taken for a daily report")
    func notADailyReport() {
        let document = sheet([["姓名", "工号", "日期", "打卡时间"], ["李娜", "E001", "2026-06-03", "08:00 17:30"]])
        #expect(document.sheets.compactMap(PunchDailySheet.init).isEmpty)
    }
}
