import AuditCore

/// One worker's line on a monthly payroll register. Amounts are in fen.
struct PayrollLine {
    var employeeID: String
    var employeeName: String
    var daysWorked: Int
    var regularMinutes: Int
    var overtimeMinutes: Int
    var baseFen: Int
    var overtimePayFen: Int
    var deductionsFen: Int

    var grossFen: Int { baseFen + overtimePayFen }
    var netFen: Int { grossFen - deductionsFen }
}

/// The payroll register of one calendar month.
struct PayrollMonth {
    var month: YearMonth
    var payDate: CivilDate
    var lines: [PayrollLine]
}
