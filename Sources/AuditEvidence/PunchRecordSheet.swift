import AuditCore
import AuditFields

/// A time clock's printed attendance record (考勤记录表), as ZKTeco KQ803 devices export it.
///
/// A title (`考 勤 记 录 表`), a period row (`考勤时间  2017-07-01 ~ 2017-07-07`), a row of day
/// numbers (`1 2 3 … 7`), then two rows per person: labels with spaces inside, each followed by
/// its value (`工 号:` 7, `姓 名:` Mary, `部 门:` 公司), and a row with one cell per day in which
/// the day's punches are glued together (`09:3421:24`, or a single `17:34`). A column's date comes
/// from the period and its day number, so a period across two months reads right. A person whose
/// week has no punch has no row of days at all.
struct PunchRecordSheet {
    /// One person's block: the badge number and the cell of each day that holds punches.
    struct Person {
        /// The badge number, or the name when the record gives no number.
        var badge: Located<String>
        var days: [(date: CivilDate, cell: Cell)]
        /// True when `badge` is the person's name: linking to the roster fills in the ID.
        var identifiedByName = false
    }

    var persons: [Person]
    /// Why parts of the sheet could not be read (no period, a day outside it).
    var problems: [ReadProblem]

    /// The labels of a person's block.
    static let labelFields: Set<CanonicalField> = [.employeeId, .name, .department]

    /// The record in `sheet`, or nil when the sheet is not laid out as one: a row labelled with a
    /// badge number (`工 号:`) below a row of day numbers.
    init?(_ sheet: SheetTable) {
        let rows = sheet.rows
        guard let firstLabel = rows.firstIndex(where: { Self.badge(inLabelRow: $0) != nil }),
              let dayRowIndex = rows[..<firstLabel].lastIndex(where: { Self.dayNumbers(in: $0) != nil }),
              let dayNumbers = Self.dayNumbers(in: rows[dayRowIndex]) else { return nil }
        persons = []
        problems = []
        let periodCells = rows[..<dayRowIndex].joined()
        guard let period = periodCells.lazy.compactMap(Self.period(in:)).first else {
            problems.append(ReadProblem(evidence: rows[dayRowIndex][dayNumbers[0].column].evidence, .recordNoPeriod))
            return
        }
        let columnDates = dates(of: dayNumbers, in: period, row: rows[dayRowIndex])
        for index in rows.indices.dropFirst(firstLabel) {
            guard let badge = Self.badge(inLabelRow: rows[index]) else { continue }
            var person = Person(badge: badge, days: [])
            let next = index + 1
            if next < rows.count, Self.badge(inLabelRow: rows[next]) == nil, Self.follows(rows[next], rows[index]) {
                for (column, date) in columnDates where column < rows[next].count && !rows[next][column].text.isEmpty {
                    person.days.append((date, rows[next][column]))
                }
            }
            persons.append(person)
        }
    }

    /// The badge number of a row that labels a person's block, or nil for any other row.
    static func badge(inLabelRow row: [Cell]) -> Located<String>? {
        for (column, cell) in row.enumerated() where isLabel(cell.text, .employeeId) {
            guard let value = row[(column + 1)...].first(where: { !$0.text.isEmpty }),
                  !labelFields.contains(where: { isLabel(value.text, $0) }) else { return nil }
            return Located(TextNormalizer.fold(value.text).trimmingCharacters(in: .whitespaces), at: value.evidence)
        }
        return nil
    }

    /// True when `text` is a label of `field` written as a label (`工 号:`, `姓名：`).
    static func isLabel(_ text: String, _ field: CanonicalField) -> Bool {
        let folded = TextNormalizer.fold(text).trimmingCharacters(in: .whitespaces)
        return (folded.hasSuffix(":") || folded.hasSuffix("：")) && HeaderSynonyms.field(for: folded) == field
    }

    /// The day number of each column of a row made only of day numbers (1–31), in column order.
    static func dayNumbers(in row: [Cell]) -> [(column: Int, day: Int)]? {
        var days: [(column: Int, day: Int)] = []
        for (column, cell) in row.enumerated() where !cell.text.isEmpty {
            guard let day = Int(cell.text.trimmingCharacters(in: .whitespaces)), (1...31).contains(day) else { return nil }
            days.append((column, day))
        }
        return days.isEmpty ? nil : days
    }

    /// The period a cell states as two dates (`2017-07-01 ~ 2017-07-07`, `2017-07-01 至 2017-07-31`).
    static func period(in cell: Cell) -> ClosedRange<CivilDate>? {
        let dates = DateParser.dates(in: cell.text).compactMap(\.reading.unambiguousDate)
        guard dates.count == 2, dates[0] <= dates[1] else { return nil }
        return dates[0]...dates[1]
    }

    /// The date of each day column: the next day of the period, from the previous column's, with
    /// that day number; a column whose day falls outside the period is reported.
    private mutating func dates(of days: [(column: Int, day: Int)], in period: ClosedRange<CivilDate>,
                                row: [Cell]) -> [(column: Int, date: CivilDate)] {
        var result: [(column: Int, date: CivilDate)] = []
        var cursor = period.lowerBound
        for (column, day) in days {
            while cursor <= period.upperBound, cursor.day != day { cursor = cursor.adding(days: 1) }
            guard cursor <= period.upperBound else {
                problems.append(ReadProblem(evidence: row[column].evidence, .dayOutsidePeriod,
                                            ["day": String(day), "from": period.lowerBound.description, "to": period.upperBound.description]))
                break
            }
            result.append((column, cursor))
            cursor = cursor.adding(days: 1)
        }
        return result
    }

    /// True when `row` is the sheet row right after `label` (rows without values are left out of
    /// a sheet, so the next row kept may be further down).
    static func follows(_ row: [Cell], _ label: [Cell]) -> Bool {
        guard let below = row.first(where: { !$0.text.isEmpty })?.evidence.row,
              let above = label.first(where: { !$0.text.isEmpty })?.evidence.row else { return true }
        return below == above + 1
    }

    /// The punches glued together in a day cell (`09:3421:24` is 09:34 and 21:24), in minutes
    /// after midnight; times written apart (`08:26 18:03`) are read too.
    static func punches(in text: String) -> [Int] {
        let glued = Array(TextNormalizer.fold(text).filter { !$0.isWhitespace })
        if !glued.isEmpty, glued.count % 5 == 0 {
            let times = stride(from: 0, to: glued.count, by: 5).map { ClockTimeParser.minutes(String(glued[$0..<($0 + 5)])) }
            if times.allSatisfy({ $0 != nil }) { return times.compactMap { $0 } }
        }
        return ClockTimeParser.allMinutes(in: text)
    }
}

extension EvidenceReader {
    /// The days worked the punch records of `persons` show: one time entry per person and day
    /// with two punches or more, a missing-punch problem for a day with one, what a day cell's
    /// mark says instead of punches (a rest day or holiday such as `休息` or `国庆节` is not worked;
    /// see `DayMarks`), and a problem for a day cell that holds neither a clock time nor a mark.
    func readPunchDays(of persons: [PunchRecordSheet.Person]) -> EvidenceModel {
        var model = EvidenceModel()
        let builder = PunchDayBuilder(rules: configuration.punches, reader: self)
        for person in persons {
            for (date, cell) in person.days {
                let minutes = PunchRecordSheet.punches(in: cell.text)
                guard !minutes.isEmpty else {
                    if let mark = DayMarks.mark(cell.text) {
                        // A day off (休息, 国庆节), leave or an absence, or worked with a punch missing.
                        model.merge(markedDay(mark, cell: cell, id: person.badge, date: date, byName: person.identifiedByName))
                    } else if !TableRecordReader.isBlankMark(cell.text) {
                        model.problems.append(ReadProblem(evidence: cell.evidence, .cellNoClockTime,
                                                          ["text": cell.text, "badge": person.badge.value, "date": date.description]))
                    }
                    continue
                }
                let evidence = cell.evidence
                let punches = minutes.map { PunchLog.Punch(badge: person.badge, date: date, minute: $0, evidence: evidence) }
                switch builder.entry(badge: person.badge.value, day: builder.merge(punches)) {
                case var .entry(entry)?:
                    entry.identifiedByName = person.identifiedByName
                    model.timeEntries.append(entry)
                case let .missingPunch(problem)?: model.problems.append(problem)
                case nil: break
                }
            }
        }
        return model
    }
}
