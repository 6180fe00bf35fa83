import AuditCore

/// Plants the chosen kinds of breach into a clean factory, one stage at a time.
///
/// Each method leaves every other part of the evidence consistent: an under-age worker's
/// resident ID is re-issued to match the new birth date, changed days get matching punches, and
/// payroll is computed from the changed timesheets afterwards. What the injector plants is not
/// the ground truth; the oracle finds that independently, extra breaches included.
struct ViolationInjector {
    let kinds: [ViolationKind]
    let asOf: CivilDate
    let months: [YearMonth]
    private var rng: SplitMix64

    init(kinds: [ViolationKind], asOf: CivilDate, months: [YearMonth], rng: SplitMix64) {
        self.kinds = kinds
        self.asOf = asOf
        self.months = months
        self.rng = rng
    }

    private var firstDay: CivilDate { months[0].firstDay }
    private var lastDay: CivilDate { months[months.count - 1].lastDay }

    // MARK: Documents

    /// Lets a certificate lapse before the audit date, and/or brings a document's end date within
    /// the 60-day warning window.
    mutating func plantExpiry(company: inout Company, fire: inout FireCertificate,
                              certificate: inout ManagementCertificate) {
        var expiredType: DocumentType?
        if kinds.contains(.expiredCertificate) {
            let type = rng.pick([DocumentType.fireCertificate, .certificate])
            setValidUntil(asOf.adding(days: -rng.int(in: 5...150)), of: type,
                          company: &company, fire: &fire, certificate: &certificate)
            expiredType = type
        }
        if kinds.contains(.expiringDocument) {
            let candidates: [DocumentType] = [.fireCertificate, .certificate, .businessLicense].filter { $0 != expiredType }
            setValidUntil(asOf.adding(days: rng.int(in: 3...55)), of: rng.pick(candidates),
                          company: &company, fire: &fire, certificate: &certificate)
        }
    }

    /// Moves a document's end date, keeping its start date at the usual distance before it.
    private mutating func setValidUntil(_ date: CivilDate, of type: DocumentType, company: inout Company,
                                        fire: inout FireCertificate, certificate: inout ManagementCertificate) {
        switch type {
        case .fireCertificate:
            fire.validUntil = date
            fire.issued = date.adding(days: 1).adding(years: -1)
        case .certificate:
            certificate.expires = date
            certificate.issued = date.adding(days: 1).adding(years: -3)
        default:
            company.businessTermEnd = date
            company.established = date.adding(days: 1).adding(years: -rng.pick([20, 25, 30]))
        }
    }

    // MARK: Workforce

    /// Makes one long-serving worker younger than 16 on the days they work, with a resident ID
    /// re-issued for the new birth date and a hire date after their 15th birthday.
    mutating func plantUnderageWorker(in employees: inout [Employee]) {
        guard kinds.contains(.underageWorker) else { return }
        let candidates = employees.indices.filter {
            employees[$0].hireDate < firstDay && employees[$0].leaveDate == nil
        }
        let index = rng.pick(candidates)
        let birthDate = rng.chance(0.5)
            ? asOf.adding(years: -16).adding(days: rng.int(in: 20...200))       // under 16 throughout
            : firstDay.adding(years: -16).adding(days: rng.int(in: 10...50))   // turns 16 in the first weeks
        let earliestHire = birthDate.adding(years: 15).adding(days: 30)
        let latestHire = firstDay.adding(days: -7)
        var worker = employees[index]
        let oldID = Array(worker.nationalID)
        worker.birthDate = birthDate
        worker.hireDate = earliestHire <= latestHire ? rng.date(in: earliestHire...latestHire) : latestHire
        worker.nationalID = ResidentID.make(areaCode: String(oldID[0..<6]), birthDate: birthDate,
                                            sequence: Int(String(oldID[14..<16])) ?? 0, sex: worker.sex)
        employees[index] = worker
    }

    // MARK: Hours

    /// Adds a month over 36 overtime hours, a week over 60 hours and/or a day over 11 hours.
    ///
    /// Each step only lengthens days, and the long day comes last, so no step undoes another.
    mutating func plantHourBreaches(in attendance: inout [WorkDay], employees: [Employee]) {
        if kinds.contains(.monthlyOvertime) {
            plantMonthlyOvertime(in: &attendance, employees: employees)
        }
        if kinds.contains(.longWeek) {
            plantLongWeek(in: &attendance, employees: employees)
        }
        if kinds.contains(.longDay) {
            let byID = Dictionary(uniqueKeysWithValues: employees.map { ($0.id, $0) })
            let index = rng.pick(attendance.indices.filter { !attendance[$0].isRestDay })
            let row = attendance[index]
            attendance[index] = ShiftClock.workDay(byID[row.employeeID]!, on: row.date, regular: 8 * 60,
                                                   overtime: rng.pick([210, 240]), using: &rng)
        }
        attendance.sort(by: AttendanceScheduler.timesheetOrder)
    }

    /// At least two hours every weekday evening of one month, plus full Saturdays until overtime
    /// passes 36 h.
    private mutating func plantMonthlyOvertime(in attendance: inout [WorkDay], employees: [Employee]) {
        let month = rng.pick(months)
        let worker = rng.pick(employees.filter { $0.hireDate < month.firstDay && $0.leaveDate == nil })
        for index in attendance.indices
        where attendance[index].employeeID == worker.id && attendance[index].date.yearMonth == month
            && !attendance[index].isRestDay {
            attendance[index] = ShiftClock.workDay(worker, on: attendance[index].date, regular: 8 * 60,
                                                   overtime: max(120, attendance[index].overtimeMinutes),
                                                   using: &rng)
        }
        for saturday in month.days where saturday.weekday == 6 {
            let overtime = attendance.filter { $0.employeeID == worker.id && $0.date.yearMonth == month }
                .reduce(0) { $0 + $1.overtimeMinutes }
            guard overtime <= 36 * 60 else { break }
            upsert(ShiftClock.workDay(worker, on: saturday, regular: 0, overtime: 8 * 60, using: &rng),
                   into: &attendance)
        }
    }

    /// Eleven hours Monday to Friday and a full Saturday (sometimes a Sunday morning too) in one week.
    private mutating func plantLongWeek(in attendance: inout [WorkDay], employees: [Employee]) {
        let mondays = firstDay.through(lastDay.adding(days: -6)).filter { $0.weekday == 1 }
        let monday = rng.pick(mondays)
        let sunday = monday.adding(days: 6)
        let worker = rng.pick(employees.filter { $0.isEmployed(on: monday) && $0.isEmployed(on: sunday) })
        for offset in 0..<5 {
            upsert(ShiftClock.workDay(worker, on: monday.adding(days: offset), regular: 8 * 60, overtime: 3 * 60,
                                      using: &rng), into: &attendance)
        }
        upsert(ShiftClock.workDay(worker, on: monday.adding(days: 5), regular: 0, overtime: 8 * 60, using: &rng),
               into: &attendance)
        if rng.chance(0.5) {
            upsert(ShiftClock.workDay(worker, on: sunday, regular: 0, overtime: 4 * 60, using: &rng),
                   into: &attendance)
        }
    }

    /// Replaces the worker's row for that day, or adds it.
    private func upsert(_ row: WorkDay, into attendance: inout [WorkDay]) {
        if let index = attendance.firstIndex(where: { $0.employeeID == row.employeeID && $0.date == row.date }) {
            attendance[index] = row
        } else {
            attendance.append(row)
        }
    }

    // MARK: Payroll

    /// Pays someone who is not on the roster and/or leaves a rostered worker off one month's register.
    mutating func plantPayrollBreaches(in payroll: inout [PayrollMonth], employees: [Employee],
                                       idStyle: EmployeeIDStyle, calculator: PayrollCalculator) {
        if kinds.contains(.paidNotOnRoster) {
            let index = rng.int(in: 0...(payroll.count - 1))
            payroll[index].lines.append(ghostLine(month: payroll[index].month, employees: employees,
                                                  idStyle: idStyle, calculator: calculator))
            payroll[index].lines.sort { $0.employeeID < $1.employeeID }
        }
        if kinds.contains(.rosteredNotPaid) {
            let index = rng.int(in: 0...(payroll.count - 1))
            let month = payroll[index].month
            let eligible = Set(employees.filter { $0.hireDate < month.firstDay && $0.leaveDate == nil }.map(\.id))
            let lineIndex = rng.pick(payroll[index].lines.indices.filter { eligible.contains(payroll[index].lines[$0].employeeID) })
            payroll[index].lines.remove(at: lineIndex)
        }
    }

    /// A plausible full-month line for an ID and a name the roster does not have.
    private mutating func ghostLine(month: YearMonth, employees: [Employee], idStyle: EmployeeIDStyle,
                                    calculator: PayrollCalculator) -> PayrollLine {
        let rosterIDs = Set(employees.map(\.id))
        var names = Set(employees.map(\.name))
        var id = ""
        repeat {
            id = idStyle.id(idStyle == .letterPrefixed ? rng.int(in: 100...999) : rng.int(in: 1000...3999))
        } while rosterIDs.contains(id)
        let weekdays = month.days.filter { $0.weekday <= 5 }.count - rng.int(in: 0...1)
        let overtime = rng.int(in: 16...50) * 30
        let base = rng.int(in: 252...320) * 1_000
        let overtimePay = PayrollCalculator.overtimePay(monthlyBaseFen: base, weekdayMinutes: overtime, restDayMinutes: 0)
        return PayrollLine(employeeID: id,
                           employeeName: PersonNames.unique(sex: rng.chance(0.5) ? .female : .male, taken: &names,
                                                            using: &rng),
                           daysWorked: weekdays, regularMinutes: weekdays * 8 * 60, overtimeMinutes: overtime,
                           baseFen: base, overtimePayFen: overtimePay,
                           deductionsFen: dividedRounded((base + overtimePay) * calculator.deductionPermille, by: 1_000))
    }
}
