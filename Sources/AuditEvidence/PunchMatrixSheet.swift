import AuditCore
import AuditFields
import AuditLayout

/// An attendance app's monthly matrix of punch times, as DingTalk (钉钉) exports its
/// "打卡时间" report: one row per person, one column per day of the period.
///
/// Above the table, a title states the period (`打卡时间 统计日期：2026-06-01 至 2026-06-29`) and a
/// line when the report was made (`报表生成时间：2026-06-29 11:56`). The header row names the
/// person's columns (姓名, 考勤组, 部门, 工号, 职位, UserId) and, over the day columns, `打卡时间`;
/// the row below it heads each day column with its day number, or with the weekday (`六`, `日`)
/// or the holiday (`端午节`) on days off, so a column's date comes from the period and its
/// position, and the day numbers shown must agree with it. A day cell holds that day's punches
/// apart, one per line (`08:26  \n18:03  `), some with a note (`08:07外勤`, a punch away from
/// the office); an empty cell is a day without punches. A person who punched nothing has an
/// empty row.
public struct PunchMatrixSheet {
    var persons: [PunchRecordSheet.Person]
    /// Why parts of the sheet could not be read (no period, day headings that disagree with it).
    var problems: [ReadProblem]

    /// The matrix in `sheet`, or nil when the sheet is not laid out as one: a header row naming a
    /// person's column (工号 or 姓名) and a column of punch times (`打卡时间`), above a row that heads
    /// the columns from there on with day numbers, weekdays or holidays.
    init?(_ sheet: SheetTable) {
        let lookup = HeaderLookup()
        let rows = sheet.rows
        guard let (headerIndex, layout) = rows.indices.prefix(DocumentLayout.openingSheetRows).lazy
            .compactMap({ index in PunchMatrixLayout(rows, headerAt: index, lookup: lookup).map { (index, $0) } }).first
        else { return nil }
        persons = []
        problems = []
        let dayRow = rows[headerIndex + 1]
        guard let period = rows[..<headerIndex].joined().lazy.compactMap(PunchRecordSheet.period(in:)).first else {
            problems.append(ReadProblem(evidence: dayRow[layout.days[0].column].evidence, .matrixNoPeriod))
            return
        }
        guard let columnDates = dates(of: layout.days, in: period, row: dayRow) else { return }
        for row in rows[(headerIndex + 2)...] {
            let id = layout.idColumn.flatMap { Self.text(row, $0) }
            let name = layout.nameColumn.flatMap { Self.text(row, $0) }
            let days = columnDates.compactMap { column, date in Self.text(row, column).map { (date: date, cell: $0) } }
            guard let worker = id ?? name else {
                if let first = days.first {
                    problems.append(ReadProblem(evidence: first.cell.evidence, .matrixRowNoWorker, ["count": String(days.count)]))
                }
                continue
            }
            var person = PunchRecordSheet.Person(badge: Located(TextNormalizer.fold(worker.text).trimmingCharacters(in: .whitespaces),
                                                                at: worker.evidence),
                                                 days: days)
            person.identifiedByName = id == nil
            persons.append(person)
        }
    }

    /// The weekday (1 = Monday … 7 = Sunday) a heading names (`六`, `周日`, `星期天`), nil for others.
    static func weekday(named text: String) -> Int? {
        var name = Substring(text.trimmingCharacters(in: .whitespaces))
        for prefix in ["星期", "礼拜", "周"] where name.hasPrefix(prefix) { name = name.dropFirst(prefix.count) }
        return ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7][String(name)]
    }

    /// The date of each day column: the period's first day in the first column, the next day in
    /// each next one. Nil, with the problem reported, when a heading disagrees with that (a day
    /// number or weekday of another date) or there are more columns than days in the period.
    private mutating func dates(of days: [(column: Int, day: Int?, heading: Cell)], in period: ClosedRange<CivilDate>,
                                row: [Cell]) -> [(column: Int, date: CivilDate)]? {
        var result: [(column: Int, date: CivilDate)] = []
        for (offset, day) in days.enumerated() {
            let date = period.lowerBound.adding(days: offset)
            let stated = "\(period.lowerBound) 至 \(period.upperBound)"
            guard date <= period.upperBound else {
                problems.append(ReadProblem(evidence: day.heading.evidence, .matrixDayCount,
                                            ["columns": String(days.count), "period": stated,
                                             "days": String(period.lowerBound.days(to: period.upperBound) + 1)]))
                return nil
            }
            let disagrees = day.day.map { $0 != date.day } ?? Self.weekday(named: day.heading.text).map { $0 != date.weekday } ?? false
            guard !disagrees else {
                problems.append(ReadProblem(evidence: day.heading.evidence, .matrixDayHeading,
                                            ["column": String(offset + 1), "heading": day.heading.text.trimmingCharacters(in: .whitespaces),
                                             "date": date.description, "period": stated]))
                return nil
            }
            result.append((day.column, date))
        }
        return result
    }

    /// The cell of `row` in `column` when it holds text.
    static func text(_ row: [Cell], _ column: Int) -> Cell? {
        guard column < row.count, row[column].text.contains(where: { !$0.isWhitespace }) else { return nil }
        return row[column]
    }
}
