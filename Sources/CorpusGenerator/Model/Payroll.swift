import AuditCore

/// One worker's line on a monthly payroll register. Amounts are in fen.
///
/// Gross and net are stored, not derived, because a register can print figures that do not add
/// up; `settle(deductionPermille:)` makes them add up.
struct PayrollLine {
    var employeeID: String
    var employeeName: String
    var daysWorked: Int
    var regularMinutes: Int
    var overtimeMinutes: Int
    var baseFen: Int
    var overtimePayFen: Int
    /// The Allowance column's amount; nil when the register has no such column.
    var allowanceFen: Int?
    var deductionsFen: Int
    var grossFen: Int
    var netFen: Int

    /// Gross = base + overtime pay + allowance; deductions a share of gross; net = gross - deductions.
    mutating func settle(deductionPermille: Int) {
        grossFen = baseFen + overtimePayFen + (allowanceFen ?? 0)
        deductionsFen = dividedRounded(grossFen * deductionPermille, by: 1_000)
        netFen = grossFen - deductionsFen
    }
}

/// The payroll register of one calendar month.
struct PayrollMonth {
    var month: YearMonth
    var payDate: CivilDate
    var lines: [PayrollLine]
}
