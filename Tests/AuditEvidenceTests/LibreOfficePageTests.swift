import AuditCore
import AuditLayout
@testable import AuditEvidence
import AuditExtraction
import Foundation
import Testing

/// Timesheet pages LibreOffice Calc printed (`soffice --headless --convert-to pdf`), cut from
/// corpus archives (`auditready-corpus generate --producer libreoffice`, the sheet kept with
/// `AUDITREADY_OFFICE_KEEP=1` and shortened to a few rows), committed so that no test needs
/// LibreOffice.
@Suite("Timesheet pages printed by LibreOffice Calc")
struct LibreOfficePageTests {
    func read(_ fixture: String, as type: DocumentType = .timesheet) throws -> (tables: [DetectedTable], model: EvidenceModel) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(fixture)")
        let document = try punchDocument(try Data(contentsOf: url), path: fixture)
        let layout = DocumentLayout(document)
        let tables = TableDetector.tables(in: layout)
        return (tables, EvidenceReader().read(layout, type: type, tables: tables))
    }

    @Test("A bilingual header wrapped over three lines and centred in its row (工号 Emp over No.) is read whole: the ID column is the employee ID, not a row number")
    func wrappedBilingualHeader() throws {
        let (tables, model) = try read("lo-wrapped-bilingual-id-header.pdf")
        #expect(tables.first?.columns.map(\.field) == [.date, .employeeId, .name, .clockIn, .clockOut, .regularHours, .otHours])
        #expect(model.timeEntries.count == 8)
        #expect(model.timeEntries.map(\.employeeId.value).prefix(3) == ["HR-2480", "HR-2489", "HR-2491"])
        #expect(model.timeEntries.allSatisfy { !$0.identifiedByName })
        #expect(model.timeEntries.map { $0.overtimeHours?.value ?? -1 } == [0, 1, 0, 0, 2, 0, 0, 1.5])
    }

    @Test("A header band printed again on a last page whose few rows leave overtime empty continues the table as first read: no second table with a row-number column, and no header line read as a row")
    func repeatedBandOverSparseLastPage() throws {
        let (tables, model) = try read("lo-repeated-header-band-last-page-no-overtime.pdf")
        #expect(tables.count == 1)
        #expect(tables.first?.columns.map(\.field) == [.date, .employeeId, .name, .clockIn, .clockOut, .regularHours, .otHours])
        #expect(model.problems.isEmpty)
        #expect(model.timeEntries.count == 37)
        let lastPage = model.timeEntries.filter { $0.date.evidence.page == 2 }
        #expect(lastPage.map(\.employeeId.value) == ["HR-2430", "HR-2431", "HR-2432", "HR-2433", "HR-2441"])
        #expect(lastPage.allSatisfy { $0.regularHours?.value == 8 && !$0.identifiedByName })
    }

    @Test("A page without its own header, where overtime fills one row only, keeps the columns of the page before: regular hours stay regular and the one overtime value is overtime")
    func continuedPageWithSparseColumn() throws {
        let (tables, model) = try read("lo-continued-page-sparse-overtime.pdf")
        #expect(tables.count == 1)
        #expect(model.problems.isEmpty)
        let lastPage = model.timeEntries.filter { $0.date.evidence.page == 2 }
        #expect(lastPage.count == 32)
        #expect(lastPage.allSatisfy { $0.regularHours?.value == 8 })
        let overtime = lastPage.filter { ($0.overtimeHours?.value ?? 0) != 0 }
        #expect(overtime.map { $0.overtimeHours?.value } == [2])
        #expect(overtime.first?.employeeId.value == "E0528")
    }

    @Test("A header that LibreOffice wrapped inside a word in its narrow column (Regula over r Hours) names its column whole, so every payroll column is understood and gross can be checked against its parts")
    func headerWrappedMidWord() throws {
        let (tables, model) = try read("lo-payroll-header-wrapped-mid-word.pdf", as: .payroll)
        #expect(tables.first?.columns.map(\.field) == [.employeeId, .name, .daysWorked, .regularHours, .otHours, .baseWage, .otPay, .gross, .deductions, .net])
        #expect(model.payLines.count == 25 && model.payLines.allSatisfy(\.earningsComplete))
        let line = try #require(model.payLines.first { $0.employeeId.value == "HR-2586" })
        // The generator planted a gross 300 yuan short of base wage plus overtime pay on this line.
        #expect(line.regularHours?.value != nil && line.gross?.value == 330_489 && line.baseWage?.value == 325_000 && line.overtimePay?.value == 35_489)
    }

    @Test("A payroll printed with zero values blank reads a blank overtime-pay cell as no overtime pay (0), not as no value")
    func blankOvertimePay() throws {
        let (_, model) = try read("lo-payroll-blank-overtime-pay.pdf", as: .payroll)
        #expect(model.payLines.count == 30 && model.problems.isEmpty)
        let blank = try #require(model.payLines.first { $0.employeeId.value == "HR-1425" })
        #expect(blank.overtimePay?.value == 0)
        #expect(blank.gross?.value == 396_000)
        #expect(model.payLines.filter { $0.employeeId.value != "HR-1425" }.allSatisfy { ($0.overtimePay?.value ?? 0) > 0 })
    }

    @Test("A roster Writer printed with headers broken inside words in narrow cells (Se|x, Departm|ent) names those columns whole, so the one leave date, in the last column, is read")
    func headerBrokenMidWord() throws {
        // Seed 10408 of the LibreOffice producer: the header read as `Departm` and `ent`, an extra
        // column took the leave date's place, and a worker who left mid-month was judged for a
        // whole month's minimum wage.
        let (tables, model) = try read("lo-roster-header-broken-mid-word.pdf", as: .roster)
        #expect(tables.first?.columns.map(\.field) == [.employeeId, .name, .sex, .nationalId, .dob, .hireDate, .department, .leaveDate])
        #expect(model.employees.count == 21)
        let leavers = model.employees.filter { $0.leaveDate != nil }
        #expect(leavers.map(\.id.value) == ["HR-1376"])
        #expect(leavers.first?.leaveDate?.value == CivilDate(year: 2026, month: 8, day: 11))
    }

    @Test("A roster row that LibreOffice split at the foot of a page, the rest of its wrapped ID and birth date printed under the next page's header, is read whole; the rows after it stay as they are")
    func rowSplitOverPageBreak() throws {
        // Seed 10751 of the LibreOffice producer: E0621's ID ended `…137` on page 1 and `229` on
        // page 2, its birth date `2006-01-` and `13`.
        let (tables, model) = try read("lo-roster-row-split-over-page-break.pdf", as: .roster)
        #expect(tables.count == 1)
        #expect(model.problems.isEmpty)
        #expect(model.employees.count == 30)
        let split = try #require(model.employees.first { $0.id.value == "E0621" })
        #expect(split.nationalId?.value == "412726200601137229")
        #expect(split.birthDate?.value == CivilDate(year: 2006, month: 1, day: 13))
        #expect(split.leaveDate?.value == CivilDate(year: 2026, month: 7, day: 17))
        let next = try #require(model.employees.first { $0.id.value == "E0622" })
        #expect(next.nationalId?.value == "412726200402260128")
        #expect(model.employees.allSatisfy { $0.nationalId?.value.count == 18 && $0.birthDate != nil })
    }

    @Test("Bilingual payroll headers printed over each other on one line (出勤天数 Days Worked over 正常工时 Regular Hours, Worked and Regular in the same place) are linked into the headers they name, so days stay days and hours stay hours")
    func bilingualHeadersPrintedOverEachOther() throws {
        // Seed 10816 of the LibreOffice producer: `Days` was linked to `Regular` by 0.2 pt, the
        // days column read as regular hours, and every worker's month gave a false hours mismatch.
        let (tables, model) = try read("lo-payroll-bilingual-headers-printed-over-each-other.pdf", as: .payroll)
        let fields = try #require(tables.first?.columns.map(\.field))
        #expect(fields.prefix(5) == [.employeeId, .name, .daysWorked, .regularHours, .otHours])
        #expect(fields.filter { $0 == .regularHours }.count == 1)
        #expect(model.payLines.count == 20)
        let first = try #require(model.payLines.first)
        #expect(first.employeeId.value == "E0348")
        #expect(first.daysWorked?.value == 23)
        #expect(first.regularHours?.value == 168)
        #expect(model.payLines.allSatisfy { ($0.regularHours?.value ?? 0) > 31 && ($0.daysWorked?.value ?? 99) <= 31 })
    }
}
