import AuditCore
import AuditFields
import Foundation

/// A summary of each worker's period (考勤汇总, 月度汇总), as time clocks and HR tools export it.
///
/// Modelled on the ZKTeco 标准报表's 考勤汇总 sheet: a title, a period row (`统计日期：`
/// `2016-03-01 ~ 2016-03-31`), a header of two rows in which a group name stands over its items
/// (`工作时数` over `标准` and `实际`, `加班时数` over `正常` and `特殊`; the workbook leaves the cells a
/// merged group spans blank), then one row per person with hours as text (`151:57`) and days as
/// `23/19` under `出勤天数 (标准/实际)`. A one-row header (`工号 姓名 出勤工时 加班工时`) and a
/// month in the title (`2026年6月考勤汇总`) read too. What is scheduled (`标准`, `应出勤`) is not
/// what was worked and is left out.
struct AttendanceSummarySheet {
    var summaries: [AttendanceSummary] = []
    /// Why rows or values of the sheet could not be read.
    var problems: [ReadProblem] = []
    /// The sheet's name, which its rows' evidence carries.
    var name: String?
    /// The pages of a PDF the summary was printed on (`PrintedSummaryPages`); empty for a sheet.
    var pages: Set<Int> = []

    /// True when `evidence` was read from this summary: its sheet, or one of its printed pages.
    func holds(_ evidence: Evidence) -> Bool {
        pages.isEmpty ? evidence.sheet == name : evidence.sheet == nil && evidence.page.map(pages.contains) == true
    }

    /// What a column of the summary holds.
    enum Role: Equatable {
        case employeeId, name
        /// Hours columns; `inMinutes` when the header gives the unit as minutes (`工作时长(分钟)`).
        case regularHours(inMinutes: Bool), totalHours(inMinutes: Bool)
        /// Overtime; `isTotal` for a column that adds up the others (`加班总时长`, `合计` under `加班时数`).
        case overtimeHours(inMinutes: Bool, isTotal: Bool)
        /// Days worked; `part` is the position of the actual in a value such as `23/19`.
        case daysWorked(part: Int?)
    }

    /// Fields of a header of which a summary names at least one: what was worked.
    static let summaryFields: Set<CanonicalField> = [.regularHours, .totalHours, .otHours, .restDayOtHours, .holidayOtHours, .daysWorked]
    /// Fields of a header that make it a record of single days or punches, not a summary.
    static let dayFields: Set<CanonicalField> = [.date, .weekday, .clockIn, .clockOut, .punches, .shift]
    /// Words under a group name that say the column is scheduled, not worked.
    static let scheduledWords = ["标准", "应出勤", "应到", "应出", "计划", "排班", "scheduled", "standard", "required", "planned"]
    /// Words under a group name that say the column is what was worked.
    static let actualWords = ["实际", "实到", "实出勤", "实出", "actual", "worked"]

    /// The summary in `sheet`, or nil when the sheet is not laid out as one: a header naming a
    /// worker column and a column of hours or days worked, no column of dates or punches, and no
    /// row of day numbers.
    init?(_ sheet: SheetTable) {
        let rows = sheet.rows
        guard let headerIndex = rows.prefix(12).indices.first(where: { Self.isHeader(rows[$0]) }) else { return nil }
        name = sheet.name
        let header = rows[headerIndex]
        var firstDataRow = headerIndex + 1
        var lower: [Cell] = []
        if firstDataRow < rows.count, Self.isSubHeader(rows[firstDataRow], below: header) {
            lower = rows[firstDataRow]
            firstDataRow += 1
        }
        let roles = Self.roles(upper: header, lower: lower)
        guard roles.values.contains(where: { $0 == .employeeId || $0 == .name }),
              roles.values.contains(where: { $0 != .employeeId && $0 != .name }) else { return nil }
        guard let period = Self.period(in: rows[..<headerIndex]) else {
            if let first = rows.dropFirst(firstDataRow).first(where: { RowCoverage.looksLikeData($0) })?.first(where: { !$0.text.isEmpty }) {
                problems.append(ReadProblem(evidence: first.evidence, .summaryNoPeriod))
            }
            return
        }
        for row in rows.dropFirst(firstDataRow) {
            readRow(row, roles: roles, period: period)
        }
        // A summary has one row per worker; a worker on several rows is a record of days or
        // shifts whose date column was not recognised, which the table reader reports.
        let workers = summaries.map { $0.employeeId.value.uppercased() }  // folded and trimmed by `clean`, as EmployeeKey compares
        guard Set(workers).count == workers.count else { return nil }
    }

    /// Reads one person's row into a summary; a total row, a blank row or a row without a worker is passed over.
    private mutating func readRow(_ row: [Cell], roles: [Int: Role], period: (from: Located<CivilDate>, to: Located<CivilDate>)) {
        func cell(_ role: Role) -> Cell? {
            roles.first { $0.value == role }.flatMap { $0.key < row.count ? row[$0.key] : nil }
        }
        let idCell = cell(.employeeId).flatMap { $0.text.isEmpty ? nil : $0 }
        let nameCell = cell(.name).flatMap { $0.text.isEmpty ? nil : $0 }
        guard let worker = idCell ?? nameCell, !Self.isTotal(worker.text) else { return }
        var summary = AttendanceSummary(employeeId: Located(Self.clean(worker.text), at: worker.evidence), from: period.from, to: period.to)
        summary.name = nameCell.map { Located(Self.clean($0.text), at: $0.evidence) }
        summary.identifiedByName = idCell == nil
        // A column adding up the overtime is the overtime; its parts beside it are not added to it.
        var overtimeParts: Located<Double>?, overtimeTotal: Located<Double>?
        for (column, role) in roles.sorted(by: { $0.key < $1.key }) where column < row.count {
            let value = row[column]
            let text = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, role != .employeeId, role != .name else { continue }
            switch role {
            case let .daysWorked(part):
                let parts = text.split(separator: "/").map { String($0) }
                let chosen = part.flatMap { $0 < parts.count ? parts[$0] : nil } ?? (parts.count == 1 ? parts[0] : nil)
                guard let chosen, let days = Double(chosen.trimmingCharacters(in: .whitespaces)) else {
                    problems.append(ReadProblem(evidence: value.evidence, .notDaysWorked, ["text": text, "worker": summary.employeeId.value]))
                    continue
                }
                summary.daysWorked = Located(days, at: value.evidence)
            case let .regularHours(inMinutes), let .overtimeHours(inMinutes, _), let .totalHours(inMinutes):
                let stated = inMinutes ? Double(text).map { $0 / 60 } : DurationParser.hours(text)
                guard let hours = stated else {
                    if !Self.isDash(text) {
                        problems.append(ReadProblem(evidence: value.evidence, inMinutes ? .notMinutesInTotals : .notHoursInTotals,
                                                    ["text": text, "worker": summary.employeeId.value]))
                    }
                    continue
                }
                let located = Located(hours, at: value.evidence)
                switch role {
                case .regularHours: summary.regularHours = summary.regularHours.map { Located($0.value + hours, at: $0.evidence) } ?? located
                case .totalHours: summary.totalHours = located
                case .overtimeHours(_, isTotal: true): overtimeTotal = located
                default: overtimeParts = overtimeParts.map { Located($0.value + hours, at: $0.evidence) } ?? located
                }
            case .employeeId, .name:
                continue
            }
        }
        summary.overtimeHours = overtimeTotal ?? overtimeParts
        summaries.append(summary)
    }

    /// The field a header text names, its notes in brackets and line breaks left out (`出勤天数\n(标准/实际)`).
    static func field(_ text: String) -> CanonicalField? {
        let plain = text.replacing(/[(（][^)）]*[)）]/, with: "").replacingOccurrences(of: "\n", with: "")
        return HeaderSynonyms.field(for: plain.trimmingCharacters(in: .whitespaces))
    }

    /// True when `row` names a worker column and a column of hours or days worked, and no column of single days.
    static func isHeader(_ row: [Cell]) -> Bool {
        let fields = row.compactMap { field($0.text) }
        let dayNumbers = row.count { cell in Int(cell.text.trimmingCharacters(in: .whitespaces)).map { (1...31).contains($0) } ?? false }
        return (fields.contains(.employeeId) || fields.contains(.name)) && fields.contains(where: summaryFields.contains)
            && !fields.contains(where: dayFields.contains) && dayNumbers < 5
    }

    /// True when `row` is the second row of a two-row header: blank under the worker column (or
    /// repeating its name, where the reader filled a cell merged over both rows), texts only (no
    /// number nor hours), under a header that leaves columns of a group blank.
    static func isSubHeader(_ row: [Cell], below header: [Cell]) -> Bool {
        let texts = row.map { $0.text.trimmingCharacters(in: .whitespaces) }
        guard texts.contains(where: { !$0.isEmpty }), !texts.contains(where: HeaderMatcher.isValue) else { return false }
        let workerColumns = header.indices.filter { [.employeeId, .name].contains(field(header[$0].text)) }
        return workerColumns.allSatisfy { $0 >= texts.count || texts[$0].isEmpty || texts[$0] == header[$0].text.trimmingCharacters(in: .whitespaces) }
    }

    /// What each column holds, from the header's one or two rows: a blank cell of the upper row
    /// beside a group name, with a text below it, belongs to that group (a merged cell).
    static func roles(upper: [Cell], lower: [Cell]) -> [Int: Role] {
        var roles: [Int: Role] = [:]
        var group: String?
        for column in 0..<max(upper.count, lower.count) {
            let top = column < upper.count ? upper[column].text.trimmingCharacters(in: .whitespacesAndNewlines) : ""
            // A cell merged over both rows is blank below, or holds the same text where the reader filled it.
            let below = column < lower.count ? lower[column].text.trimmingCharacters(in: .whitespacesAndNewlines) : ""
            let bottom = below == top ? "" : below
            if !top.isEmpty { group = top } else if bottom.isEmpty { group = nil }
            guard let name = top.isEmpty ? group : top, let role = role(of: name, under: bottom) else { continue }
            if (role == .employeeId || role == .name) && roles.values.contains(role) { continue }
            roles[column] = role
        }
        return roles
    }

    /// The role of a column named `name`, with `item` below it in a two-row header.
    static func role(of name: String, under item: String) -> Role? {
        let lowered = item.lowercased()
        let scheduled = scheduledWords.contains { lowered.contains($0) }
        let minutes = isInMinutes(name) || isInMinutes(item)
        switch field(name) ?? (item.isEmpty ? nil : field(item)) {
        case .employeeId?: return .employeeId
        case .name?: return .name
        case .regularHours?: return scheduled ? nil : .regularHours(inMinutes: minutes)
        case .totalHours?: return scheduled ? nil : .totalHours(inMinutes: minutes)
        case .otHours?, .restDayOtHours?, .holidayOtHours?: return .overtimeHours(inMinutes: minutes, isTotal: isTotalColumn(name) || isTotalColumn(item))
        case .daysWorked?:
            guard !scheduled || actualWords.contains(where: lowered.contains) else { return nil }
            return .daysWorked(part: actualPart(of: name))
        default: return nil
        }
    }

    /// True when a header names a column that adds up others (`加班总时长`, `合计`, `Total OT`).
    static func isTotalColumn(_ header: String) -> Bool {
        let lowered = header.lowercased()
        return ["总", "合计", "小计", "total", "sum"].contains { lowered.contains($0) }
    }

    /// True when a header gives its unit as minutes in brackets (`工作时长(分钟)`, `Work time (min)`).
    static func isInMinutes(_ header: String) -> Bool {
        guard let notes = header.firstMatch(of: /[(（]([^)）]*)[)）]/) else { return false }
        let unit = notes.1.lowercased().trimmingCharacters(in: .whitespaces)
        return unit == "分钟" || unit == "分" || unit.hasPrefix("min")
    }

    /// Which part of a value like `23/19` is the actual, from a header like `出勤天数 (标准/实际)`.
    static func actualPart(of header: String) -> Int? {
        guard let notes = header.firstMatch(of: /[(（]([^)）]*)[)）]/) else { return nil }
        let parts = notes.1.split(separator: "/").map { $0.lowercased() }
        return parts.firstIndex { part in actualWords.contains { part.contains($0) } }
    }

    /// The period the rows above the header state: two dates (`2016-03-01 ~ 2016-03-31`), else a
    /// month (`2026年6月考勤汇总`), located at the cell that states it.
    static func period(in rows: ArraySlice<[Cell]>) -> (from: Located<CivilDate>, to: Located<CivilDate>)? {
        let cells = rows.joined().filter { !$0.text.isEmpty }
        if let cell = cells.first(where: { PunchRecordSheet.period(in: $0) != nil }), let range = PunchRecordSheet.period(in: cell) {
            return (Located(range.lowerBound, at: cell.evidence), Located(range.upperBound, at: cell.evidence))
        }
        for cell in cells {
            let text = cell.text.filter { !$0.isWhitespace }
            // The month as the whole text, at its start, after a label (`考勤月份：2026年6月`) or
            // inside a title (`XX公司2026年6月考勤汇总`).
            let afterLabel = text.split(whereSeparator: { $0 == ":" || $0 == "：" }).last.map(String.init) ?? text
            let inside = text.firstMatch(of: /(\d{4})年(\d{1,2})月(?!\d)/).flatMap { YearMonth(year: Int($0.1)!, month: Int($0.2)!) }
            guard let month = DateParser.month(text) ?? DateParser.leadingMonth(text) ?? DateParser.leadingMonth(afterLabel) ?? inside
            else { continue }
            return (Located(month.firstDay, at: cell.evidence), Located(month.lastDay, at: cell.evidence))
        }
        return nil
    }

    /// True for the text of a totals row's worker cell (`合计`, `总 计`, `Total`, `Sum:`), never
    /// for a name that starts like one (`Sumon`, `Totah`).
    static func isTotal(_ text: String) -> Bool {
        let folded = text.filter { !$0.isWhitespace }.lowercased()
        if ["合计", "总计", "小计"].contains(where: folded.hasPrefix) { return true }
        return ["total", "sum", "subtotal", "grandtotal"].contains(folded.trimmingCharacters(in: CharacterSet(charactersIn: ":：")))
    }

    static func isDash(_ text: String) -> Bool {
        text.allSatisfy { "-–—/".contains($0) }
    }

    /// A worker's number or name as written, full-width forms and spaces at the ends removed.
    static func clean(_ text: String) -> String {
        TextNormalizer.fold(text).trimmingCharacters(in: .whitespaces)
    }
}
