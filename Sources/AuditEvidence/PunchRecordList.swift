import AuditCore
import AuditFields
import AuditLayout

/// An attendance app's list of punches, one row per punch, as DingTalk (钉钉) exports its "原始记录".
///
/// We hold no such export; the layout is the one public scripts read from real ones: the sheet
/// `原始记录` with the period as two `YYYY-MM-DD` dates in A1, its header on row 3, and the columns
/// 姓名, 考勤日期, 考勤时间 (the punch's date and time) and 打卡结果 (github.com/lyy320617627/Python_study,
/// `work/时效计算/工时计算(2).py`, 2024, reads `header=2` and `pd.to_datetime(df['考勤时间'])`; a
/// monthly-timesheet script of 2025 found by text search reads the period from A1 and 考勤日期).
///
/// The punches are a punch log's: one time entry per person and working day from the first to the
/// last punch, by `PunchDayBuilder`.
struct PunchRecordList {
    var punches: [PunchLog.Punch]
    /// Rows whose punch has no date and time.
    var problems: [ReadProblem]
    /// True when the list names people without a 工号, so that the roster links them by name.
    var identifiedByName: Bool

    /// The list in `sheet`, or nil when the sheet is not laid out as one: a header row naming a
    /// person's column (工号 or 姓名) and a 考勤时间 column, with no day's columns (a daily report's
    /// `上班1打卡时间`).
    init?(_ sheet: SheetTable) {
        let lookup = HeaderLookup()
        let rows = sheet.rows
        guard let (headerIndex, layout) = rows.indices.prefix(DocumentLayout.openingSheetRows).lazy
            .compactMap({ index in Self.layout(of: rows[index], lookup: lookup).map { (index, $0) } }).first
        else { return nil }
        punches = []
        problems = []
        identifiedByName = layout.idColumn == nil
        for row in rows.dropFirst(headerIndex + 1) {
            guard let time = PunchMatrixSheet.text(row, layout.time) else { continue }
            guard let worker = layout.idColumn.flatMap({ PunchMatrixSheet.text(row, $0) }) ?? layout.nameColumn.flatMap({ PunchMatrixSheet.text(row, $0) }) else {
                problems.append(ReadProblem(evidence: time.evidence, .punchNoWorker, ["text": time.text]))
                continue
            }
            let dayText = layout.date.flatMap { PunchMatrixSheet.text(row, $0) }?.text
            guard let (date, minute) = Self.instant(time.text, day: dayText) else {
                problems.append(ReadProblem(evidence: time.evidence, .listNoPunchTime, ["text": time.text]))
                continue
            }
            let badge = Located(TextNormalizer.fold(worker.text).trimmingCharacters(in: .whitespaces), at: worker.evidence)
            punches.append(PunchLog.Punch(badge: badge, date: date, minute: minute, evidence: time.evidence))
        }
    }

    /// Where a list's columns are.
    struct Layout {
        var idColumn: Int?
        var nameColumn: Int?
        /// 考勤日期, the punch's day, when 考勤时间 gives only its time.
        var date: Int?
        var time: Int
    }

    /// The layout of a list whose header row is `header`, or nil when it is not one.
    static func layout(of header: [Cell], lookup: HeaderLookup) -> Layout? {
        let names = header.map { TextNormalizer.fold($0.text).filter { !$0.isWhitespace } }
        guard let time = names.firstIndex(of: "考勤时间"),
              !names.contains(where: { PunchDailySheet.isPunchHeader($0, "打卡时间") }) else { return nil }
        let fields = names.map { lookup.field(for: $0) }
        let idColumn = fields.firstIndex(of: .employeeId), nameColumn = fields.firstIndex(of: .name)
        guard idColumn != nil || nameColumn != nil else { return nil }
        return Layout(idColumn: idColumn, nameColumn: nameColumn, date: names.firstIndex(of: "考勤日期"), time: time)
    }

    /// The day and minute of a punch: `2024-04-01 08:55:00` whole, or its time with the day the
    /// 考勤日期 cell gives.
    static func instant(_ text: String, day: String?) -> (CivilDate, Int)? {
        let parts = TextNormalizer.fold(text).split(whereSeparator: \.isWhitespace).map(String.init)
        let dateText = parts.count >= 2 ? parts[0] : day?.split(whereSeparator: \.isWhitespace).first.map(String.init)
        guard let dateText, let date = DateParser.parse(dateText), let time = parts.last,
              let minute = ClockTimeParser.minutes(time), minute < 24 * 60 else { return nil }
        return (date, minute)
    }
}

extension EvidenceReader {
    /// The days worked a list of punches shows: one time entry per person and working day with two
    /// punches or more, a missing-punch problem for a day with one (see `PunchDayBuilder`).
    func readPunchList(_ list: PunchRecordList) -> EvidenceModel {
        let days = PunchDayBuilder(rules: configuration.punches, reader: self).entries(from: list.punches)
        var entries = days.entries
        for index in entries.indices { entries[index].identifiedByName = list.identifiedByName }
        return EvidenceModel(timeEntries: entries, problems: list.problems + days.problems)
    }
}
