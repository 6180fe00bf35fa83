import AuditClassification
import AuditCore
import AuditEvidence
import AuditLayout
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
        #expect(classify(document) == .timesheet)
    }

    @Test("A list of numbers and dates that is not shaped like punches is not taken for a punch log")
    func otherListIsNot() {
        let document = sheet([["583", "2020-12-01", "1"], ["50", "2020-12-02", "1"]])
        #expect(classify(document) != .timesheet)
    }

    @Test("Attendance apps' daily reports and lists of punches (钉钉 每日统计 and 原始记录, 企业微信 上下班打卡_日报) are timesheets, so their own readers read them")
    func appExportsAreTimesheets() {
        let daily = sheet([["每日统计表 统计日期：2020-09-01 至 2020-09-30"], ["报表生成时间：2020-10-08 10:12"],
                           ["姓名", "考勤组", "部门", "工号", "职位", "UserId", "日期", "班次", "上班1打卡时间", "上班1打卡结果", "下班1打卡时间", "下班1打卡结果"],
                           Array(repeating: "", count: 12),
                           ["员工001", "车间", "生产部", "A017", "操作工", "0017", "20-09-01 星期二", "白班", "07:52", "正常", "17:31", "正常"]])
        let list = sheet([["原始记录 统计日期：2024-04-01 至 2024-04-30"], ["报表生成时间：2024-05-06 09:30"], ["姓名", "考勤日期", "考勤时间", "打卡结果"],
                          ["员工001", "2024-04-01", "2024-04-01 07:55:12", "正常"], ["员工001", "2024-04-01", "2024-04-01 19:31:02", "正常"]])
        let weCom = sheet([["概况统计与打卡明细"], ["统计时间:06-01 ～ 06-07     制表时间:2026-06-07 17:23(UTC+8)"],
                           ["时间", "姓名", "账号", "考勤概况", "", "", "打卡时间记录"], ["", "", "", "班次", "最早", "最晚", ""],
                           ["2026/06/05 星期五", "张三", "ZhangSan", "白班", "08:56", "18:03", "08:56 18:03"]])
        for document in [daily, list, weCom] {
            #expect(classify(document) == .timesheet)
        }
    }
}
