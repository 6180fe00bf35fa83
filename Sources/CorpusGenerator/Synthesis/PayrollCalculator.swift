import AuditCore

/// Computes each month's payroll register from the timesheets, the way a correct payroll
/// clerk would (PRC rules: hourly rate = monthly base / 174; workday overtime at 150 %,
/// rest-day hours at 200 %, statutory-holiday hours at 300 %).
struct PayrollCalculator {
    /// Employee deductions (social insurance, housing fund) as a share of gross pay, in permille.
    let deductionPermille: Int
    /// The monthly allowance of a worker employed on every weekday of the month, in fen; nil
    /// when the register has no Allowance column.
    let monthlyAllowanceFen: Int?

    /// The register for `month`: one line per worker with timesheet rows in it, in roster order.
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

    /// A line with a base and allowance pro-rated to the weekdays employed and overtime paid
    /// from `worked`.
    func line(for employee: Employee, month: YearMonth, worked: [WorkDay]) -> PayrollLine {
        let weekdays = month.days.filter { $0.weekday <= 5 }
        let employedWeekdays = weekdays.filter(employee.isEmployed(on:)).count
        let base = dividedRounded(employee.monthlyBaseFen * employedWeekdays, by: weekdays.count)
        let allowance = monthlyAllowanceFen.map { dividedRounded($0 * employedWeekdays, by: weekdays.count) }
        var line = PayrollLine(employeeID: employee.id, employeeName: employee.name,
                               daysWorked: worked.count,
                               regularMinutes: worked.reduce(0) { $0 + $1.regularMinutes },
                               overtimeMinutes: worked.reduce(0) { $0 + $1.overtimeMinutes },
                               baseFen: base,
                               overtimePayFen: Self.overtimePay(monthlyBaseFen: employee.monthlyBaseFen,
                                                                minutes: OvertimeMinutes(worked)),
                               allowanceFen: allowance, deductionsFen: 0, grossFen: 0, netFen: 0)
        line.settle(deductionPermille: deductionPermille)
        return line
    }

    /// Overtime pay in fen, rounded to the fen: base / 174 / 60 per minute, × 1.5 for workday
    /// overtime, × 2 for rest-day hours and × 3 for holiday hours.
    static func overtimePay(monthlyBaseFen: Int, minutes: OvertimeMinutes) -> Int {
        // base/174/60 × (1.5 w + 2 r + 3 h) = base × (3 w + 4 r + 6 h) / (2 × 174 × 60)
        dividedRounded(monthlyBaseFen * (3 * minutes.workday + 4 * minutes.restDay + 6 * minutes.holiday),
                       by: 2 * 174 * 60)
    }
}

/// A month's overtime minutes by the premium they earn.
struct OvertimeMinutes {
    /// Overtime beyond 8 hours on workdays.
    var workday = 0
    /// Every hour (regular and overtime) on rest days.
    var restDay = 0
    /// Every hour on statutory holidays.
    var holiday = 0

    init(workday: Int = 0, restDay: Int = 0, holiday: Int = 0) {
        self.workday = workday
        self.restDay = restDay
        self.holiday = holiday
    }

    /// The minutes of `rows`, classified by the PRC calendar.
    init(_ rows: [WorkDay]) {
        for row in rows {
            switch row.kind {
            case .workday: workday += row.overtimeMinutes
            case .restDay: restDay += row.totalMinutes
            case .holiday: holiday += row.totalMinutes
            }
        }
    }

    var total: Int { workday + restDay + holiday }
}
