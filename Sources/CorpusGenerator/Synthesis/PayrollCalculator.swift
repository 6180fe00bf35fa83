import AuditCore

/// Computes each month's payroll register from the timesheets, the way a correct payroll
/// clerk would (PRC rules: hourly rate = monthly base / 174; weekday overtime at 150 %,
/// rest-day overtime at 200 %).
struct PayrollCalculator {
    /// Employee deductions (social insurance, housing fund) as a share of gross pay, in permille.
    let deductionPermille: Int

    /// The register for `month`: one line per worker employed during it, in roster order.
    func register(for month: YearMonth, employees: [Employee], attendance: [WorkDay]) -> PayrollMonth {
        let days = attendance.filter { $0.date.yearMonth == month }
        let lines = employees.compactMap { employee -> PayrollLine? in
            let worked = days.filter { $0.employeeID == employee.id }
            guard !worked.isEmpty else { return nil }
            return line(for: employee, month: month, worked: worked)
        }
        let next = month.next
        return PayrollMonth(month: month, payDate: CivilDate(year: next.year, month: next.month, day: 10)!,
                            lines: lines)
    }

    /// A line with a base pro-rated to the weekdays employed and overtime paid from `worked`.
    func line(for employee: Employee, month: YearMonth, worked: [WorkDay]) -> PayrollLine {
        let weekdays = month.days.filter { $0.weekday <= 5 }
        let employedWeekdays = weekdays.filter(employee.isEmployed(on:)).count
        let base = dividedRounded(employee.monthlyBaseFen * employedWeekdays, by: weekdays.count)
        let restDayOvertime = worked.filter(\.isRestDay).reduce(0) { $0 + $1.overtimeMinutes }
        let weekdayOvertime = worked.filter { !$0.isRestDay }.reduce(0) { $0 + $1.overtimeMinutes }
        let overtimePay = Self.overtimePay(monthlyBaseFen: employee.monthlyBaseFen,
                                           weekdayMinutes: weekdayOvertime, restDayMinutes: restDayOvertime)
        return PayrollLine(employeeID: employee.id, employeeName: employee.name,
                           daysWorked: worked.count,
                           regularMinutes: worked.reduce(0) { $0 + $1.regularMinutes },
                           overtimeMinutes: weekdayOvertime + restDayOvertime,
                           baseFen: base, overtimePayFen: overtimePay,
                           deductionsFen: dividedRounded((base + overtimePay) * deductionPermille, by: 1_000))
    }

    /// Overtime pay in fen: minutes × (base / 174 / 60) × 1.5 on weekdays, × 2.0 on rest days.
    static func overtimePay(monthlyBaseFen: Int, weekdayMinutes: Int, restDayMinutes: Int) -> Int {
        // base/174/60 × (1.5 w + 2 r) = base × (3 w + 4 r) / (2 × 174 × 60)
        dividedRounded(monthlyBaseFen * (3 * weekdayMinutes + 4 * restDayMinutes), by: 2 * 174 * 60)
    }
}
