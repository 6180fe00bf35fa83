import AuditCore
import AuditFields
import AuditLayout

extension EvidenceReader {
    /// What a grid's day cell marked with `mark` (see `DayMarks`) gives the rules.
    ///
    /// A day marked worked (`√`, `上班迟到`, `出差`) is a time entry worked without hours: the rest
    /// rules count it, no hours limit judges it. A day marked worked with a punch missing
    /// (`上班缺卡`, `缺卡`) is that too, and the missing punch is reported, as a time clock's single
    /// punch is. A rest day, a day of leave or an absence is not worked: it gives no entry, as a
    /// blank day cell gives none.
    func markedDay(_ mark: DayMark, cell: Cell, id: Located<String>, date: CivilDate, byName: Bool) -> EvidenceModel {
        guard mark.isWorked else { return EvidenceModel() }
        let evidence = cell.evidence
        var entry = TimeEntry(employeeId: id, date: Located(date, at: evidence), hours: Located(0, at: evidence))
        entry.identifiedByName = byName
        entry.workedWithoutHours = true
        var model = EvidenceModel(timeEntries: [entry])
        if case let .workedMissingPunch(punch) = mark {
            let reason: ReadReason = switch punch {
            case .clockIn: .gridMarkMissingClockIn
            case .clockOut: .gridMarkMissingClockOut
            case .unstated: .gridMarkMissingPunch
            }
            model.problems.append(ReadProblem(evidence: evidence, reason, ["text": cell.text, "worker": id.value, "date": date.description]))
        }
        return model
    }

    /// Why a grid gave no rows when none of its day cells is filled: a template not yet filled in.
    static func noFilledDays(_ table: DetectedTable) -> ReasonText {
        let filled = table.columns.indices.filter { column in
            table.dayColumns[column] == nil && table.rows.contains { $0.cells[column] != nil }
        }
        let given = filled.map { table.columns[$0].header.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return given.isEmpty ? ReasonText(.gridNotFilledAtAll) : ReasonText(ReadReason.gridNotFilled.text, texts: ["columns": ReasonText(en: ReportLanguage.en.enumeration(Array(given.prefix(4))), zh: ReportLanguage.zh.enumeration(Array(given.prefix(4))))])
    }

    /// True when some row of a grid has a day cell with text.
    static func hasFilledDay(_ table: DetectedTable) -> Bool {
        table.rows.contains { row in table.dayColumns.keys.contains { row.cells[$0] != nil } }
    }
}
