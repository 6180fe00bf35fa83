import AuditCore

/// The breaches planted in the timesheets. Each worker gets at most one of them, and the
/// pile-up at 36 hours comes last, on worker-months no other plant touched.
extension ViolationInjector {
    /// Plants every timesheet breach of the plan into `attendance`.
    mutating func plantHourBreaches(in attendance: inout [WorkDay], employees: [Employee]) {
        let byID = Dictionary(uniqueKeysWithValues: employees.map { ($0.id, $0) })
        if plants(.juvenileWorker), let juvenile = employees.first(where: { hoursUsed.contains($0.id) && isMinor($0) }) {
            plantJuvenileHours(juvenile, in: &attendance)
        }
        if plants(.impossiblePunches) { plantImpossiblePunches(in: &attendance, employees: employees) }
        if plants(.monthlyOvertime) { plantMonthlyOvertime(in: &attendance, employees: employees) }
        if plants(.longWeek) { plantLongWeek(in: &attendance, employees: employees) }
        if plants(.noRestWeek) { plantNoRestWeek(in: &attendance, employees: employees) }
        if plants(.longStreak) { plantLongStreak(in: &attendance, employees: employees) }
        if plants(.underpaidOvertime) { prepareUnderpaidOvertime(in: &attendance, employees: employees) }
        if plants(.longDay) {
            let free = attendance.indices.filter {
                attendance[$0].kind == .workday && attendance[$0].date.weekday <= 5 && isFreeAdult(byID[attendance[$0].employeeID])
            }
            let index = rng.pick(free.isEmpty ? attendance.indices.filter { attendance[$0].kind == .workday } : free)
            let row = attendance[index]
            attendance[index] = ShiftClock.workDay(byID[row.employeeID]!, on: row.date, regular: 8 * 60,
                                                   overtime: rng.pick([210, 240]), using: &rng)
            mark(row.employeeID, months: [row.date.yearMonth])
        }
        if plants(.uniformPunches) { plantUniformPunches(in: &attendance, employees: employees) }
        if plants(.hoursAtLimit) { plantHoursAtLimit(in: &attendance, employees: employees) }
        attendance.sort(by: AttendanceScheduler.timesheetOrder)
    }

    // MARK: Workers' hours

    /// The juvenile's rest-day shifts and overtime removed, then overtime on a few weekday
    /// evenings of one month (no night punch: a breach where juvenile overtime is banned) and
    /// one early shift clocked in before 06:00 in another month (a night punch: a breach under
    /// every pack).
    private mutating func plantJuvenileHours(_ worker: Employee, in attendance: inout [WorkDay]) {
        attendance.removeAll { $0.employeeID == worker.id && $0.kind != .workday }
        for index in attendance.indices where attendance[index].employeeID == worker.id && attendance[index].overtimeMinutes > 0 {
            attendance[index] = ShiftClock.workDay(worker, on: attendance[index].date, regular: 8 * 60, overtime: 0,
                                                   using: &rng)
        }
        let shuffledMonths = rng.shuffled(months)
        let weekdays = { (month: YearMonth, rows: [WorkDay]) in
            rows.indices.filter {
                rows[$0].employeeID == worker.id && rows[$0].date.yearMonth == month && rows[$0].date.weekday <= 5
            }
        }
        for index in rng.shuffled(weekdays(shuffledMonths[0], attendance)).prefix(rng.int(in: 2...4)) {
            attendance[index] = ShiftClock.workDay(worker, on: attendance[index].date, regular: 8 * 60,
                                                   overtime: rng.pick([60, 90, 120]), using: &rng)
        }
        let early = rng.pick(weekdays(shuffledMonths[1], attendance))
        let clockIn = ClockTime(hour: 5, minute: rng.int(in: 28...52))
        attendance[early].clockIn = clockIn
        attendance[early].clockOut = clockIn.adding(minutes: 9 * 60 + rng.int(in: 0...6))
        mark(worker.id, months: months)
    }

    /// One day clocked from about 07:00 to 23:30, or out after midnight: a punch span over 16 hours.
    private mutating func plantImpossiblePunches(in attendance: inout [WorkDay], employees: [Employee]) {
        let worker = pickHoursWorker(employees.filter { $0.isEmployed(on: firstDay) && $0.isEmployed(on: lastDay) })
        let own = attendance.indices.filter {
            attendance[$0].employeeID == worker.id && attendance[$0].kind == .workday && attendance[$0].date.weekday <= 5
        }
        let index = rng.pick(own)
        let clockIn = ClockTime(hour: 7, minute: rng.int(in: 0...9))
        let clockOut = rng.chance(0.5) ? ClockTime(hour: 23, minute: rng.int(in: 30...45))
                                       : ClockTime(hour: 0, minute: rng.int(in: 20...50))
        let row = WorkDay(date: attendance[index].date, employeeID: worker.id, employeeName: worker.name,
                          clockIn: clockIn, clockOut: clockOut, regularMinutes: 8 * 60, overtimeMinutes: 7 * 60)
        attendance[index] = row
        mark(worker.id, months: [row.date.yearMonth])
    }

    /// At least two hours every weekday evening of one month, plus full Saturdays until overtime
    /// passes 36 h.
    private mutating func plantMonthlyOvertime(in attendance: inout [WorkDay], employees: [Employee]) {
        let month = rng.pick(months)
        let worker = pickHoursWorker(employees.filter { $0.isEmployed(on: month.firstDay) && $0.isEmployed(on: month.lastDay) })
        for index in attendance.indices
        where attendance[index].employeeID == worker.id && attendance[index].date.yearMonth == month
            && attendance[index].kind == .workday {
            attendance[index] = ShiftClock.workDay(worker, on: attendance[index].date, regular: 8 * 60,
                                                   overtime: max(120, attendance[index].overtimeMinutes),
                                                   using: &rng)
        }
        for saturday in month.days where saturday.weekday == 6 && saturday.kind == .restDay
            && saturday.adding(days: 1).kind != .workday {
            let overtime = attendance.filter { $0.employeeID == worker.id && $0.date.yearMonth == month }
                .reduce(0) { $0 + $1.overtimeMinutes }
            guard overtime <= 36 * 60 else { break }
            upsert(ShiftClock.day(worker, on: saturday, minutes: 8 * 60, using: &rng), into: &attendance)
        }
        mark(worker.id, months: [month])
    }

    /// Eleven hours Monday to Friday and a full Saturday (sometimes a Sunday morning too) in one week.
    private mutating func plantLongWeek(in attendance: inout [WorkDay], employees: [Employee]) {
        let monday = rng.pick(firstDay.through(lastDay.adding(days: -6)).filter { $0.weekday == 1 })
        let sunday = monday.adding(days: 6)
        let worker = pickHoursWorker(employees.filter { $0.isEmployed(on: monday) && $0.isEmployed(on: sunday) })
        for offset in 0..<5 {
            upsert(ShiftClock.day(worker, on: monday.adding(days: offset), minutes: 11 * 60, using: &rng),
                   into: &attendance)
        }
        upsert(ShiftClock.day(worker, on: monday.adding(days: 5), minutes: 8 * 60, using: &rng), into: &attendance)
        if rng.chance(0.5) {
            upsert(ShiftClock.day(worker, on: sunday, minutes: 4 * 60, using: &rng), into: &attendance)
        }
        mark(worker.id, months: [monday.yearMonth, sunday.yearMonth])
    }

    /// A Monday-Sunday week inside the timesheet span worked on all seven days: 8 hours on
    /// workdays, 4 on rest days and holidays, no weekday overtime (so the week stays at 48 hours).
    private mutating func plantNoRestWeek(in attendance: inout [WorkDay], employees: [Employee]) {
        let span = timesheetSpan(attendance)
        let mondays = span.first.through(span.last.adding(days: -6)).filter { $0.weekday == 1 }
        let monday = rng.pick(mondays)
        let worker = pickHoursWorker(employees.filter { $0.isEmployed(on: monday) && $0.isEmployed(on: monday.adding(days: 6)) })
        for offset in 0..<7 {
            let day = monday.adding(days: offset)
            upsert(ShiftClock.day(worker, on: day, minutes: day.kind == .workday ? 8 * 60 : 4 * 60, using: &rng),
                   into: &attendance)
        }
        mark(worker.id, months: [monday.yearMonth, monday.adding(days: 6).yearMonth])
    }

    /// Wednesday to the next Tuesday worked (seven days in a row across a weekend), with the
    /// Tuesday before and the Wednesday after off, so each Monday-Sunday week keeps a rest day.
    private mutating func plantLongStreak(in attendance: inout [WorkDay], employees: [Employee]) {
        let mondays = firstDay.through(lastDay.adding(days: -9)).filter { $0.weekday == 1 }
        let monday = rng.pick(mondays)
        let worker = pickHoursWorker(employees.filter { $0.isEmployed(on: monday) && $0.isEmployed(on: monday.adding(days: 9)) })
        for off in [monday.adding(days: 1), monday.adding(days: 9)] {
            attendance.removeAll { $0.employeeID == worker.id && $0.date == off }
        }
        for offset in 2...8 {
            let day = monday.adding(days: offset)
            upsert(ShiftClock.day(worker, on: day, minutes: day.kind == .workday ? 8 * 60 : 4 * 60, using: &rng),
                   into: &attendance)
        }
        mark(worker.id, months: [monday.yearMonth, monday.adding(days: 9).yearMonth])
    }

    /// Chooses two worker-months whose overtime the payroll will underpay, and makes sure they
    /// have the hours to underpay: one at the PRC premiums only (a half-day Saturday paid as
    /// weekday overtime, or a holiday worked and paid as a rest day), one with every overtime
    /// hour at the base rate (below every pack's premium).
    private mutating func prepareUnderpaidOvertime(in attendance: inout [WorkDay], employees: [Employee]) {
        let allHolidays = months.flatMap(\.days).filter { $0.kind == .holiday }
        let weekdayHolidays = allHolidays.filter { $0.weekday <= 5 }
        let holidays = weekdayHolidays.isEmpty ? allHolidays : weekdayHolidays
        let prcWay = holidays.isEmpty || rng.chance(0.5) ? UnderpaymentWay.restDayAsWeekday : .holidayAsRestDay
        for way in [prcWay, .baseRate] {
            let candidates = steadyWorkers(employees).filter { !hoursUsed.contains($0.id) && !isMinor($0) }
            let worker = candidates.isEmpty
                ? pickHoursWorker(employees.filter { $0.isEmployed(on: firstDay) && $0.isEmployed(on: lastDay) })
                : rng.pick(candidates)
            let month: YearMonth
            switch way {
            case .restDayAsWeekday:
                month = rng.pick(months)
                let saturdays = month.days.filter { $0.weekday == 6 && $0.kind == .restDay && $0.adding(days: 1).kind != .workday }
                let worked = attendance.filter { $0.employeeID == worker.id && $0.date.yearMonth == month && $0.kind == .restDay }
                if worked.reduce(0, { $0 + $1.totalMinutes }) < 4 * 60 {
                    upsert(ShiftClock.day(worker, on: rng.pick(saturdays), minutes: 4 * 60, using: &rng), into: &attendance)
                }
            case .holidayAsRestDay:
                let holiday = rng.pick(holidays)
                month = holiday.yearMonth
                upsert(ShiftClock.day(worker, on: holiday, minutes: 8 * 60, using: &rng), into: &attendance)
            case .baseRate:
                month = rng.pick(months)
                let weekdays = attendance.indices.filter {
                    attendance[$0].employeeID == worker.id && attendance[$0].date.yearMonth == month
                        && attendance[$0].kind == .workday && attendance[$0].date.weekday <= 5
                }
                for index in rng.shuffled(weekdays).prefix(2) where attendance[index].overtimeMinutes < 60 {
                    attendance[index] = ShiftClock.workDay(worker, on: attendance[index].date, regular: 8 * 60,
                                                           overtime: 60, using: &rng)
                }
            }
            underpaid.append((worker.id, month, way))
            mark(worker.id, months: [month])
            recordUsed.insert(worker.id)
        }
    }

    /// One worker clocking in at exactly 08:00 on every day of one month with at least 10 days.
    private mutating func plantUniformPunches(in attendance: inout [WorkDay], employees: [Employee]) {
        let counts = attendance.reduce(into: [WorkerMonth: Int]()) {
            $0[WorkerMonth(employeeID: $1.employeeID, month: $1.date.yearMonth), default: 0] += 1
        }
        let free = Set(employees.filter { !hoursUsed.contains($0.id) }.map(\.id))
        let eligible = counts.filter { $0.value >= 12 && free.contains($0.key.employeeID) }.keys
            .sorted { ($0.employeeID, $0.month) < ($1.employeeID, $1.month) }
        let key = rng.pick(eligible.isEmpty ? counts.filter { $0.value >= 12 }.keys.sorted { ($0.employeeID, $0.month) < ($1.employeeID, $1.month) } : eligible)
        for index in attendance.indices where attendance[index].employeeID == key.employeeID
            && attendance[index].date.yearMonth == key.month {
            attendance[index].clockIn = ClockTime(hour: 8)
        }
        hoursUsed.insert(key.employeeID)
        touched.insert(key)
        plantedPunches.insert(key)
    }

    /// More than 30 % of one month's workers at exactly 36.0 overtime hours: their rest-day
    /// shifts that month dropped and 36 hours spread over their weekday evenings, at most 12 a
    /// week (counting the week's days in the next or previous month) and 3 a day.
    private mutating func plantHoursAtLimit(in attendance: inout [WorkDay], employees: [Employee]) {
        for month in rng.shuffled(months) {
            let workers = Set(attendance.filter { $0.date.yearMonth == month }.map(\.employeeID))
            let needed = Int(Double(workers.count) * 0.3) + 1
            let candidates = employees.filter {
                workers.contains($0.id) && $0.isEmployed(on: month.firstDay) && $0.isEmployed(on: month.lastDay)
                    && !touched.contains(WorkerMonth(employeeID: $0.id, month: month))
            }
            var chosen: [Employee] = []
            for worker in rng.shuffled(candidates) where chosen.count < needed {
                if let rows = rowsAtLimit(worker, month: month, attendance: attendance) {
                    attendance.removeAll { $0.employeeID == worker.id && $0.date.yearMonth == month }
                    attendance += rows
                    chosen.append(worker)
                }
            }
            if chosen.count >= needed {
                for worker in chosen { touched.insert(WorkerMonth(employeeID: worker.id, month: month)) }
                return
            }
        }
        // No month had enough free workers: the consistency check reports the missing breach.
    }

    /// The worker's rows of `month` rebuilt with exactly 36 overtime hours on weekday evenings,
    /// or nil when their weekdays cannot hold them within 3 hours a day and 12 a week.
    private mutating func rowsAtLimit(_ worker: Employee, month: YearMonth, attendance: [WorkDay]) -> [WorkDay]? {
        let own = attendance.filter { $0.employeeID == worker.id }
        let days = own.filter { $0.date.yearMonth == month && $0.kind == .workday && $0.date.weekday <= 5 }
            .map(\.date).sorted()
        let keep = own.filter { $0.date.yearMonth == month && $0.kind == .workday && $0.date.weekday > 5 }
        var weekly = own.filter { $0.date.yearMonth != month }
            .reduce(into: [CivilDate: Int]()) { $0[$1.date.weekStart, default: 0] += $1.overtimeMinutes }
        var overtime = [CivilDate: Int]()
        var left = 36 * 60 - keep.reduce(0) { $0 + $1.overtimeMinutes }
        for row in keep { weekly[row.date.weekStart, default: 0] += row.overtimeMinutes }
        for dailyCap in [120, 180] {
            for day in days where left > 0 {
                let room = min(dailyCap - overtime[day, default: 0], 12 * 60 - weekly[day.weekStart, default: 0], left)
                guard room >= 30 else { continue }
                let add = room / 30 * 30
                overtime[day, default: 0] += add
                weekly[day.weekStart, default: 0] += add
                left -= add
            }
        }
        guard left == 0 else { return nil }
        return keep + days.map {
            ShiftClock.workDay(worker, on: $0, regular: 8 * 60, overtime: overtime[$0, default: 0], using: &rng)
        }
    }

    // MARK: Helpers

    /// A worker for an hours plant: an adult no other hours plant used, employed on every day
    /// of the candidates' range; falls back to any candidate.
    private mutating func pickHoursWorker(_ candidates: [Employee]) -> Employee {
        let free = candidates.filter { isFreeAdult($0) && $0.leaveDate == nil }
        let pool = free.isEmpty ? candidates : free
        let worker = rng.pick(pool)
        hoursUsed.insert(worker.id)
        return worker
    }

    private func isFreeAdult(_ worker: Employee?) -> Bool {
        guard let worker else { return false }
        return !hoursUsed.contains(worker.id) && !recordUsed.contains(worker.id) && !isMinor(worker)
    }

    /// Younger than 18 on some covered day.
    func isMinor(_ worker: Employee) -> Bool { worker.birthDate.age(on: firstDay) < 18 }

    private mutating func mark(_ employeeID: String, months: [YearMonth]) {
        hoursUsed.insert(employeeID)
        for month in months { touched.insert(WorkerMonth(employeeID: employeeID, month: month)) }
    }

    /// The earliest and latest dates in the timesheets.
    private func timesheetSpan(_ attendance: [WorkDay]) -> (first: CivilDate, last: CivilDate) {
        (attendance.map(\.date).min()!, attendance.map(\.date).max()!)
    }

    /// Replaces the worker's row for that day, or adds it.
    func upsert(_ row: WorkDay, into attendance: inout [WorkDay]) {
        if let index = attendance.firstIndex(where: { $0.employeeID == row.employeeID && $0.date == row.date }) {
            attendance[index] = row
        } else {
            attendance.append(row)
        }
    }
}

extension CivilDate {
    /// The day's kind in the PRC calendar.
    var kind: DayKind { ChinaCalendar.kind(of: self) }
}
