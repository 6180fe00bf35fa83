import AuditCore

/// Draws clean timesheets on the PRC working calendar: 8 regular hours on every workday
/// (make-up working days included) with some evening overtime, some Saturdays worked as
/// rest-day overtime, Sundays, statutory holidays and extra rest days off, and the odd day of
/// leave.
///
/// Every worker stays well inside every pack's limits: at most 10 hours a day, 12 overtime
/// hours in any Monday-Sunday week (so at most 60 hours), a monthly overtime budget of 14-30
/// hours, at most 6 consecutive days, and a rest day in every week.
struct AttendanceScheduler {
    let months: [YearMonth]

    /// Weekly overtime the clean schedule never exceeds (SA8000's 12 h).
    static let weeklyOvertimeCap = 12 * 60

    /// Timesheet rows for every employee on every day they worked, ordered by date then ID.
    func schedule(_ employees: [Employee], using rng: inout SplitMix64) -> [WorkDay] {
        let saturdayShifts = factorySaturdays(using: &rng)
        var rows: [WorkDay] = []
        for employee in employees {
            let eveningOvertimeChance = Double(rng.int(in: 10...45)) / 100
            var weeklyOvertime: [CivilDate: Int] = [:]
            var streak = 0
            var previous: CivilDate?
            for month in months {
                var budget = rng.int(in: 28...60) * 30
                for date in month.days where employee.isEmployed(on: date) {
                    let week = date.weekStart
                    let weekLeft = Self.weeklyOvertimeCap - weeklyOvertime[week, default: 0]
                    var row: WorkDay?
                    switch ChinaCalendar.kind(of: date) {
                    case .holiday:
                        break
                    case .restDay:
                        guard let shift = saturdayShifts[date], shift <= budget, shift <= weekLeft,
                              rng.chance(0.92) else { break }
                        row = ShiftClock.workDay(employee, on: date, regular: 0, overtime: shift, using: &rng)
                    case .workday:
                        guard !rng.chance(0.03) else { break }  // a day of annual leave
                        var overtime = 0
                        if date.weekday <= 5 && rng.chance(eveningOvertimeChance) {
                            overtime = min(rng.pick([60, 90, 120]), budget / 30 * 30, weekLeft / 30 * 30)
                        }
                        row = ShiftClock.workDay(employee, on: date, regular: 8 * 60, overtime: overtime,
                                                 using: &rng)
                    }
                    guard let worked = row else { continue }
                    streak = previous.map { $0.adding(days: 1) == date } == true ? streak + 1 : 1
                    if streak > 6 {
                        // Never a seventh day in a row: the day becomes a day off.
                        streak = 0
                        continue
                    }
                    previous = date
                    budget -= worked.overtimeMinutes
                    weeklyOvertime[week, default: 0] += worked.overtimeMinutes
                    rows.append(worked)
                }
            }
        }
        return rows.sorted(by: AttendanceScheduler.timesheetOrder)
    }

    /// The Saturdays the factory opens, with the shift length in minutes (a half or a full day).
    ///
    /// Only ordinary rest-day Saturdays: not a holiday or a bridge day, and not the day before a
    /// make-up working Sunday (which would leave the week without a rest day).
    private func factorySaturdays(using rng: inout SplitMix64) -> [CivilDate: Int] {
        var shifts: [CivilDate: Int] = [:]
        for month in months {
            for date in month.days where date.weekday == 6 && rng.chance(0.65) {
                let shift = rng.chance(0.7) ? 4 * 60 : 8 * 60
                guard ChinaCalendar.kind(of: date) == .restDay, !ChinaCalendar.extraRestDays.contains(date),
                      ChinaCalendar.kind(of: date.adding(days: 1)) != .workday else { continue }
                shifts[date] = shift
            }
        }
        return shifts
    }

    /// Date first, then employee ID: the order a clock system exports.
    static func timesheetOrder(_ a: WorkDay, _ b: WorkDay) -> Bool {
        (a.date, a.employeeID) < (b.date, b.employeeID)
    }

    /// Redraws normal clock-ins until every worker-month with at least two of them looks like a
    /// real time clock: a population standard deviation of at least 3 minutes and no minute
    /// holding half of the punches. Rows in `keep` (planted punch patterns) are left alone, and
    /// only clock-ins inside the normal window are redrawn.
    static func scatterClockIns(_ rows: inout [WorkDay], keep: Set<WorkerMonth>, using rng: inout SplitMix64) {
        var groups: [WorkerMonth: [Int]] = [:]
        for index in rows.indices {
            groups[WorkerMonth(employeeID: rows[index].employeeID, month: rows[index].date.yearMonth), default: []]
                .append(index)
        }
        for key in groups.keys.sorted(by: { ($0.employeeID, $0.month) < ($1.employeeID, $1.month) })
        where !keep.contains(key) {
            let indices = groups[key]!
            guard indices.count >= 2 else { continue }
            let redrawable = indices.filter { ShiftClock.clockInWindow.contains(rows[$0].clockIn.minutesAfterMidnight) }
            var attempts = 0
            while !PunchStatistics(rows: indices.map { rows[$0] }).looksReal && attempts < 200 {
                for index in redrawable { rows[index].clockIn = ShiftClock.clockIn(using: &rng) }
                attempts += 1
            }
        }
    }
}

/// One worker in one calendar month.
struct WorkerMonth: Hashable {
    var employeeID: String
    var month: YearMonth
}

/// The spread of a set of clock-in minutes.
struct PunchStatistics {
    var count: Int
    var standardDeviation: Double
    /// The share of punches on the most common minute.
    var modeShare: Double

    init(minutes: [Int]) {
        count = minutes.count
        guard !minutes.isEmpty else { standardDeviation = 0; modeShare = 0; return }
        let mean = Double(minutes.reduce(0, +)) / Double(minutes.count)
        let variance = minutes.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(minutes.count)
        standardDeviation = variance.squareRoot()
        let counts = minutes.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
        modeShare = Double(counts.values.max()!) / Double(minutes.count)
    }

    init(rows: [WorkDay]) {
        self.init(minutes: rows.map(\.clockIn.minutesAfterMidnight))
    }

    /// What a clean record shows: deviation of 3 minutes or more, no minute with half the punches.
    var looksReal: Bool { standardDeviation >= 3 && modeShare < 0.5 }
}
