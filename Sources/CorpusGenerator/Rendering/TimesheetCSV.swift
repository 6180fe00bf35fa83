import AuditCore

/// Renders one month's attendance export as CSV: one row per worker per day worked.
struct TimesheetCSV {
    private static let englishHeader = ["Date", "Employee ID", "Name", "Clock In", "Clock Out", "Regular Hours", "OT Hours"]
    private static let chineseHeader = ["日期", "工号", "姓名", "上班时间", "下班时间", "正常工时", "加班工时"]

    let month: YearMonth
    let rows: [WorkDay]
    let style: TimesheetStyle

    /// The month's CSV in its encoding, exported the day after the month ends.
    func render() throws -> RenderedDocument {
        let ordered = style.sortedByEmployee
            ? rows.sorted { ($0.employeeID, $0.date) < ($1.employeeID, $1.date) }
            : rows.sorted(by: AttendanceScheduler.timesheetOrder)
        let header = style.encoding == .gb18030 ? Self.chineseHeader : Self.englishHeader
        let lines = [header.joined(separator: ",")] + ordered.map { row in
            [date(row.date), row.employeeID, row.employeeName, row.clockIn.description, row.clockOut.description,
             Figures.hours(row.regularMinutes), Figures.hours(row.overtimeMinutes)].joined(separator: ",")
        }
        let text = Array((lines.joined(separator: style.lineEnding) + style.lineEnding).utf8)
        let bytes: [UInt8]
        switch style.encoding {
        case .utf8: bytes = text
        case .utf8BOM: bytes = [0xEF, 0xBB, 0xBF] + text
        case .gb18030: bytes = try TextConverter(from: "UTF-8", to: "GB18030").convert(text)
        }
        return RenderedDocument(role: .timesheet(month), type: .timesheet, bytes: bytes,
                                created: month.next.firstDay.adding(days: 1))
    }

    /// A Date cell in the export's format.
    private func date(_ value: CivilDate) -> String {
        switch style.dateFormat {
        case .iso: return value.description
        case .slashedUnpadded: return "\(value.year)/\(value.month)/\(value.day)"
        }
    }
}
