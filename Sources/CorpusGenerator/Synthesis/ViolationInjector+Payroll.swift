import AuditCore

/// The breaches planted in the payroll registers, after they were computed from the timesheets.
extension ViolationInjector {
    /// Underpaid overtime, hours lower than the timesheets', a rostered worker left off a month,
    /// a month of round net amounts and a line that does not add up.
    mutating func plantPayrollBreaches(in payroll: inout [PayrollMonth], employees: [Employee],
                                       attendance: [WorkDay], calculator: PayrollCalculator) {
        let roster = Set(employees.map(\.id))
        for underpaid in underpaid {
            guard let (m, l) = locate(underpaid.employeeID, in: underpaid.month, payroll) else { continue }
            underpay(&payroll[m].lines[l], way: underpaid.way, calculator: calculator,
                     monthlyBaseFen: employees.first { $0.id == underpaid.employeeID }!.monthlyBaseFen,
                     minutes: OvertimeMinutes(attendance.filter {
                         $0.employeeID == underpaid.employeeID && $0.date.yearMonth == underpaid.month
                     }))
        }
        if plants(.hoursMismatch) {
            let (m, l) = pickLine(in: payroll, roster: roster) { $0.overtimeMinutes >= 4 * 60 }
            if rng.chance(0.7) {
                let cut = min(payroll[m].lines[l].overtimeMinutes - 60, rng.int(in: 2...8) * 60)
                payroll[m].lines[l].overtimeMinutes -= max(cut, 60)
            } else {
                payroll[m].lines[l].regularMinutes -= 8 * 60
            }
        }
        if plants(.rosteredNotPaid) {
            let index = rng.int(in: 0...(payroll.count - 1))
            let month = payroll[index].month
            let eligible = Set(employees.filter {
                $0.hireDate < month.firstDay && $0.leaveDate == nil && !recordUsed.contains($0.id)
            }.map(\.id))
            let lineIndex = rng.pick(payroll[index].lines.indices.filter { eligible.contains(payroll[index].lines[$0].employeeID) })
            recordUsed.insert(payroll[index].lines[lineIndex].employeeID)
            payroll[index].lines.remove(at: lineIndex)
        }
        if plants(.roundNetPay) {
            let index = rng.pick(payroll.indices.filter { payroll[$0].lines.count >= 5 })
            for l in payroll[index].lines.indices {
                var line = payroll[index].lines[l]
                line.netFen = line.netFen / 10_000 * 10_000
                line.deductionsFen = line.grossFen - line.netFen
                payroll[index].lines[l] = line
            }
        }
        if plants(.wrongArithmetic) {
            let (m, l) = pickLine(in: payroll, roster: roster) { _ in true }
            if rng.chance(0.5) {
                // Gross over-added by a round amount; net follows the wrong gross.
                payroll[m].lines[l].grossFen += rng.pick([-1, 1]) * rng.int(in: 1...3) * 10_000
                payroll[m].lines[l].netFen = payroll[m].lines[l].grossFen - payroll[m].lines[l].deductionsFen
            } else {
                payroll[m].lines[l].netFen += rng.int(in: 20...200) * 100
            }
        }
    }

    /// Recomputes a line's overtime pay the wrong way, then its gross, deductions and net.
    private func underpay(_ line: inout PayrollLine, way: UnderpaymentWay, calculator: PayrollCalculator,
                          monthlyBaseFen: Int, minutes: OvertimeMinutes) {
        switch way {
        case .restDayAsWeekday:
            line.overtimePayFen = PayrollCalculator.overtimePay(
                monthlyBaseFen: monthlyBaseFen,
                minutes: OvertimeMinutes(workday: minutes.workday + minutes.restDay, holiday: minutes.holiday))
        case .holidayAsRestDay:
            line.overtimePayFen = PayrollCalculator.overtimePay(
                monthlyBaseFen: monthlyBaseFen,
                minutes: OvertimeMinutes(workday: minutes.workday, restDay: minutes.restDay + minutes.holiday))
        case .baseRate:
            line.overtimePayFen = dividedRounded(monthlyBaseFen * minutes.total, by: 174 * 60)
        }
        line.settle(deductionPermille: calculator.deductionPermille)
    }

    /// The register and line indices of `employeeID` in `month`.
    private func locate(_ employeeID: String, in month: YearMonth, _ payroll: [PayrollMonth]) -> (Int, Int)? {
        guard let m = payroll.firstIndex(where: { $0.month == month }),
              let l = payroll[m].lines.firstIndex(where: { $0.employeeID == employeeID }) else { return nil }
        return (m, l)
    }

    /// A line of a rostered worker whose record no plant changed and that passes `filter`
    /// (any rostered line when none does); the worker is then taken.
    private mutating func pickLine(in payroll: [PayrollMonth], roster: Set<String>,
                                   filter: (PayrollLine) -> Bool) -> (Int, Int) {
        var all: [(Int, Int)] = []
        var free: [(Int, Int)] = []
        for m in payroll.indices {
            for l in payroll[m].lines.indices where roster.contains(payroll[m].lines[l].employeeID) {
                all.append((m, l))
                let line = payroll[m].lines[l]
                if !recordUsed.contains(line.employeeID) && filter(line) { free.append((m, l)) }
            }
        }
        let chosen = rng.pick(free.isEmpty ? all : free)
        recordUsed.insert(payroll[chosen.0].lines[chosen.1].employeeID)
        return chosen
    }
}
