import AuditCore
import AuditEvidence

extension RuleContext {
    /// The calendar a rule names (`calendar` parameter, default `china`), or weekends only.
    func calendar(for rule: BoundRule) -> WorkCalendar {
        reference.calendars[rule.text("calendar", default: "china")] ?? WorkCalendar(calendar: "weekends", years: [:])
    }

    /// The first and last day any timesheet of the input covers.
    var timesheetSpan: ClosedRange<CivilDate>? { overview.timesheets.span }

    /// Whether the roster shows `employeeId` employed on every day of `month`.
    func employedWholeMonth(_ employeeId: String, _ month: YearMonth) -> Bool {
        guard let employee = employeesByKey[EmployeeKey(employeeId)], let hired = employee.hireDate else { return false }
        guard hired.value <= month.firstDay else { return false }
        if let left = employee.leaveDate, left.value <= month.lastDay { return false }
        return true
    }
}

/// Money in fen as people read it: "2,520.00".
func yuan(_ fen: Int) -> String {
    let sign = fen < 0 ? "-" : ""
    let value = abs(fen)
    let whole = String(value / 100)
    var grouped = ""
    for (index, character) in whole.reversed().enumerated() {
        if index > 0 && index % 3 == 0 { grouped.append(",") }
        grouped.append(character)
    }
    let cents = value % 100
    return "\(sign)\(String(grouped.reversed())).\(cents < 10 ? "0" : "")\(cents)"
}
