import AuditCore
import AuditLayout
@testable import AuditEvidence
import Testing

/// A roster, timesheet or payroll read as the reader reads it: the coverage of its rows.
@Suite("Rows read against rows that look like data")
struct RowCoverageTests {
    func sheet(_ rows: [[String]]) -> ExtractedDocument {
        let cells = rows.enumerated().map { row, texts in
            texts.map { Cell(text: $0, evidence: Evidence(path: "records.csv", text: $0, row: row + 1)) }
        }
        return ExtractedDocument(path: "records.csv", textSource: .spreadsheet, sheets: [SheetTable(rows: cells)])
    }

    func coverage(_ rows: [[String]], as type: DocumentType) -> RowCoverage {
        let document = sheet(rows)
        var coverage = RowCoverage()
        let layout = DocumentLayout(document)
        _ = EvidenceReader().read(layout, type: type, tables: TableDetector.tables(in: layout), coverage: &coverage)
        return coverage
    }

    @Test("A timesheet read whole has no shortfall")
    func wholeTimesheet() {
        let found = coverage([["工号", "日期", "上班", "下班"], ["E001", "2026-07-01", "08:00", "17:00"],
                              ["E001", "2026-07-02", "08:00", "17:00"]], as: .timesheet)
        #expect(found.rowsWithContent == 2 && found.rowsRead == 2)
        #expect(found.shortfall(of: .timesheet) == nil)
    }

    @Test("A timesheet whose header names no known columns reads 0 rows and says no header row was recognised")
    func unknownHeader() throws {
        let found = coverage([["Mitarbeiter", "Tag", "Kommen", "Gehen"], ["A1", "01.07.", "8", "17"], ["A2", "01.07.", "9", "18"],
                              ["A3", "01.07.", "7", "16"]], as: .timesheet)
        let shortfall = try #require(found.shortfall(of: .timesheet))
        #expect(shortfall.hasPrefix("read 0 of 4 rows of this timesheet: no header row was recognised"))
    }

    @Test("A grid of days that does not say its month reads 0 rows: the day columns have no dates")
    func gridWithoutMonth() throws {
        let days = (1...31).map(String.init)
        let found = coverage([["工号", "姓名"] + days, ["E001", "李娜"] + Array(repeating: "8", count: 31),
                              ["E002", "王伟"] + Array(repeating: "8", count: 31)], as: .timesheet)
        let shortfall = try #require(found.shortfall(of: .timesheet))
        #expect(shortfall.hasPrefix("read 0 of 2 rows of this timesheet: the day columns have no dates"))
    }

    @Test("A table of punches without dates reads 0 rows and names the column whose times have no dates")
    func punchesWithoutDates() throws {
        let found = coverage([["工号", "姓名", "部门", "打卡时间"], ["E001", "李娜", "车间", "08:01 18:03"],
                              ["E002", "王伟", "车间", "07:58 17:40"]], as: .timesheet)
        let shortfall = try #require(found.shortfall(of: .timesheet))
        #expect(shortfall.contains("read 0 of 2 rows"))
        #expect(shortfall.contains("no date column") && shortfall.contains("'打卡时间' times have no dates"))
    }

    @Test("Timesheet rows with an empty date cell are counted as unread and named")
    func emptyDates() throws {
        let found = coverage([["工号", "日期", "上班", "下班"], ["E001", "2026-07-01", "08:00", "17:00"],
                              ["E001", "", "08:00", "17:00"], ["E002", "", "08:00", "17:00"]], as: .timesheet)
        let shortfall = try #require(found.shortfall(of: .timesheet))
        #expect(shortfall == "read 1 of 3 rows of this timesheet: rows with an empty date cell")
    }

    @Test("Rows left out with a problem of their own are reported with the values, not as a shortfall")
    func rowsLeftOutWithAReason() {
        let found = coverage([["工号", "姓名", "基本工资", "实发工资", "工资月份"], ["E001", "李娜", "2100", "2890", "2026-07"],
                              ["", "王伟", "2100", "2890", "2026-07"]], as: .payroll)
        #expect(found.rowsRead == 1 && found.rowsLeftOut == 1)
        #expect(found.shortfall(of: .payroll) == nil)
    }

    @Test("A payroll with neither a header nor payslips reads 0 rows and says what it looked for")
    func payrollWithoutLayout() throws {
        let found = coverage([["2026年7月工资表"], ["甲", "乙", "丙"], ["1", "2", "3"]], as: .payroll)
        let shortfall = try #require(found.shortfall(of: .payroll))
        #expect(shortfall.hasPrefix("read 0 of 2 rows of this payroll: no header row was recognised"))
        #expect(shortfall.contains("no payslips"))
    }

    @Test("A title merged across the row, its text repeated in every cell, does not look like data")
    func mergedTitleIsNoData() {
        let title = Array(repeating: "薪资表", count: 3)
        let cells = { (texts: [String]) in texts.map { Cell(text: $0, evidence: Evidence(path: "pay.xlsx", text: $0, row: 1)) } }
        #expect(!RowCoverage.looksLikeData(cells(title)))
        #expect(RowCoverage.looksLikeData(cells(["薪资表", "2月份"])))
        let found = coverage(Array(repeating: title, count: 10), as: .payroll)
        #expect(found.rowsWithContent == 0)
        #expect(found.shortfall(of: .payroll)?.hasPrefix("read no rows of this payroll") == true)
    }

    @Test("Payslips read as label-value blocks leave no shortfall")
    func payslips() {
        let found = coverage([["工资月份：2026-07"], ["工号：E001", "姓名：李娜"], ["实发工资：2890.00"]], as: .payroll)
        #expect(found.rowsRead == 1)
        #expect(found.shortfall(of: .payroll) == nil)
    }

    @Test("Documents that are not records of workers never have a shortfall")
    func otherTypes() {
        let found = coverage([["营业执照"], ["名称", "某某制衣有限公司"]], as: .businessLicense)
        #expect(found.shortfall(of: .businessLicense) == nil)
    }
}
