import AuditCore
import AuditFields
import AuditLayout

/// An attendance app's daily report: one row per person and day, the day's punches in columns of
/// their own, as DingTalk (钉钉) exports its "每日统计" and WeCom (企业微信) its "上下班打卡_日报".
///
/// We hold no such export; the layouts are those public parsers of real exports read.
///
/// DingTalk 每日统计: the title `每日统计表 统计日期：2020-09-01 至 2020-09-30` in A1, the data from
/// row 5, in columns 姓名, 考勤组, 部门, 工号, 职位, UserId, 日期, 班次, 上班1打卡时间, 上班1打卡结果,
/// 下班1打卡时间, 下班1打卡结果, 上班2打卡时间 … and 关联的审批单 (github.com/cuiqyu/qinqin,
/// `AttendanceServiceImpl.parseDingdingExcelDailyStatisticsData` and `DingdingPunchInRecord`,
/// 2020). An R script of 2025 reads the sheet with its header on row 3, the date as the first eight
/// characters of `25-08-01 星期五` (a two-digit year), and a punch after midnight as `次日 01:30`;
/// an importer of DingTalk's daily CSV (github.com/zensgit/metasheet2) reads 日期, 工号, 姓名,
/// 考勤组, 上班1打卡时间, 下班1打卡时间 and 考勤结果, and knows rows whose 班次 is `休息`.
///
/// WeCom 上下班打卡_日报, sheet `概况统计与打卡明细`: the title in A1, `统计时间:06-01 ～ 06-07
/// 制表时间:…` in A2, a header over rows 3 and 4 (时间, 姓名 and 账号 over both rows; groups over
/// their columns in row 3, the columns in row 4: 基础信息 部门 职务; 考勤概况 所属规则 班次 最早 最晚
/// 打卡次数(次) 标准工作时长(小时) 实际工作时长(小时) 假勤申请 考勤结果; 异常统计 …; 外出打卡 …; 加班统计
/// …; 假勤统计 …; 上班1 打卡时间 打卡状态; 下班1 打卡时间 打卡状态; then 打卡时间记录 and 打卡详情),
/// the data from row 5, the date as `2026/06/05 星期五`, and `--` where there is nothing (a Python
/// tool that names all 58 columns; a test that builds "the same structure as the 上下班打卡_日报
/// Sheet1"; a script reading L and M as 标准工作时长(小时) and 实际工作时长(小时), so some exports have
/// a column more; all public code found by text search).
///
/// Columns are found by their names, a column of row 4 named after its group in row 3 (`上班1` +
/// `打卡时间`). Each day with two punches or more is a time entry from its first to its last punch;
/// a day with one is a missing punch; a day without punches gives no entry, and is reported only
/// when a result says it was worked (`缺卡` with no time at all: its hours are unknown).
struct PunchDailySheet {
    /// One row: whose day, which day, its punches and the results stated beside them.
    struct Day {
        var worker: Located<String>
        var identifiedByName: Bool
        var date: CivilDate
        var punches: [PunchLog.Punch]
        var results: [Cell]
    }

    var days: [Day]
    /// Why rows could not be read (no period for two-digit years, a date outside the period).
    var problems: [ReadProblem]

    /// The report in `sheet`, or nil when the sheet is not laid out as one: a header row (with the
    /// row below it) naming a date column (日期 or 时间), a person's column (工号 or 姓名) and columns
    /// of punch times (`上班1打卡时间`, WeCom's 考勤概况 最早 and 最晚, 打卡时间记录).
    init?(_ sheet: SheetTable) {
        let lookup = HeaderLookup()
        let rows = sheet.rows
        guard let (headerIndex, layout) = rows.indices.prefix(DocumentLayout.openingSheetRows).lazy
            .compactMap({ index in Self.layout(rows, headerAt: index, lookup: lookup).map { (index, $0) } }).first
        else { return nil }
        days = []
        problems = []
        let body = rows[(headerIndex + 1)...].filter { PunchMatrixSheet.text($0, layout.date) != nil }
        let period = rows[..<headerIndex].joined().lazy.compactMap(PunchRecordSheet.period(in:)).first
        for row in body {
            let dateCell = row[layout.date]
            guard let date = Self.date(dateCell.text, in: period) else {
                guard period != nil || Self.fullYear(dateCell.text) else {
                    problems.append(ReadProblem(evidence: dateCell.evidence, .dailyNoCentury, ["text": dateCell.text]))
                    return
                }
                problems.append(period.map { ReadProblem(evidence: dateCell.evidence, .notADayOfPeriod,
                                                         ["text": dateCell.text, "from": $0.lowerBound.description, "to": $0.upperBound.description]) }
                                ?? ReadProblem(evidence: dateCell.evidence, .notADay, ["text": dateCell.text]))
                continue
            }
            let id = layout.idColumn.flatMap { PunchMatrixSheet.text(row, $0) }
            let name = layout.nameColumn.flatMap { PunchMatrixSheet.text(row, $0) }
            guard let worker = id ?? name else {
                problems.append(ReadProblem(evidence: dateCell.evidence, .dailyRowNoWorker, ["date": date.description]))
                continue
            }
            let badge = Located(TextNormalizer.fold(worker.text).trimmingCharacters(in: .whitespaces), at: worker.evidence)
            let punches = layout.punchColumns.compactMap { PunchMatrixSheet.text(row, $0) }.flatMap { cell in
                Self.minutes(in: cell.text).map { minute in
                    // `次日 01:30`: a punch after midnight, on the next day.
                    PunchLog.Punch(badge: badge, date: date.adding(days: minute / 1440), minute: minute % 1440, evidence: cell.evidence)
                }
            }
            let results = layout.resultColumns.compactMap { PunchMatrixSheet.text(row, $0) }
            days.append(Day(worker: badge, identifiedByName: id == nil, date: date, punches: punches, results: results))
        }
    }

    /// Where a daily report's columns are.
    struct Layout {
        var idColumn: Int?
        var nameColumn: Int?
        var date: Int
        /// Columns of punch times, in the order printed.
        var punchColumns: [Int]
        /// Columns of what a punch or the day came to (`正常`, `缺卡`, `旷工`), and the shift (`休息`).
        var resultColumns: [Int]
    }

    /// The layout of a daily report whose header row is `rows[index]`, or nil when it is not one.
    static func layout(_ rows: [[Cell]], headerAt index: Int, lookup: HeaderLookup) -> Layout? {
        let dateNames = ["日期", "时间"]
        guard let date = columnNames(rows[index], below: []).firstIndex(where: dateNames.contains) else { return nil }
        // The row below is the header's second row when it leaves the date column empty.
        let below = index + 1 < rows.count && PunchMatrixSheet.text(rows[index + 1], date) == nil ? rows[index + 1] : []
        let names = columnNames(rows[index], below: below)
        let punchColumns = names.indices.filter { column in
            let name = names[column]
            return isPunchHeader(name, "打卡时间") || ["考勤概况最早", "考勤概况最晚", "打卡时间记录"].contains(name)
        }
        guard !punchColumns.isEmpty else { return nil }
        let fields = names.map { lookup.field(for: $0) }
        let idColumn = fields.firstIndex(of: .employeeId)
        let nameColumn = fields.firstIndex(of: .name)
        guard idColumn != nil || nameColumn != nil else { return nil }
        let resultColumns = names.indices.filter { column in
            let name = names[column]
            return isPunchHeader(name, "打卡结果") || isPunchHeader(name, "打卡状态") || name.hasSuffix("考勤结果") || name.hasSuffix("班次")
        }
        return Layout(idColumn: idColumn, nameColumn: nameColumn, date: date, punchColumns: punchColumns, resultColumns: resultColumns)
    }

    /// Each column's name, spaces left out: its header cell, or with a cell below it in `below`
    /// (a header over two rows) that cell after the header cell or, where the header cell is
    /// empty, after the group it stands under (the nearest header cell to its left).
    static func columnNames(_ header: [Cell], below: [Cell]) -> [String] {
        func text(_ row: [Cell], _ column: Int) -> String {
            column < row.count ? TextNormalizer.fold(row[column].text).filter { !$0.isWhitespace } : ""
        }
        var group = ""
        return (0..<max(header.count, below.count)).map { column in
            let own = text(header, column), sub = text(below, column)
            if !own.isEmpty { group = own }
            return sub.isEmpty ? own : (own.isEmpty ? group : own) + sub
        }
    }

    /// True for `上班1打卡时间`, `下班2打卡结果` and the like: `上班` or `下班`, a number, then `suffix`.
    static func isPunchHeader(_ text: String, _ suffix: String) -> Bool {
        guard text.hasSuffix(suffix), text.hasPrefix("上班") || text.hasPrefix("下班") else { return false }
        let number = text.dropFirst(2).dropLast(suffix.count)
        return !number.isEmpty && number.allSatisfy(\.isASCII) && Int(number) != nil
    }

    /// The clock times of a punch cell: one (`07:52`, `次日 05:10`), or several apart (`09:00 18:00`).
    static func minutes(in text: String) -> [Int] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return ClockTimeParser.minutes(trimmed).map { [$0] } ?? ClockTimeParser.allMinutes(in: trimmed)
    }

    /// The numbers a date cell opens with (`20-09-01 星期二` is 20, 9, 1).
    static func dateNumbers(_ text: String) -> [Int] {
        TextNormalizer.fold(text).trimmingCharacters(in: .whitespaces)
            .prefix { $0.isNumber || $0 == "-" || $0 == "/" || $0 == "." }
            .split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    /// True when a date cell writes its year whole (`2026/06/05 星期五`).
    static func fullYear(_ text: String) -> Bool {
        dateNumbers(text).first.map { $0 >= 100 } ?? false
    }

    /// The day a date cell states (`20-09-01 星期二`, `2026/06/05 星期五`), a two-digit year taken
    /// from `period`; nil when it is no date, or not a day of the period when there is one.
    static func date(_ text: String, in period: ClosedRange<CivilDate>?) -> CivilDate? {
        let numbers = dateNumbers(text)
        guard numbers.count == 3 else { return nil }
        let years = numbers[0] >= 100 ? [numbers[0]]
            : Array(Set([period?.lowerBound.year, period?.upperBound.year].compactMap { $0 }.filter { $0 % 100 == numbers[0] }))
        guard years.count == 1, let date = CivilDate(year: years[0], month: numbers[1], day: numbers[2]) else { return nil }
        if let period, !period.contains(date) { return nil }
        return date
    }
}

extension EvidenceReader {
    /// The days worked a daily report's rows show (see `PunchDailySheet`).
    func readDailyPunches(_ days: [PunchDailySheet.Day]) -> EvidenceModel {
        var model = EvidenceModel()
        let builder = PunchDayBuilder(rules: configuration.punches, reader: self)
        for day in days {
            guard day.punches.isEmpty else {
                switch builder.entry(badge: day.worker.value, day: builder.merge(day.punches.sorted { $0.instant < $1.instant })) {
                case var .entry(entry)?:
                    entry.identifiedByName = day.identifiedByName
                    model.timeEntries.append(entry)
                case let .missingPunch(problem)?: model.problems.append(problem)
                case nil: break
                }
                continue
            }
            let marks = day.results.compactMap { cell in DayMarks.mark(cell.text).map { (cell, $0) } }
            if let (cell, _) = marks.first(where: { $0.1.isWorked }), !marks.contains(where: { $0.1 == .rest }) {
                model.problems.append(ReadProblem(evidence: cell.evidence, .markedWithoutPunch,
                                                  ["worker": day.worker.value, "date": day.date.description,
                                                   "mark": cell.text.trimmingCharacters(in: .whitespacesAndNewlines)]))
            }
        }
        return model
    }
}
