import AuditCore
import AuditFields
import AuditLayout

/// Builds the evidence model of one classified document: its own facts and the records in its tables.
public struct EvidenceReader: Sendable {
    public var configuration: EvidenceConfiguration

    public init(configuration: EvidenceConfiguration = EvidenceConfiguration()) {
        self.configuration = configuration
    }

    /// The evidence the document of `layout` holds, read as a document of `type` from its `tables`.
    ///
    /// Time entries and pay lines are handed to `emit` whenever `rowsPerPart` of them have been
    /// read, with the problems met so far, and are not in the returned model, so that a document of
    /// a year of daily attendance is never held whole as records; the parts and the returned model
    /// together are what one call without parts returns, in the same order.
    public func read(_ layout: DocumentLayout, type: DocumentType, tables: [DetectedTable],
                     rowsPerPart: Int = .max, emit: (EvidenceModel) -> Void = { _ in }) -> EvidenceModel {
        var coverage = RowCoverage()
        return read(layout, type: type, tables: tables, coverage: &coverage, rowsPerPart: rowsPerPart, emit: emit)
    }

    /// The evidence the document of `layout` holds, as `read(_:type:tables:rowsPerPart:emit:)` gives it, with
    /// `coverage` counting the rows of a roster, timesheet or payroll that look like data, the
    /// rows read, and what the reader did not find where rows went unread.
    public func read(_ layout: DocumentLayout, type: DocumentType, tables: [DetectedTable], coverage: inout RowCoverage,
                     rowsPerPart: Int = .max, emit: (EvidenceModel) -> Void = { _ in }) -> EvidenceModel {
        let document = layout.document
        let rows = layout.openingRows
        // The day/month order any unambiguous date in the document settles, for every column and label.
        let texts = [AnySequence(rows.lazy.flatMap { $0.lazy.map(\.text) }),
                     AnySequence(tables.lazy.flatMap { $0.rows.lazy.flatMap { $0.cells.values.lazy.map(\.text) } })].joined()
        var documentConfiguration = configuration
        documentConfiguration.defaultDateOrder = Self.documentDateOrder(texts) ?? configuration.defaultDateOrder
        let (facts, problems) = DocumentFactsReader.facts(of: rows, path: document.path, type: type,
                                                          order: documentConfiguration.defaultDateOrder,
                                                          ocr: document.textSource == .ocr || document.textSource == .mixed)
        var model = EvidenceModel(documents: [facts], problems: problems)
        if type == .timesheet, let log = PunchLog(document, rules: configuration.punches) {
            var emitted = 0
            let rest = readPunchLog(log, rowsPerPart: rowsPerPart) { part in
                emitted += part.timeEntries.count
                emit(part)
            }
            coverage.countRecords(read: emitted + rest.timeEntries.count, leftOut: rest.problems.count)
            model.merge(rest)
            return model
        }
        let punchRecords = type == .timesheet ? document.sheets.compactMap(PunchRecordSheet.init) : []
        let punchMatrices = type == .timesheet && punchRecords.isEmpty ? document.sheets.compactMap(PunchMatrixSheet.init) : []
        let dailyReports = type == .timesheet && punchRecords.isEmpty && punchMatrices.isEmpty ? document.sheets.compactMap(PunchDailySheet.init) : []
        let punchLists = type == .timesheet && punchRecords.isEmpty && punchMatrices.isEmpty && dailyReports.isEmpty
            ? document.sheets.compactMap(PunchRecordList.init) : []
        let summarySheets = type == .timesheet ? Self.summarySheets(of: layout, tables: tables) : []
        let summaries = EvidenceModel(problems: summarySheets.flatMap(\.problems),
                                      attendanceSummaries: summarySheets.flatMap(\.summaries))
        model.merge(summaries)
        if !punchRecords.isEmpty || !punchMatrices.isEmpty || !dailyReports.isEmpty || !punchLists.isEmpty {
            // The day row of a record would read as a grid of its own: the record is read instead.
            var records = EvidenceModel()
            for (problems, persons) in punchRecords.map({ ($0.problems, $0.persons) }) + punchMatrices.map({ ($0.problems, $0.persons) }) {
                records.problems += problems
                records.merge(readPunchDays(of: persons))
            }
            for report in dailyReports {
                records.problems += report.problems
                records.merge(readDailyPunches(report.days))
            }
            for list in punchLists { records.merge(readPunchList(list)) }
            coverage.countRecords(read: records.timeEntries.count, leftOut: records.problems.count)
            model.merge(records)
            return model
        }
        var readPayLines = false
        let records = TableRecordReader(configuration: documentConfiguration)
        // A summary's rows are read above: each a worker's totals, or a value left out with a reason.
        func inSummary(_ evidence: Evidence) -> Bool { summarySheets.contains { $0.holds(evidence) } }
        coverage.countRecords(read: summaries.attendanceSummaries.count,
                              leftOut: summarySheets.filter { $0.summaries.isEmpty && !$0.problems.isEmpty }.count)
        for table in tables where !inSummary(table.headerEvidence) {
            guard RowCoverage.nouns[type] != nil else { continue }
            coverage.rowsWithContent += table.rows.count { !records.isTotalRow($0, in: table) && RowCoverage.looksLikeData($0.cells.values) }
            if type == .roster {
                model.merge(readRoster(table, records, &coverage))
                continue
            }
            if type == .timesheet, table.isDayGrid, !Self.hasFilledDay(table) {
                coverage.note(Self.noFilledDays(table))
                continue
            }
            let order = table.isDayGrid || type == .payroll ? nil : records.dateOrder(of: .date, in: table)
            let rowsPerSlice = max(1, rowsPerPart / (table.isDayGrid ? max(1, table.dayColumns.count) : 1))
            for start in stride(from: 0, to: table.rows.count, by: rowsPerSlice) {
                let slice = start..<min(table.rows.count, start + rowsPerSlice)
                if type == .payroll {
                    model.merge(readPayroll(table, rows: slice, period: facts.payPeriod, records, &coverage))
                } else if table.isDayGrid {
                    model.merge(readGrid(table, rows: slice, month: facts.payPeriod, records, &coverage))
                } else {
                    model.merge(readTimesheet(table, rows: slice, order: order, records, &coverage))
                }
                readPayLines = readPayLines || !model.payLines.isEmpty
                if model.timeEntries.count + model.payLines.count >= rowsPerPart {
                    emit(EvidenceModel(timeEntries: model.timeEntries, payLines: model.payLines, problems: model.problems))
                    (model.timeEntries, model.payLines, model.problems) = ([], [], [])
                }
            }
        }
        guard RowCoverage.nouns[type] != nil else { return model }
        var printedRows: [[Cell]]?
        func allRows() -> [[Cell]] {
            if let printedRows { return printedRows }
            printedRows = layout.printedRows
            return printedRows!
        }
        if tables.isEmpty {
            // Rows outside the summaries, which no header was found for.
            let unread = allRows().filter { row in !(row.first { !$0.text.isEmpty }.map { inSummary($0.evidence) } ?? false) }
            let dataRows = unread.count { RowCoverage.looksLikeData($0) }
            coverage.rowsWithContent += dataRows
            if summarySheets.isEmpty || dataRows > 0 { coverage.note(Self.noHeader(in: unread)) }
        }
        if type == .payroll, !readPayLines {
            let slips = readPayslips(allRows(), period: facts.payPeriod, records)
            if !slips.payLines.isEmpty || !slips.problems.isEmpty {
                // Payslips are blocks, not rows: each block found is one row read or left out.
                coverage = RowCoverage()
                coverage.rowsRead = slips.payLines.count
                coverage.rowsLeftOut = slips.problems.count
                coverage.rowsWithContent = coverage.rowsRead + coverage.rowsLeftOut
            } else {
                coverage.note(.noPayslipsEither)
            }
            model.merge(slips)
        }
        return model
    }

    /// The attendance summaries among the sheets and pages of `layout`'s document: sheets laid out
    /// as one (`AttendanceSummarySheet`) whose tables are no record of single days (no date column,
    /// no day columns), which the table reader reads instead.
    static func summarySheets(of layout: DocumentLayout, tables: [DetectedTable]) -> [AttendanceSummarySheet] {
        let document = layout.document
        let dayTables = tables.filter { $0.isDayGrid || $0.fields.contains(.date) }
        let daySheets = Set(dayTables.map(\.headerEvidence.sheet))
        let dayPages = Set(dayTables.flatMap { table in [table.headerEvidence.page] + table.rows.map(\.evidence.page) }.compactMap { $0 })
        let printed = PrintedSummaryPages.sheets(of: layout, excluding: dayPages)
            .compactMap { printed -> AttendanceSummarySheet? in
                var summary = AttendanceSummarySheet(printed.sheet)
                summary?.pages = printed.pages
                return summary
            }
        return document.sheets.filter { !daySheets.contains($0.name) }.compactMap(AttendanceSummarySheet.init) + printed
    }

    /// The days worked a raw punch log records, handed to `emit` `rowsPerPart` entries at a
    /// time; the returned model has the rest and every problem met.
    func readPunchLog(_ log: PunchLog, rowsPerPart: Int, emit: (EvidenceModel) -> Void) -> EvidenceModel {
        let (entries, dayProblems) = PunchDayBuilder(rules: configuration.punches, reader: self).entries(from: log.punches)
        var rest = entries[...]
        while rest.count > rowsPerPart {
            emit(EvidenceModel(timeEntries: Array(rest.prefix(rowsPerPart))))
            rest = rest.dropFirst(rowsPerPart)
        }
        return EvidenceModel(timeEntries: Array(rest), problems: log.problems + dayProblems)
    }

    /// What a table lacks when it has no column of employee IDs or names, with its header.
    static func noWorkerColumn(_ table: DetectedTable) -> ReasonText {
        ReasonText(.noWorkerColumn, ["header": headerText(table)])
    }

    /// What a timesheet table lacks when it has neither a date column nor day-numbered columns.
    static func noDateColumn(_ table: DetectedTable) -> ReasonText {
        if let punches = table.columns.first(where: { $0.field == .punches || $0.field == .clockIn }) {
            return ReasonText(.noDateColumnForTimes, ["header": headerText(table), "times": punches.header])
        }
        return ReasonText(.noDateColumn, ["header": headerText(table)])
    }

    /// A table's header as printed, its empty cells left out and long headers cut short.
    static func headerText(_ table: DetectedTable) -> String {
        let texts = table.columns.map(\.header).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return texts.prefix(8).joined(separator: " | ") + (texts.count > 8 ? " | …" : "")
    }

    /// What the reader did not find in a document without a recognised header row, with the row
    /// that came nearest, so that a person can see which column names were not understood.
    static func noHeader(in rows: [[Cell]]) -> ReasonText {
        let lookup = HeaderLookup()
        var nearest: (row: [Cell], known: [String], filled: Int)?
        for row in rows.prefix(200) {
            let filled = row.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
            let known = filled.filter { lookup.field(for: $0.text) != nil }.map(\.text)
            if known.count > (nearest?.known.count ?? 0) { nearest = (row, known, filled.count) }
        }
        let reason = ReasonText(.noHeaderRow, ["minimum": String(HeaderMatcher.minimumFields)])
        guard let nearest else { return reason }
        let evidence = nearest.row.first?.evidence
        var values = ["known": String(nearest.known.count), "filled": String(nearest.filled)]
        let names = Array(nearest.known.prefix(6))
        let place: ReadReason
        if let row = evidence?.row {
            (place, values["row"]) = (.nearestHeaderAtRow, String(row))
        } else if let page = evidence?.page {
            (place, values["page"]) = (.nearestHeaderOnPage, String(page))
        } else {
            place = .nearestHeader
        }
        let named = ReasonText(place.text, texts: ["names": ReasonText(en: ReportLanguage.en.enumeration(names), zh: ReportLanguage.zh.enumeration(names))],
                               values: values)
        return ReasonText.joined([reason, named])!
    }

    /// Reads payslips printed as "Label: value" blocks, one per worker.
    func readPayslips(_ rows: [[Cell]], period: Located<YearMonth>?, _ r: TableRecordReader) -> EvidenceModel {
        var model = EvidenceModel()
        for (record, everyLabelKnown) in KeyValueRecordReader.recordsWithLabels(in: rows) {
            let id = record[.employeeId]!
            let recordPeriod = record[.payPeriod].flatMap { cell in DateParser.month(cell.text).map { Located($0, at: cell.evidence) } }
            guard let month = recordPeriod ?? period else {
                model.problems.append(ReadProblem(evidence: id.evidence, .payslipNoMonth))
                continue
            }
            var line = PayLine(employeeId: Located(TextNormalizer.fold(id.text).trimmingCharacters(in: .whitespaces), at: id.evidence), period: month)
            func money(_ field: CanonicalField) -> Located<Int>? {
                guard let cell = record[field] else { return nil }
                if let value = MoneyParser.fen(cell.text) { return Located(value, at: cell.evidence) }
                model.problems.append(ReadProblem(evidence: cell.evidence, .notMoney, ["text": cell.text]))
                return nil
            }
            func hours(_ field: CanonicalField) -> Located<Double>? {
                guard let cell = record[field] else { return nil }
                if let value = DurationParser.hours(cell.text) { return Located(value, at: cell.evidence) }
                model.problems.append(ReadProblem(evidence: cell.evidence, .notHours, ["text": cell.text]))
                return nil
            }
            line.name = record[.name].map { Located($0.text, at: $0.evidence) }
            line.baseWage = money(.baseWage)
            line.overtimePay = money(.otPay)
            line.allowances = money(.allowances)
            line.gross = money(.gross)
            line.deductions = money(.deductions)
            line.net = money(.net)
            line.regularHours = hours(.regularHours)
            line.overtimeHours = hours(.otHours)
            line.daysWorked = hours(.daysWorked)
            // Every label of the slip understood: its earnings are all here, and gross can be
            // checked against them.
            line.earningsComplete = everyLabelKnown
            model.payLines.append(line)
        }
        return model
    }

    func readRoster(_ table: DetectedTable, _ r: TableRecordReader, _ coverage: inout RowCoverage) -> EvidenceModel {
        var model = EvidenceModel()
        let idField: CanonicalField = table.column(of: .employeeId) != nil ? .employeeId : .name
        guard table.column(of: idField) != nil else {
            coverage.note(Self.noWorkerColumn(table))
            return model
        }
        let dobOrder = r.dateOrder(of: .dob, in: table)
        let hireOrder = r.dateOrder(of: .hireDate, in: table)
        let leaveOrder = r.dateOrder(of: .leaveDate, in: table)
        for row in table.rows where !r.isTotalRow(row, in: table) {
            guard let id = r.text(idField, row, table) else {
                model.problems.append(ReadProblem(evidence: row.evidence, .rosterRowNoId))
                coverage.rowsLeftOut += 1
                continue
            }
            coverage.rowsRead += 1
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

    /// Reads the `rows` of a timesheet table of one row per worker and day; `order` is the
    /// day/month order of the table's date column.
    func readTimesheet(_ table: DetectedTable, rows: Range<Int>, order: DateOrder?, _ r: TableRecordReader,
                       _ coverage: inout RowCoverage) -> EvidenceModel {
        var model = EvidenceModel()
        let byName = table.column(of: .employeeId) == nil
        let idField: CanonicalField = byName ? .name : .employeeId
        if table.column(of: idField) == nil { coverage.note(Self.noWorkerColumn(table)) }
        if table.column(of: .date) == nil { coverage.note(Self.noDateColumn(table)) }
        guard table.column(of: .date) != nil, table.column(of: idField) != nil else { return model }
        for row in table.rows[rows] where !r.isTotalRow(row, in: table) {
            guard let id = r.text(idField, row, table) else {
                model.problems.append(ReadProblem(evidence: row.evidence, .timesheetRowNoId))
                coverage.rowsLeftOut += 1
                continue
            }
            let problemsBefore = model.problems.count
            guard let date = r.date(.date, row, table, order: order, problems: &model.problems) else {
                if model.problems.count > problemsBefore {
                    coverage.rowsLeftOut += 1
                } else {
                    coverage.note(.emptyDateCells)
                }
                continue
            }
            coverage.rowsRead += 1
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

    /// The day/month order settled by the document's own dates: the unambiguous ones inside its
    /// text (a 25/03/2026 makes 03/04/2026 the 3rd of April).
    static func documentDateOrder(_ texts: some Sequence<String>) -> DateOrder? {
        // Only a/b/yyyy dates can be ambiguous, and a few hundred of them settle the order.
        let slashed = texts.lazy.filter { text in
            text.count <= 40 && text.contains { $0 == "/" || $0 == "." || $0 == "-" } && text.contains(where: \.isNumber)
        }.prefix(400)
        return DateParser.inferOrder(from: slashed.flatMap { text in DateParser.dates(in: text).map(\.text) })
    }

    /// Reads a monthly grid of workers by days: each day cell holds hours ("8", "8+2" for regular
    /// plus overtime), punches ("08:00-17:30") or a mark of the day (`√`, `事假`, see `DayMarks`);
    /// blanks and rest marks are days off.
    func readGrid(_ table: DetectedTable, rows: Range<Int>, month: Located<YearMonth>?, _ r: TableRecordReader,
                  _ coverage: inout RowCoverage) -> EvidenceModel {
        var model = EvidenceModel()
        let byName = table.column(of: .employeeId) == nil
        let idField: CanonicalField = byName ? .name : .employeeId
        guard let month else {
            // Reported once for the whole grid, as the reason none of its rows was read.
            coverage.note(.gridNoMonth)
            return model
        }
        for row in table.rows[rows] where !r.isTotalRow(row, in: table) {
            guard let id = r.text(idField, row, table) else {
                coverage.note(byName ? .rowsWithoutWorkerName : .rowsWithoutWorkerId)
                continue
            }
            coverage.rowsRead += 1
            for (column, dayNumber) in table.dayColumns.sorted(by: { $0.value < $1.value }) {
                guard let cell = row.cells[column], !TableRecordReader.isBlankMark(cell.text) else { continue }
                guard let date = CivilDate(year: month.value.year, month: month.value.month, day: dayNumber) else { continue }
                if let mark = DayMarks.mark(cell.text) {
                    model.merge(markedDay(mark, cell: cell, id: id, date: date, byName: byName))
                    continue
                }
                guard let (hours, overtime, punches) = gridHours(cell.text) else {
                    model.problems.append(ReadProblem(evidence: cell.evidence, .gridDayUnreadable, ["text": cell.text, "day": String(dayNumber)]))
                    continue
                }
                let evidence = cell.evidence  // made once: a grid cell makes its evidence when asked
                var entry = TimeEntry(employeeId: id, date: Located(date, at: evidence), hours: Located(hours, at: evidence))
                entry.identifiedByName = byName
                entry.overtimeHours = overtime.map { Located($0, at: evidence) }
                entry.regularHours = overtime.map { Located(hours - $0, at: evidence) }
                if let punches {
                    entry.clockIn = Located(punches.lowerBound, at: evidence)
                    entry.clockOut = Located(punches.upperBound % (24 * 60), at: evidence)
                }
                model.timeEntries.append(entry)
            }
        }
        return model
    }

    /// Hours in a grid cell, with the overtime part when written as "8+2", and the punches when written as times.
    func gridHours(_ text: String) -> (hours: Double, overtime: Double?, punches: ClosedRange<Int>?)? {
        let folded = TextNormalizer.fold(text).trimmingCharacters(in: .whitespaces)
        let parts = folded.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, let regular = DurationParser.hours(parts[0]), let overtime = DurationParser.hours(parts[1]) {
            return (regular + overtime, overtime, nil)
        }
        let punches = ClockTimeParser.allMinutes(in: folded)
        if punches.count >= 2, let first = punches.first, let last = punches.last {
            let end = last < first ? last + 24 * 60 : last
            return (workedHours(from: first, to: last), nil, first...end)
        }
        if let hours = DurationParser.hours(folded) { return (hours, nil, nil) }
        return nil
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

    func readPayroll(_ table: DetectedTable, rows: Range<Int>, period: Located<YearMonth>?, _ r: TableRecordReader,
                     _ coverage: inout RowCoverage) -> EvidenceModel {
        var model = EvidenceModel()
        let byName = table.column(of: .employeeId) == nil
        let idField: CanonicalField = byName ? .name : .employeeId
        guard table.column(of: idField) != nil else {
            coverage.note(Self.noWorkerColumn(table))
            return model
        }
        for row in table.rows[rows] where !r.isTotalRow(row, in: table) {
            guard let id = r.text(idField, row, table) else {
                model.problems.append(ReadProblem(evidence: row.evidence, .payrollRowNoId))
                coverage.rowsLeftOut += 1
                continue
            }
            let rowPeriod = r.text(.payPeriod, row, table).flatMap { cell in
                DateParser.month(cell.value).map { Located($0, at: cell.evidence) }
            }
            guard let month = rowPeriod ?? period else {
                model.problems.append(ReadProblem(evidence: row.evidence, .payrollNoMonth))
                coverage.rowsLeftOut += 1
                continue
            }
            coverage.rowsRead += 1
            var line = PayLine(employeeId: id, period: month)
            line.identifiedByName = byName
            line.name = r.text(.name, row, table)
            line.baseWage = r.money(.baseWage, row, table, problems: &model.problems)
            // A blank in the overtime-pay column is no overtime pay, as a blank overtime-hours cell
            // of a timesheet is no overtime (sheets print zero values blank).
            line.overtimePay = r.money(.otPay, row, table, problems: &model.problems)
                ?? (table.column(of: .otPay) != nil && TableRecordReader.isBlankMark(table.cell(.otPay, in: row)?.text ?? "")
                    ? Located(0, at: row.evidence) : nil)
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
