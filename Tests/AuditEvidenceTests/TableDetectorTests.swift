import AuditCore
import AuditLayout
@testable import AuditEvidence
import AuditFields
import Testing

@Suite("Tables rebuilt from word positions")
struct TableDetectorTests {
    let header = line([("Employee ID", 40), ("Name", 120), ("Date of Birth", 220), ("Hire Date", 330), ("Net Pay", 450)], y: 100)

    @Test("Header cells map to canonical fields and rows fall under their columns")
    func basicTable() throws {
        let rows = [
            line([("E001", 40), ("Zhang Wei", 120), ("1990-03-01", 220), ("2020-01-06", 330), ("3,100.00", 462)], y: 116),
            line([("E002", 40), ("Li Na", 120), ("2001-11-30", 220), ("2024-05-20", 330), ("2,980.50", 462)], y: 132),
        ]
        let document = ExtractedDocument(path: "r.pdf", textSource: .pdfText, pages: [page(1, [header] + rows)])
        let table = try #require(TableDetector.tables(in: DocumentLayout(document)).first)
        #expect(table.fields == [.employeeId, .name, .dob, .hireDate, .net])
        #expect(table.rows.count == 2)
        #expect(table.cell(.name, in: table.rows[0])?.text == "Zhang Wei")
        #expect(table.cell(.net, in: table.rows[1])?.text == "2,980.50")
        #expect(table.cell(.dob, in: table.rows[1])?.evidence.page == 1)
        #expect(table.cell(.dob, in: table.rows[1])?.evidence.bbox != nil)
    }

    @Test("Title and footer lines that fill few columns are not rows")
    func titlesAreNotRows() throws {
        let lines = [
            line([("Employee Roster", 40)], y: 60), header,
            line([("E001", 40), ("Zhang Wei", 120), ("1990-03-01", 220), ("2020-01-06", 330), ("3,100.00", 462)], y: 116),
            line([("Prepared by HR", 40)], y: 300),
        ]
        let table = try #require(TableDetector.tables(in: DocumentLayout(ExtractedDocument(path: "r.pdf", textSource: .pdfText, pages: [page(1, lines)]))).first)
        #expect(table.rows.count == 1)
    }

    @Test("A table goes on over the next page with its header repeated, as one table")
    func continuedTable() throws {
        let first = page(1, [header, line([("E001", 40), ("A B", 120), ("1990-03-01", 220), ("2020-01-06", 330), ("1.00", 462)], y: 116)])
        let second = page(2, [header, line([("E002", 40), ("C D", 120), ("1991-03-01", 220), ("2021-01-06", 330), ("2.00", 462)], y: 116)])
        let tables = TableDetector.tables(in: DocumentLayout(ExtractedDocument(path: "r.pdf", textSource: .pdfText, pages: [first, second])))
        #expect(tables.count == 1)
        #expect(tables.first?.rows.count == 2)
        #expect(tables.first?.rows.last?.evidence.page == 2)
    }

    @Test("A table goes on over the next page without a header")
    func continuedWithoutHeader() throws {
        let first = page(1, [header, line([("E001", 40), ("A B", 120), ("1990-03-01", 220), ("2020-01-06", 330), ("1.00", 462)], y: 116)])
        let second = page(2, [line([("E002", 40), ("C D", 120), ("1991-03-01", 220), ("2021-01-06", 330), ("2.00", 462)], y: 60)])
        let tables = TableDetector.tables(in: DocumentLayout(ExtractedDocument(path: "r.pdf", textSource: .pdfText, pages: [first, second])))
        #expect(tables.first?.rows.count == 2)
    }

    @Test("Two headers printed close together are split into their own columns")
    func mergedHeaders() throws {
        let header = line([("Date", 40), ("Employee ID", 120), ("Regular Hours OT Hours", 220)], y: 100)
        let row = line([("2026-07-01", 40), ("E001", 120), ("8", 230), ("2", 320)], y: 116)
        let table = try #require(TableDetector.tables(in: DocumentLayout(ExtractedDocument(path: "t.pdf", textSource: .pdfText, pages: [page(1, [header, row])]))).first)
        #expect(table.fields == [.date, .employeeId, .regularHours, .otHours])
        #expect(table.cell(.otHours, in: table.rows[0])?.text == "2")
    }

    @Test("A spreadsheet's header row is found below title rows, and its rows follow by column index")
    func sheetTable() throws {
        func cells(_ texts: [String], row: Int) -> [Cell] { texts.map { Cell(text: $0, evidence: Evidence(path: "t.csv", text: $0, row: row)) } }
        let sheet = SheetTable(rows: [cells(["July attendance"], row: 1), cells(["日期", "工号", "姓名", "上班时间", "下班时间"], row: 2),
                                      cells(["2026-07-01", "E001", "李娜", "08:00", "17:00"], row: 3)])
        let table = try #require(TableDetector.tables(in: sheet, path: "t.csv").first)
        #expect(table.fields == [.date, .employeeId, .name, .clockIn, .clockOut])
        #expect(table.cell(.clockOut, in: table.rows[0])?.evidence.row == 3)
    }
}

@Suite("Labelled values and the evidence model")
struct EvidenceReaderTests {
    func document(_ lines: [[Word]]) -> ExtractedDocument {
        ExtractedDocument(path: "cert.pdf", textSource: .pdfText, pages: [page(1, lines)])
    }

    @Test("A 'Valid Until' date becomes the document's last valid day, with its evidence")
    func validUntil() throws {
        let doc = document([line([("Fire Safety Inspection Certificate", 40)], y: 60), line([("Valid Until: 2026-09-30", 40)], y: 100)])
        let facts = try #require(EvidenceReader().read(DocumentLayout(doc), type: .fireCertificate, tables: []).documents.first)
        #expect(facts.validUntil?.value == CivilDate(year: 2026, month: 9, day: 30))
        #expect(facts.validUntil?.evidence.text == "Valid Until: 2026-09-30")
        #expect(facts.openEnded == nil)
    }

    @Test("A validity phrase inside a sentence gives the last valid day")
    func sentence() throws {
        let doc = document([line([("This certificate is valid until 30 June 2027 subject to surveillance audits.", 40)], y: 100)])
        let facts = try #require(EvidenceReader().read(DocumentLayout(doc), type: .certificate, tables: []).documents.first)
        #expect(facts.validUntil?.value == CivilDate(year: 2027, month: 6, day: 30))
    }

    @Test("Issue and expiry dates printed in one cell are told apart")
    func twoLabelsInOneCell() throws {
        let doc = document([line([("Issue Date: 2024-07-01 Expiry Date: 2027-06-30", 40)], y: 100)])
        let facts = try #require(EvidenceReader().read(DocumentLayout(doc), type: .certificate, tables: []).documents.first)
        #expect(facts.issueDate?.value == CivilDate(year: 2024, month: 7, day: 1))
        #expect(facts.validUntil?.value == CivilDate(year: 2027, month: 6, day: 30))
    }

    @Test("A label and its value in separate cells are read together")
    func separateCells() throws {
        let doc = document([line([("Expiry Date:", 40), ("15 Nov 2026", 200)], y: 100)])
        let facts = try #require(EvidenceReader().read(DocumentLayout(doc), type: .certificate, tables: []).documents.first)
        #expect(facts.validUntil?.value == CivilDate(year: 2026, month: 11, day: 15))
    }

    @Test("A business term running 'to Long-term' has no end date")
    func openEnded() throws {
        let doc = document([line([("Business Term: 2015-06-01 to Long-term", 40)], y: 100)])
        let facts = try #require(EvidenceReader().read(DocumentLayout(doc), type: .businessLicense, tables: []).documents.first)
        #expect(facts.openEnded != nil)
        #expect(facts.validUntil == nil)
        #expect(facts.validFrom?.value == CivilDate(year: 2015, month: 6, day: 1))
    }

    @Test("Company name and registration code are read from their labels")
    func company() throws {
        let doc = document([line([("Company Name: Dongguan Huarong Garment Co., Ltd.", 40)], y: 100),
                            line([("Unified Social Credit Code: 91110000600037341L", 40)], y: 120)])
        let facts = try #require(EvidenceReader().read(DocumentLayout(doc), type: .businessLicense, tables: []).documents.first)
        #expect(facts.companyName?.value == "Dongguan Huarong Garment Co., Ltd.")
        #expect(facts.registrationCode?.value == "91110000600037341L")
    }

    @Test("A value wrapped onto the line below its label is read whole")
    func wrappedValue() throws {
        // A form's value column, too narrow for the name and the address, wraps them under themselves.
        let doc = document([line([("Company Name", 40), ("Guangzhou Shengfu Hardware Co.,", 200)], y: 100),
                            line([("Ltd.", 200)], y: 111),
                            line([("Unified Social Credit Code", 40), ("91440111013743399K", 200)], y: 126),
                            line([("Address", 40), ("No. 43 Jinlong Road, Baiyun District,", 200)], y: 142),
                            line([("Guangzhou, Guangdong", 200)], y: 153)])
        let layout = DocumentLayout(doc)
        let facts = try #require(EvidenceReader().read(layout, type: .businessLicense, tables: []).documents.first)
        #expect(facts.companyName?.value == "Guangzhou Shengfu Hardware Co., Ltd.")
        #expect(facts.registrationCode?.value == "91440111013743399K")
        #expect(layout.openingRows.map { $0.map(\.text) }.last == ["Address", "No. 43 Jinlong Road, Baiyun District, Guangzhou, Guangdong"])
    }

    @Test("A payroll's pay period comes from its label, and its rows become pay lines; the total row is left out")
    func payroll() throws {
        let header = line([("Employee ID", 40), ("Name", 120), ("Base Wage", 220), ("OT Pay", 320), ("Net Pay", 420)], y: 100)
        let lines = [line([("Pay Period: 2026-07", 40)], y: 60), header,
                     line([("E001", 40), ("Li Na", 120), ("2,520.00", 220), ("300.00", 320), ("2,600.00", 420)], y: 116),
                     line([("Total", 40), ("2,520.00", 220), ("300.00", 320), ("2,600.00", 420)], y: 132)]
        let doc = document(lines)
        let layout = DocumentLayout(doc)
        let model = EvidenceReader().read(layout, type: .payroll, tables: TableDetector.tables(in: layout))
        #expect(model.payLines.count == 1)
        #expect(model.payLines.first?.period.value == YearMonth(year: 2026, month: 7))
        #expect(model.payLines.first?.net?.value == 260_000)
        #expect(model.problems.isEmpty)
    }

    @Test("A row without a worker or a label whose every value is its column's sum above (a SUM under the columns) is a totals line; one whose values are no such sum is reported")
    func unlabelledTotals() throws {
        let header = line([("Employee ID", 40), ("Name", 120), ("Base Wage", 220), ("OT Pay", 320), ("Net Pay", 420)], y: 100)
        let rows = [line([("E001", 40), ("Li Na", 120), ("2,520.00", 220), ("300.00", 320), ("2,600.00", 420)], y: 116),
                    line([("E002", 40), ("Wu Yun", 120), ("2,480.50", 220), ("0.00", 320), ("2,300.50", 420)], y: 132)]
        func read(_ last: [Word]) -> EvidenceModel {
            let doc = document([line([("Pay Period: 2026-07", 40)], y: 60), header] + rows + [last])
            let layout = DocumentLayout(doc)
            return EvidenceReader().read(layout, type: .payroll, tables: TableDetector.tables(in: layout))
        }
        let summed = read(line([("5,000.50", 220), ("300.00", 320), ("4,900.50", 420)], y: 148))
        #expect(summed.payLines.map(\.employeeId.value) == ["E001", "E002"])
        #expect(summed.problems.isEmpty)
        let other = read(line([("5,000.50", 220), ("310.00", 320), ("4,900.50", 420)], y: 148))
        #expect(other.payLines.count == 2)
        #expect(other.problems.count == 1, "a row that is no sum and names no worker is reported")
    }

    @Test("A worker whose name begins with the letters of a total marker ('Su Min', 'Sumner') is read, while real total rows are left out")
    func namesLikeTotalMarkers() throws {
        let header = line([("Employee ID", 40), ("Name", 120), ("Base Wage", 220), ("OT Pay", 320), ("Net Pay", 420)], y: 100)
        let lines = [line([("Pay Period: 2026-07", 40)], y: 60), header,
                     line([("E001", 40), ("Su Min", 120), ("2,520.00", 220), ("300.00", 320), ("2,600.00", 420)], y: 116),
                     line([("E002", 40), ("Sumner Totaro", 120), ("2,520.00", 220), ("300.00", 320), ("2,600.00", 420)], y: 132),
                     line([("Sub-total", 40), ("5,040.00", 220), ("600.00", 320), ("5,200.00", 420)], y: 148),
                     line([("Grand Total", 40), ("5,040.00", 220), ("600.00", 320), ("5,200.00", 420)], y: 164),
                     line([("合计", 40), ("5,040.00", 220), ("600.00", 320), ("5,200.00", 420)], y: 180)]
        let doc = document(lines)
        let layout = DocumentLayout(doc)
        let model = EvidenceReader().read(layout, type: .payroll, tables: TableDetector.tables(in: layout))
        #expect(model.payLines.map(\.employeeId.value) == ["E001", "E002"])
        #expect(model.problems.isEmpty)
        #expect(["Total", "TOTAL:", "Totals", "Sum", "Sub Total", "合计（元）", "小计"].allSatisfy(TableRecordReader.isTotalMarker))
        #expect(!["Su Min", "Sumner", "Sun Gang", "E0343", "Totaro Ken"].contains(where: TableRecordReader.isTotalMarker))
    }

    @Test("Timesheet hours come from regular plus overtime, or from the punches less the meal break")
    func timesheetHours() throws {
        func cells(_ texts: [String], row: Int) -> [Cell] { texts.map { Cell(text: $0, evidence: Evidence(path: "t.csv", text: $0, row: row)) } }
        let sheet = SheetTable(rows: [cells(["Date", "Employee ID", "Clock In", "Clock Out"], row: 1),
                                      cells(["2026-07-01", "E001", "08:00", "20:30"], row: 2)])
        let doc = ExtractedDocument(path: "t.csv", textSource: .spreadsheet, sheets: [sheet])
        let layout = DocumentLayout(doc)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
        #expect(model.timeEntries.first?.hours.value == 11.5)
    }

    @Test("Overtime spread over several columns is added up, and its evidence names and boxes every cell added")
    func overtimeColumnsSummed() throws {
        let doc = ExtractedDocument(path: "t.pdf", textSource: .pdfText, pages: [page(1, [
            line([("Date", 40), ("Emp No", 120), ("Regular Hours", 200), ("OT Hours", 300), ("Weekend OT", 380)], y: 100),
            line([("2026-07-04", 40), ("E001", 120), ("8", 200), ("2", 300), ("3.5", 380)], y: 120),
        ])])
        let layout = DocumentLayout(doc)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
        let overtime = try #require(model.timeEntries.first?.overtimeHours)
        #expect(overtime.value == 5.5)
        #expect(overtime.evidence.text == "2 + 3.5")
        let box = try #require(overtime.evidence.bbox)
        #expect(box.x0 <= 300 && box.x1 >= 380 + 3 * 6, "the box spans both overtime cells")
    }

    @Test("A timesheet that names workers without IDs is linked to the roster's IDs by name")
    func linkByName() throws {
        func cells(_ texts: [String], row: Int) -> [Cell] { texts.map { Cell(text: $0, evidence: Evidence(path: "t.csv", text: $0, row: row)) } }
        let sheet = SheetTable(rows: [cells(["Date", "Name", "Regular Hours", "OT Hours"], row: 1),
                                      cells(["2026-07-01", "ZHANG Wei", "8", "4"], row: 2)])
        let doc = ExtractedDocument(path: "t.csv", textSource: .spreadsheet, sheets: [sheet])
        let layout = DocumentLayout(doc)
        var model = EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
        var worker = Employee(id: Located("E042", at: Evidence(path: "r.pdf")))
        worker.name = Located("Zhang Wei", at: Evidence(path: "r.pdf"))
        let linker = RosterNameLinker([worker])
        for index in model.timeEntries.indices { linker.link(&model.timeEntries[index]) }
        #expect(model.timeEntries.map(\.employeeId.value) == ["E042"])
        #expect(RosterNameLinker([worker, worker]).rosterId(for: "zhang wei") == "E042", "the same worker listed twice is one worker")
        var namesake = Employee(id: Located("E077", at: Evidence(path: "r.pdf")))
        namesake.name = Located("ZHANG Wei", at: Evidence(path: "r.pdf"))
        #expect(RosterNameLinker([worker, namesake]).rosterId(for: "Zhang Wei") == nil, "two workers with the name: no guess")
    }

    @Test("A value that is not a date is reported as a problem with its cell, not dropped silently")
    func badDate() throws {
        func cells(_ texts: [String], row: Int) -> [Cell] { texts.map { Cell(text: $0, evidence: Evidence(path: "t.csv", text: $0, row: row)) } }
        let sheet = SheetTable(rows: [cells(["Date", "Employee ID", "Regular Hours", "OT Hours"], row: 1),
                                      cells(["2026-13-45", "E001", "8", "2"], row: 2)])
        let doc = ExtractedDocument(path: "t.csv", textSource: .spreadsheet, sheets: [sheet])
        let layout = DocumentLayout(doc)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
        #expect(model.timeEntries.isEmpty)
        #expect(model.problems.first?.evidence.row == 2)
    }
}

@Suite("Headers over two lines")
struct StackedHeaderTests {
    @Test("A header printed over two lines is read as one, and the rows below it fall under its columns")
    func twoLineHeader() throws {
        let upper = line([("Employee", 40), ("Full", 120), ("Date of", 220), ("Hire", 330)], y: 100)
        let lower = line([("ID", 40), ("Name", 120), ("Birth", 220), ("Date", 330)], y: 111)
        let row = line([("E001", 40), ("Zhang Wei", 120), ("1990-03-01", 220), ("2020-01-06", 330)], y: 130)
        let document = ExtractedDocument(path: "r.pdf", textSource: .pdfText, pages: [page(1, [upper, lower, row])])
        let table = try #require(TableDetector.tables(in: DocumentLayout(document)).first)
        #expect(table.fields == [.employeeId, .name, .dob, .hireDate])
        #expect(table.rows.count == 1)
        #expect(table.cell(.hireDate, in: table.rows[0])?.text == "2020-01-06")
    }

    @Test("A Chinese header over an English one reads as one bilingual header")
    func bilingualHeader() throws {
        let upper = line([("工号", 40), ("姓名", 120), ("入职日期", 220)], y: 100)
        let lower = line([("Emp No.", 40), ("Name", 120), ("Hire Date", 220)], y: 111)
        let row = line([("E001", 40), ("李娜", 120), ("2020-01-06", 220)], y: 130)
        let document = ExtractedDocument(path: "r.pdf", textSource: .pdfText, pages: [page(1, [upper, lower, row])])
        let table = try #require(TableDetector.tables(in: DocumentLayout(document)).first)
        #expect(table.fields == [.employeeId, .name, .hireDate])
        #expect(table.rows.count == 1)
    }
}

@Suite("Day-first and month-first dates")
struct DateOrderTests {
    func cells(_ texts: [String], row: Int) -> [Cell] { texts.map { Cell(text: $0, evidence: Evidence(path: "r.csv", text: $0, row: row)) } }

    @Test("An unambiguous date elsewhere in the document settles an ambiguous column")
    func settledByDocument() throws {
        let sheet = SheetTable(rows: [cells(["Printed: 25/09/2026"], row: 1),
                                      cells(["Employee ID", "Name", "Hire Date", "Date of Birth"], row: 2),
                                      cells(["E001", "Li Na", "03/04/2020", "05/06/1990"], row: 3)])
        let document = ExtractedDocument(path: "r.csv", textSource: .spreadsheet, sheets: [sheet])
        let layout = DocumentLayout(document)
        let model = EvidenceReader().read(layout, type: .roster, tables: TableDetector.tables(in: layout))
        #expect(model.employees.first?.hireDate?.value == CivilDate(year: 2020, month: 4, day: 3))
        #expect(model.problems.isEmpty)
    }

    @Test("A validity date nothing settles is reported as ambiguous, not guessed")
    func ambiguousValidity() throws {
        let document = ExtractedDocument(path: "c.pdf", textSource: .pdfText,
                                         pages: [page(1, [line([("Valid Until: 03/04/2027", 40)], y: 100)])])
        let model = EvidenceReader().read(DocumentLayout(document), type: .certificate, tables: [])
        #expect(model.documents.first?.validUntil == nil)
        #expect(model.problems.first?.reason.contains("day-first or month-first") == true)
    }
}

@Suite("Payslips")
struct PayslipTests {
    @Test("Payslips printed as label-value blocks, one per worker, become pay lines")
    func payslipBlocks() throws {
        let lines = [
            line([("Payslip - July 2026", 40)], y: 60),
            line([("Employee ID: E001", 40), ("Name: Li Na", 250)], y: 100),
            line([("Basic Wage: 2,520.00", 40), ("OT Pay: 445.34", 250)], y: 116),
            line([("Gross Pay: 2,965.34", 40), ("Net Pay: 2,668.81", 250)], y: 132),
            line([("Employee ID: E002", 40), ("Name: Wang Fang", 250)], y: 180),
            line([("Basic Wage:", 40), ("2,600.00", 150), ("Net Pay:", 250), ("2,340.00", 350)], y: 196),
        ]
        let document = ExtractedDocument(path: "slips.pdf", textSource: .pdfText, pages: [page(1, lines)])
        let layout = DocumentLayout(document)
        let model = EvidenceReader().read(layout, type: .payroll, tables: TableDetector.tables(in: layout))
        #expect(model.payLines.map(\.employeeId.value) == ["E001", "E002"])
        #expect(model.payLines.allSatisfy { $0.period.value == YearMonth(year: 2026, month: 7) })
        #expect(model.payLines[0].overtimePay?.value == 44_534)
        #expect(model.payLines[1].baseWage?.value == 260_000)
        #expect(model.payLines[1].net?.value == 234_000)
    }
}

@Suite("Bilingual labels and split grids")
struct BilingualLabelTests {
    @Test("A label in Chinese and English before the value reads the value alone", arguments: [
        ("名称 Company Name: Beijing Xinfeng Textiles Co., Ltd.", "Beijing Xinfeng Textiles Co., Ltd."),
        ("组织名称 Organisation: Beijing Xinfeng Textiles Co., Ltd.", "Beijing Xinfeng Textiles Co., Ltd."),
        ("Company: Period Textiles Ltd", "Period Textiles Ltd"),
    ])
    func bilingualCompany(text: String, expected: String) throws {
        let document = ExtractedDocument(path: "c.pdf", textSource: .pdfText, pages: [page(1, [line([(text, 40)], y: 100)])])
        #expect(EvidenceReader().read(DocumentLayout(document), type: .certificate, tables: []).documents.first?.companyName?.value == expected)
    }

    @Test("A bilingual pay-period label gives the month")
    func bilingualPeriod() throws {
        let document = ExtractedDocument(path: "p.pdf", textSource: .pdfText, pages: [page(1, [line([("工资月份 Pay Period: 2026/5", 40)], y: 100)])])
        #expect(EvidenceReader().read(DocumentLayout(document), type: .payroll, tables: []).documents.first?.payPeriod?.value == YearMonth(year: 2026, month: 5))
    }

    @Test("The second block of a grid printed in two halves (days 23-31) is a grid too")
    func secondHalf() {
        #expect(HeaderMatcher.isDaySequence(Array(23...31)))
        #expect(HeaderMatcher.isDaySequence(Array(16...30)))
        #expect(!HeaderMatcher.isDaySequence(Array(1...9)))
    }
}

@Suite("Label-value pairs in one cell")
struct LabelledValuesTests {
    @Test("Several pairs printed in one cell are each read, in Chinese and in English", arguments: [
        ("基本工资：2780.00 加班费：675.03", [CanonicalField.baseWage: "2780.00", .otPay: "675.03"]),
        ("Basic Wage: 2,520.00 OT Pay: 445.34", [.baseWage: "2,520.00", .otPay: "445.34"]),
        ("Employee ID: E001 Name: Li Na", [.employeeId: "E001", .name: "Li Na"]),
    ])
    func pairs(text: String, expected: [CanonicalField: String]) {
        let found = Dictionary(KeyValueRecordReader.labelledValues(in: text).map { ($0.field, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(found == expected)
    }
}

@Suite("Malformed layouts")
struct MalformedLayoutTests {
    @Test("Header pieces whose extents come out of order give column regions, never a crash")
    func outOfOrderExtents() {
        let bounds = TableDetector.bounds(of: [200...224, 20...32, 300...324])
        #expect(bounds.count == 3)
        #expect(bounds.allSatisfy { $0.lowerBound <= $0.upperBound })
    }
}
