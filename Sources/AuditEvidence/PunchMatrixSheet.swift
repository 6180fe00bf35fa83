import AuditCore
import AuditFields

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
        guard let (headerIndex, layout) = rows.indices.prefix(EvidenceReader.factSheetRows).lazy
            .compactMap({ index in Self.layout(rows, headerAt: index, lookup: lookup).map { (index, $0) } }).first
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

    /// True when a sheet of `document` is laid out as a matrix of punch times (see `init`).
    public static func recognizes(_ document: ExtractedDocument) -> Bool {
        let lookup = HeaderLookup()
        return document.sheets.contains { sheet in
            sheet.rows.indices.prefix(EvidenceReader.factSheetRows).contains { layout(sheet.rows, headerAt: $0, lookup: lookup) != nil }
        }
    }

    /// Where a matrix's columns are: the person's ID and name, and the day columns with their headings.
    struct Layout {
        var idColumn: Int?
        var nameColumn: Int?
        /// Each day column and what heads it: a day number, or a weekday or holiday name (nil).
        var days: [(column: Int, day: Int?, heading: Cell)]
    }

    /// The layout of a matrix whose header row is `rows[index]`, or nil when it is not one.
    static func layout(_ rows: [[Cell]], headerAt index: Int, lookup: HeaderLookup) -> Layout? {
        guard index + 1 < rows.count else { return nil }
        let header = rows[index]
        let fields = header.map { lookup.field(for: $0.text.trimmingCharacters(in: .whitespaces)) }
        guard let punches = fields.firstIndex(of: .punches) else { return nil }
        let idColumn = fields[..<punches].firstIndex(of: .employeeId)
        let nameColumn = fields[..<punches].firstIndex(of: .name)
        guard idColumn != nil || nameColumn != nil else { return nil }
        let dayRow = rows[index + 1]
        // The day row leaves the person's columns empty, and heads every column from the
        // punch-time column on until the first empty one.
        guard dayRow.prefix(punches).allSatisfy({ $0.text.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        var days: [(column: Int, day: Int?, heading: Cell)] = []
        for column in dayRow.indices.dropFirst(punches) {
            let text = dayRow[column].text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { break }
            if let day = HeaderMatcher.dayNumber(text) {
                days.append((column, day, dayRow[column]))
            } else if isDayName(text) {
                days.append((column, nil, dayRow[column]))
            } else {
                return nil
            }
        }
        guard days.contains(where: { $0.day != nil }) else { return nil }
        return Layout(idColumn: idColumn, nameColumn: nameColumn, days: days)
    }

    /// True for the heading of a day off in place of its number: a weekday (`六`, `周日`, `星期六`,
    /// `Sat`) or a holiday's name (`端午节`, `国庆`): a short text without digits. Chinese numerals
    /// are letters here, not digits: `六` (Saturday) is a numeral to Unicode.
    static func isDayName(_ text: String) -> Bool {
        text.count <= 8 && text.contains(where: \.isLetter)
            && !text.unicodeScalars.contains { $0.properties.numericType == .decimal }
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
