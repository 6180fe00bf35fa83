import AuditCore

/// A time clock's monthly attendance summary as ZKTeco's report software exports it: the
/// `考勤汇总` sheet of its 标准报表 workbook (`../shared/real-world/zkteco/`).
///
/// Drawn from the real export: a merged title row, `统计日期：` with the period as
/// `2026-07-01 ~ 2026-07-31`, a two-row header whose groups (`工作时数` over `标准`/`实际`,
/// `迟到`, `早退`, `加班时数` over `正常`/`特殊`) are merged across their items and whose single
/// columns are merged down both rows, hours as text `151:57`, days as `23/19`, counts as numbers.
enum SummaryWorkbook {
    /// The summary as an XLSX document of the archive.
    static func render(_ summary: MonthSummary, created: CivilDate) throws -> RenderedDocument {
        let month = summary.month
        let head: [XLSXWriter.Cell] = ["工号", "姓名", "所属部门", "工作时数", "", "迟到", "", "早退", "", "加班时数", "",
                                       "出勤天数\n(标准/实际)", "出差\n(天)", "旷工\n(天)", "请假\n(天)"].map(cell)
        let items: [XLSXWriter.Cell] = ["", "", "", "标准", "实际", "次数", "分数", "次数", "分数", "正常", "特殊",
                                        "", "", "", ""].map(cell)
        var rows: [[XLSXWriter.Cell]] = [[.text("考 勤 汇 总 表")],
                                         [.text("统计日期："), .text("\(month.firstDay) ~ \(month.lastDay)")],
                                         head, items]
        for line in summary.lines {
            rows.append([.text(line.employeeID), .text(line.employeeName), .text(line.department),
                         .text(clock(line.scheduledMinutes)), .text(clock(line.workedMinutes)),
                         .number("0"), .number("0"), .number("0"), .number("0"),
                         .text(clock(line.overtimeMinutes)), .text(clock(line.specialOvertimeMinutes)),
                         .text("\(line.scheduledDays)/\(line.workedDays)"), .number("0"),
                         .number(String(max(0, line.scheduledDays - line.workedDays))), .number("0")])
        }
        let groups = ["D3:E3", "F3:G3", "H3:I3", "J3:K3"]
        let singles = ["A", "B", "C", "L", "M", "N", "O"].map { "\($0)3:\($0)4" }
        let bytes = try XLSXWriter.workbook(rows, sheetName: "考勤汇总", merges: ["A1:O1", "B2:E2"] + groups + singles)
        var document = RenderedDocument(role: .attendanceSummary(month), type: .timesheet, bytes: bytes, created: created)
        document.fileExtension = "xlsx"
        return document
    }

    /// A text cell, empty for "".
    private static func cell(_ text: String) -> XLSXWriter.Cell { text.isEmpty ? .empty : .text(text) }

    /// Minutes as the clock prints hours: `151:57`.
    static func clock(_ minutes: Int) -> String {
        let rest = minutes % 60
        return "\(minutes / 60):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
