import AuditCore
import AuditEvidence
@testable import AuditPipeline
import AuditRules
import AuditTestSupport
import Foundation
import Logging
import Testing

@Suite("Checking real exports from ../shared/real-world", .enabled(if: RealWorld.available))
struct RealExportTests {
    func run(_ path: String) throws -> CheckResult {
        let packs = try RulePackLoader(directories: [PipelineTests.repository.appendingPathComponent("Rules")]).load(["china-labor-law"])
        return try AuditPipeline(configuration: PipelineConfiguration(workers: 1), logger: Logger(label: "test"))
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
}
