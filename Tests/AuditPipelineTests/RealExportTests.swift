import AuditCore
@testable import AuditEvidence
import AuditExtraction
@testable import AuditPipeline
import AuditRules
import AuditSpreadsheet
import AuditTestSupport
import Foundation
import Logging
import Testing

@Suite("Checking real exports from ../shared/real-world", .enabled(if: RealWorld.available))
struct RealExportTests {
    /// Checks one real export with the extractors the command line uses.
    func run(_ path: String) throws -> CheckResult {
        let packs = try RulePackLoader(directories: [PipelineTests.repository.appendingPathComponent("Rules")]).load(["china-labor-law"])
        let configuration = PipelineConfiguration(extractors: [XLSXExtractor(), XLSExtractor()], workers: 1)
        return try AuditPipeline(configuration: configuration, logger: Logger(label: "test"))
            .run(RealWorld.file(path).path, packs: packs, asOf: CivilDate(year: 2021, month: 1, day: 31)!)
    }

    @Test("A ZKTeco 1_attlog.dat is read as a timesheet of days per badge, its single punches reported, not 0 rows reported ok")
    func zktecoAttlog() throws {
        let result = try run("zkteco/zk_attlog_python-signal.dat")
        let record = try #require(result.report.documents.first)
        #expect(record.status == .ok && record.type == .timesheet)
        #expect(!result.evidence.timeEntries.isEmpty)
        let days = Set(result.evidence.timeEntries.map(\.date.value))
        #expect(days.isSubset(of: [CivilDate(year: 2017, month: 6, day: 19)!, CivilDate(year: 2017, month: 6, day: 20)!]))
        let badgeDays = Set(result.evidence.timeEntries.map { "\($0.employeeId.value) \($0.date.value)" })
        let missing = result.evidence.problems.filter { $0.reason.contains("punched only once") }
        #expect(badgeDays.count == result.evidence.timeEntries.count)
        #expect(badgeDays.count + missing.count == 125, "every badge-day either counted or reported")
    }

    @Test("The ZKTeco 标准报表's 考勤记录 sheet reads as its README says: 1,378 person-days of March 2016, every one read or its single punch reported, and no intake finding")
    func zktecoStandardReport() throws {
        let result = try run("zkteco/zk_standard_report_4sheets_2016-03_redacted.xls")
        let record = try #require(result.report.documents.first)
        #expect(record.status == .ok && record.type == .timesheet)
        let days = Set(result.evidence.timeEntries.map(\.date.value))
        #expect(days.allSatisfy { $0.year == 2016 && $0.month == 3 })
        let missing = result.evidence.problems.filter { $0.reason.contains("punched only once") }
        #expect(result.evidence.timeEntries.count + missing.count == 1378)
        #expect(!result.report.findings.contains { $0.rule == "auditready/rows-unread" }, "\(record.reason ?? "")")
    }

    @Test("The same report's 考勤汇总 sheet reads as each of its 74 people's March totals (12198: 151:57 worked, no overtime, 19 of 23 days), and being within 2 h a day of the punches it raises no double-book finding")
    func zktecoStandardReportSummary() throws {
        let result = try run("zkteco/zk_standard_report_4sheets_2016-03_redacted.xls")
        let summaries = result.evidence.attendanceSummaries
        #expect(summaries.count == 74)
        #expect(summaries.allSatisfy { $0.from.value == CivilDate(year: 2016, month: 3, day: 1)! && $0.to.value == CivilDate(year: 2016, month: 3, day: 31)! })
        let first = try #require(summaries.first { $0.employeeId.value == "12198" })
        #expect(abs((first.regularHours?.value ?? 0) - (151 + 57 / 60.0)) < 0.001 && first.overtimeHours?.value == 0 && first.daysWorked?.value == 19)
        #expect(first.regularHours?.evidence.sheet == "考勤汇总")
        #expect(!result.report.findings.contains { $0.rule.hasSuffix("summary-below-punches") })
    }

    @Test("A ZKTeco KQ803 考勤记录表 reads as badges 7, 8 and 9 over 2017-07-01..07, glued pairs as days and single punches as missing punches")
    func kq803() throws {
        let result = try run("zkteco/zkteco_kq803_campus-a.xls")
        let record = try #require(result.report.documents.first)
        #expect(record.status == .ok && record.type == .timesheet)
        let entries = result.evidence.timeEntries
        #expect(Set(entries.map(\.employeeId.value)) == ["7", "8", "9"])
        let week = CivilDate(year: 2017, month: 7, day: 1)!...CivilDate(year: 2017, month: 7, day: 7)!
        #expect(entries.allSatisfy { week.contains($0.date.value) })
        let mary = entries.filter { $0.employeeId.value == "7" }.map { "\($0.date.value) \($0.clockIn?.value ?? -1)-\($0.clockOut?.value ?? -1)" }
        #expect(mary == ["2017-07-02 574-1284", "2017-07-06 561-1056", "2017-07-07 712-1244"])  // 09:3421:24, 09:2117:36, 11:5220:44
        let missing = result.evidence.problems.filter { $0.reason.contains("punched only once") }
        #expect(entries.count == 8 && missing.count == 8)
        #expect(missing.contains { $0.evidence.cell == "E6" && $0.reason.contains("badge 7") && $0.reason.contains("17:34") })

        let sparse = try run("zkteco/zkteco_kq803_campus-b.xls")
        #expect(sparse.evidence.timeEntries.map { "\($0.employeeId.value) \($0.date.value) \($0.hours.value)" } == ["8 2017-07-03 11.0"])
        #expect(sparse.evidence.problems.filter { $0.reason.contains("punched only once") }.count == 2)
    }

    @Test("The DingTalk 打卡时间 export reads as its README says: 75 people, 1,327 person-days of 2026-06-01..29 holding 2,813 punches, each day a time entry or a reported missing punch, and no intake finding")
    func dingTalkPunchMatrix() throws {
        let result = try run("dingtalk/dingtalk_punch_matrix_2026-06_redacted.xlsx")
        let record = try #require(result.report.documents.first)
        #expect(record.status == .ok && record.type == .timesheet)
        let entries = result.evidence.timeEntries
        let missing = result.evidence.problems.filter { $0.reason.contains("punched only once") }
        // Every problem the reading reports is a missing punch: a person-day whose punches are one
        // (or one burst within the 5-minute merge window: two such days here, 18:01 18:01 and
        // 21:30外勤 21:30外勤); 56 of them fall on the 29th, when the report was made at 11:56.
        #expect(result.evidence.problems.count == missing.count, "\(result.evidence.problems.map(\.reason).prefix(3))")
        #expect(entries.count == 1_217 && missing.count == 110)
        let days = Set(entries.map(\.date.value))
        let june = CivilDate(year: 2026, month: 6, day: 1)!...CivilDate(year: 2026, month: 6, day: 29)!
        #expect(days.allSatisfy { june.contains($0) })
        #expect(days.contains(CivilDate(year: 2026, month: 6, day: 6)!), "the 6th is headed 六, its date comes from its position")
        // The cells read, each once: their punches counted apart from the reader.
        let cells = entries.compactMap(\.clockIn?.evidence) + missing.map(\.evidence)
        #expect(Set(cells.compactMap(\.cell)).count == 1_327)
        let punches = cells.reduce(0) { $0 + (($1.text ?? "").matches(of: /\d\d:\d\d/).count) }
        #expect(punches == 2_813)
        // 73 people by 工号 and 2 without one by name: 70 of the 75 punched at all.
        let people = Set(entries.map(\.employeeId.value))
        #expect(people.count == 70 && entries.filter(\.identifiedByName).map(\.employeeId.value).allSatisfy { $0.hasPrefix("员工") })
        let path = "dingtalk/dingtalk_punch_matrix_2026-06_redacted.xlsx"
        let outcome = XLSXExtractor().extract(ExtractionInput(path: path, bytes: try Data(contentsOf: RealWorld.file(path))))
        let matrix = try #require(outcome.document?.sheets.compactMap(PunchMatrixSheet.init).first)
        #expect(matrix.persons.count == 75 && matrix.persons.filter(\.identifiedByName).count == 2)
        #expect(matrix.persons.reduce(0) { $0 + $1.days.count } == 1_327)
        #expect(!result.report.findings.contains { $0.rule == "auditready/rows-unread" }, "\(record.reason ?? "")")
    }
}
