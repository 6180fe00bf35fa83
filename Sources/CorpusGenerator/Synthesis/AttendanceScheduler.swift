import AuditCore

/// Draws clean timesheets: Monday-Friday 8 regular hours with some evening overtime, some
/// Saturdays worked as overtime, Sundays off, and the odd day of leave.
///
/// Every worker stays well inside the limits: at most 10 hours a day, 58 hours a week and a
/// monthly overtime budget of 14-30 hours.
struct AttendanceScheduler {
    let months: [YearMonth]

    /// Timesheet rows for every employee on every day they worked, ordered by date then ID.
    func schedule(_ employees: [Employee], using rng: inout SplitMix64) -> [WorkDay] {
        let saturdayShifts = factorySaturdays(using: &rng)
        var rows: [WorkDay] = []
        for employee in employees {
            let eveningOvertimeChance = Double(rng.int(in: 10...45)) / 100
            for month in months {
                var budget = rng.int(in: 28...60) * 30
                for date in month.days where employee.isEmployed(on: date) {
                    switch date.weekday {
                    case 7:
                        continue
                    case 6:
                        guard let shift = saturdayShifts[date], shift <= budget, rng.chance(0.92) else { continue }
                        budget -= shift
                        rows.append(ShiftClock.workDay(employee, on: date, regular: 0, overtime: shift, using: &rng))
                    default:
                        guard !rng.chance(0.03) else { continue }  // a day of annual leave
                        var overtime = 0
                        if rng.chance(eveningOvertimeChance) {
                            overtime = min(rng.pick([60, 90, 120]), budget / 30 * 30)
                            budget -= overtime
                        }
                        rows.append(ShiftClock.workDay(employee, on: date, regular: 8 * 60, overtime: overtime,
                                                       using: &rng))
                    }
                }
            }
        }
        return rows.sorted(by: AttendanceScheduler.timesheetOrder)
    }

    /// The Saturdays the factory opens, with the shift length in minutes (a half or a full day).
    private func factorySaturdays(using rng: inout SplitMix64) -> [CivilDate: Int] {
        var shifts: [CivilDate: Int] = [:]
        for month in months {
            for date in month.days where date.weekday == 6 && rng.chance(0.65) {
                shifts[date] = rng.chance(0.7) ? 4 * 60 : 8 * 60
            }
        }
        return shifts
    }

    /// Date first, then employee ID: the order a clock system exports.
    static func timesheetOrder(_ a: WorkDay, _ b: WorkDay) -> Bool {
        (a.date, a.employeeID) < (b.date, b.employeeID)
    }
}
