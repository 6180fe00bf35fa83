import AuditCore
import AuditEvidence
@testable import AuditPipeline
import AuditRules
import AuditSpreadsheet
import AuditTestSupport
import Foundation
import Logging
import Testing

@Suite("Checking real payroll workbooks from ../shared/real-world", .enabled(if: RealWorld.available))
struct RealPayrollTests {
    /// Checks one real export with the extractors the command line uses.
    func run(_ path: String) throws -> CheckResult {
        let packs = try RulePackLoader(directories: [PipelineTests.repository.appendingPathComponent("Rules")]).load(["china-labor-law"])
        let configuration = PipelineConfiguration(extractors: [XLSXExtractor(), XLSExtractor()], workers: 1)
        return try AuditPipeline(configuration: configuration, logger: Logger(label: "test"))
            .run(RealWorld.file(path).path, packs: packs, asOf: CivilDate(year: 2026, month: 12, day: 1)!)
    }

    @Test("The WPS 工资表 reads one pay line per named person for 2026-01, amounts in fen from the formulas' cached values, without its template rows, 合计 row or bank-card sheet")
    func wpsPayroll() throws {
        let result = try run("payroll/payroll_monthly_wps_redacted.xlsx")
        let record = try #require(result.report.documents.first)
        #expect(record.status == .ok && record.type == .payroll)
        #expect(!result.report.findings.contains { $0.rule == "auditready/rows-unread" }, "\(record.reason ?? "")")
        let lines = result.evidence.payLines
        #expect(lines.map(\.employeeId.value) == ["员工01", "员工02", "员工03", "员工04", "员工05"])
        #expect(lines.allSatisfy { $0.period.value == YearMonth(year: 2026, month: 1) })
        #expect(lines.map { $0.gross?.value } == [550_000, 515_000, 700_000, 1_500_000, 600_000])
        #expect(lines.map { $0.net?.value } == [484_082, 457_952, 620_372, 1_313_264, 522_894])
        // 养老 + 医疗 + 失业 (+ 公积金, 请假扣除) + 个税: what the sheet's 小计 and 个税 columns hold.
        #expect(lines.map { $0.deductions?.value } == [65_918, 57_048, 79_628, 186_736, 77_106])
        #expect(lines.allSatisfy { ($0.gross?.value ?? 0) - ($0.deductions?.value ?? 0) == $0.net?.value })
        #expect(lines.first?.daysWorked?.value == 22.5 && lines.first?.baseWage?.value == 550_000)
        #expect(result.evidence.problems.isEmpty, "\(result.evidence.problems.map(\.reason))")
    }

    @Test("The salary sheet with a header split over two rows is read under that header: its 11 people are found, and each is reported for the month the sheet never states")
    func splitHeaderSalarySheet() throws {
        let result = try run("payroll/tutorial_salary_sheet_split_header.xls")
        let record = try #require(result.report.documents.first)
        #expect(record.status == .ok && record.type == .payroll)
        #expect(!result.report.findings.contains { $0.rule == "auditready/rows-unread" }, "\(record.reason ?? "")")
        let unread = result.evidence.problems.filter { $0.reason.contains("does not say which month") }
        let people = unread.compactMap { $0.evidence.text?.split(separator: ",").first.map(String.init) }
        #expect(people == ["A001", "A002", "A003", "B001", "B002", "B003", "B004", "B005", "C001", "C002", "C003"])
        #expect(unread.first?.evidence.text?.contains("许振") == true)
        #expect(result.evidence.problems.count == unread.count, "the unlabelled total under 事假天数 is no person")
    }

    @Test("The OOXML workbook named .xls is a payroll by its 薪资表 sheet, reported as holding no rows to read")
    func salarySheetTemplate() throws {
        let result = try run("payroll/tutorial_xlsx_with_xls_extension.xls")
        #expect(result.report.documents.count == 1, "one workbook, not its XML parts")
        let record = try #require(result.report.documents.first)
        #expect(record.status == .ok && record.type == .payroll)
        let finding = try #require(result.report.findings.first { $0.rule == "auditready/rows-unread" })
        #expect(finding.message.contains("read no rows of this payroll"), "\(finding.message)")
        #expect(result.evidence.payLines.isEmpty)
    }
}
