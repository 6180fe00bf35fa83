import AuditCore
import AuditEvidence
@testable import AuditRules
import Testing

@Suite("Attendance summaries given by several documents")
struct SummaryReconcilerTests {
    /// A June summary of worker E1 read from `path`.
    func summary(_ path: String, regular: Double, overtime: Double) -> AttendanceSummary {
        func at(_ text: String) -> Evidence { Evidence(path: path, text: text) }
        var summary = AttendanceSummary(employeeId: Located("E1", at: at("E1")), from: Located(CivilDate(year: 2026, month: 6, day: 1)!, at: at("2026-06")),
                                        to: Located(CivilDate(year: 2026, month: 6, day: 30)!, at: at("2026-06")))
        summary.regularHours = Located(regular, at: at(String(regular)))
        summary.overtimeHours = Located(overtime, at: at(String(overtime)))
        return summary
    }

    @Test("The same summary in two files is judged once, with no conflict")
    func copiesAgree() {
        let (kept, conflicts) = RecordReconciler().reconcile(summaries: [summary("汇总.xlsx", regular: 176, overtime: 36),
                                                                        summary("汇总 copy.xlsx", regular: 176, overtime: 36)])
        #expect(kept.count == 1 && conflicts.isEmpty)
    }

    @Test("Two summaries of one worker's month that differ are a records-disagree error; the one its name calls final is judged")
    func versionsDisagree() throws {
        let (kept, conflicts) = RecordReconciler().reconcile(summaries: [summary("考勤汇总.xlsx", regular: 176, overtime: 36),
                                                                        summary("考勤汇总_final.xlsx", regular: 176, overtime: 80)])
        #expect(kept.map(\.overtimeHours?.value) == [80])
        let conflict = try #require(conflicts.first)
        #expect(conflict.period == "2026-06" && conflict.versions.map(\.summary) == ["176 h, 36 h overtime", "176 h, 80 h overtime"])
        var report = RecordConflictReport()
        report.add(conflicts)
        let finding = try #require(report.outcome().findings.first)
        #expect(finding.rule == RecordConflictReport.rule && finding.severity == .error)
        #expect(finding.action?.contains("worker-month") == true, "\(finding.action ?? "")")

        let unstated = RecordReconciler().reconcile(summaries: [summary("a.xlsx", regular: 176, overtime: 36), summary("b.xlsx", regular: 150, overtime: 36)])
        #expect(unstated.summaries.count == 2 && unstated.conflicts.count == 1, "without a stated version each is judged on its own")
    }
}
