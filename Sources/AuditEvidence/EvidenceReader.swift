import AuditCore
import AuditFields

/// Builds the evidence model of one classified document: its own facts and the records in its tables.
public struct EvidenceReader: Sendable {
    public var configuration: EvidenceConfiguration

    public init(configuration: EvidenceConfiguration = EvidenceConfiguration()) {
        self.configuration = configuration
    }

    /// How much of a document carries its labelled facts and title: licenses and certificates
    /// are a page or two; registers state their period and company above the table.
    public static let factPages = 3
    public static let factSheetRows = 20

    /// The opening rows of cells as printed (lines of the first pages, then the first rows of each
    /// sheet), where titles and labelled values such as "Valid Until" or "Pay Period" stand.
    public static func rows(of document: ExtractedDocument) -> [[Cell]] {
        document.pages.prefix(factPages).flatMap { page in LineBuilder.lines(of: page).map { $0.reportCells(path: document.path) } }
            + document.sheets.flatMap { $0.rows.prefix(factSheetRows) }
    }

    public func read(_ document: ExtractedDocument, type: DocumentType, tables: [DetectedTable]) -> EvidenceModel {
        let facts = DocumentFactsReader.facts(of: Self.rows(of: document), path: document.path, type: type)
        var model = EvidenceModel(documents: [facts])
        let records = TableRecordReader(configuration: configuration)
        for table in tables {
            switch type {
            case .roster:
                model.merge(readRoster(table, records))
            case .timesheet:
                model.merge(readTimesheet(table, records))
            case .payroll:
                model.merge(readPayroll(table, period: facts.payPeriod, records))
            default:
                continue
            }
        }
        return model
    }

    func readRoster(_ table: DetectedTable, _ r: TableRecordReader) -> EvidenceModel {
        var model = EvidenceModel()
        let idField: CanonicalField = table.column(of: .employeeId) != nil ? .employeeId : .name
        guard table.column(of: idField) != nil else { return model }
        let dobOrder = r.dateOrder(of: .dob, in: table)
        let hireOrder = r.dateOrder(of: .hireDate, in: table)
        let leaveOrder = r.dateOrder(of: .leaveDate, in: table)
        for row in table.rows where !r.isTotalRow(row, in: table) {
            guard let id = r.text(idField, row, table) else {
                model.problems.append(ReadProblem(evidence: row.evidence, reason: "a roster row without an employee ID was left out"))
                continue
            }
            var employee = Employee(id: id)
            employee.name = r.text(.name, row, table)
            employee.sex = r.text(.sex, row, table)
            employee.nationalId = r.text(.nationalId, row, table)
            employee.birthDate = r.date(.dob, row, table, order: dobOrder, problems: &model.problems)
            employee.hireDate = r.date(.hireDate, row, table, order: hireOrder, problems: &model.problems)
            employee.leaveDate = r.date(.leaveDate, row, table, order: leaveOrder, problems: &model.problems)
            model.employees.append(employee)
        }
        return model
    }

    func readTimesheet(_ table: DetectedTable, _ r: TableRecordReader) -> EvidenceModel {
        var model = EvidenceModel()
        let byName = table.column(of: .employeeId) == nil
        let idField: CanonicalField = byName ? .name : .employeeId
        guard table.column(of: .date) != nil, table.column(of: idField) != nil else { return model }
        let order = r.dateOrder(of: .date, in: table)
        for row in table.rows where !r.isTotalRow(row, in: table) {
            guard let id = r.text(idField, row, table) else {
                model.problems.append(ReadProblem(evidence: row.evidence, reason: "a timesheet row without an employee ID was left out"))
                continue
            }
            guard let date = r.date(.date, row, table, order: order, problems: &model.problems) else { continue }
            let clockIn = r.clock(.clockIn, row, table, problems: &model.problems)
            let clockOut = r.clock(.clockOut, row, table, problems: &model.problems)
            let regular = r.hours(.regularHours, row, table, problems: &model.problems)
            let overtimeFields: Set<CanonicalField> = [.otHours, .restDayOtHours, .holidayOtHours]
            let hasOvertimeColumn = !table.columns.allSatisfy { $0.field.map { !overtimeFields.contains($0) } ?? true }
            let overtime = r.hoursSum(overtimeFields, row, table, problems: &model.problems)
                ?? (hasOvertimeColumn ? Located(0, at: row.evidence) : nil)
            let total = r.hours(.totalHours, row, table, problems: &model.problems)
            let hours: Located<Double>?
            if let total {
                hours = total
            } else if regular != nil || (overtime?.value ?? 0) > 0 {
                let sum = (regular?.value ?? 0) + (overtime?.value ?? 0)
                var evidence = (regular ?? overtime)!.evidence
                if let regular, let overtime {
                    evidence.text = "\(regular.evidence.text ?? "") + \(overtime.evidence.text ?? "")"
                    if let a = regular.evidence.bbox, let b = overtime.evidence.bbox { evidence.bbox = a.union(b) }
                }
                hours = Located(sum, at: evidence)
            } else if let clockIn, let clockOut {
                hours = Located(workedHours(from: clockIn.value, to: clockOut.value), at: row.evidence)
            } else {
                hours = nil
            }
            guard let hours else { continue }  // a day off or an absence: no hours to judge
            var entry = TimeEntry(employeeId: id, date: date, hours: hours)
            entry.identifiedByName = byName
            entry.clockIn = clockIn
            entry.clockOut = clockOut
            entry.overtimeHours = overtime
            entry.regularHours = regular
            model.timeEntries.append(entry)
        }
        return model
    }

    /// Hours between two punches, overnight when out is before in, less the meal break they span.
    func workedHours(from clockIn: Int, to clockOut: Int) -> Double {
        let end = clockOut < clockIn ? clockOut + 24 * 60 : clockOut
        var minutes = end - clockIn
        if clockIn <= configuration.mealBreak.lowerBound, end >= configuration.mealBreak.upperBound {
            minutes -= configuration.mealBreak.upperBound - configuration.mealBreak.lowerBound
        }
        return Double(minutes) / 60
    }

    func readPayroll(_ table: DetectedTable, period: Located<YearMonth>?, _ r: TableRecordReader) -> EvidenceModel {
        var model = EvidenceModel()
        let byName = table.column(of: .employeeId) == nil
        let idField: CanonicalField = byName ? .name : .employeeId
        guard table.column(of: idField) != nil else { return model }
        for row in table.rows where !r.isTotalRow(row, in: table) {
            guard let id = r.text(idField, row, table) else {
                model.problems.append(ReadProblem(evidence: row.evidence, reason: "a payroll row without an employee ID was left out"))
                continue
            }
            let rowPeriod = r.text(.payPeriod, row, table).flatMap { cell in
                DateParser.month(cell.value).map { Located($0, at: cell.evidence) }
            }
            guard let month = rowPeriod ?? period else {
                model.problems.append(ReadProblem(evidence: row.evidence,
                                                  reason: "the payroll does not say which month it pays (no 'Pay Period' line or column), so this row was not checked"))
                continue
            }
            var line = PayLine(employeeId: id, period: month)
            line.identifiedByName = byName
            line.name = r.text(.name, row, table)
            line.baseWage = r.money(.baseWage, row, table, problems: &model.problems)
            line.overtimePay = r.money(.otPay, row, table, problems: &model.problems)
            line.allowances = r.moneySum([.allowances, .positionWage, .pieceWage], row, table, problems: &model.problems)
            line.gross = r.money(.gross, row, table, problems: &model.problems)
            line.deductions = r.money(.deductions, row, table, problems: &model.problems)
                ?? r.moneySum([.deductionItem, .fines], row, table, problems: &model.problems)
            line.earningsComplete = table.columns.allSatisfy { $0.field != nil }
            line.net = r.money(.net, row, table, problems: &model.problems)
            line.regularHours = r.hours(.regularHours, row, table, problems: &model.problems)
            line.overtimeHours = r.hoursSum([.otHours, .restDayOtHours, .holidayOtHours], row, table, problems: &model.problems)
            line.daysWorked = r.hours(.daysWorked, row, table, problems: &model.problems)
            model.payLines.append(line)
        }
        return model
    }
}
