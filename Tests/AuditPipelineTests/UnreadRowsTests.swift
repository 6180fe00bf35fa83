import AuditCache
import AuditCore
@testable import AuditPipeline
import AuditRules
import Foundation
import Logging
import Testing

@Suite("Records read in part are reported")
struct UnreadRowsTests {
    func packs() throws -> [RulePack] {
        try RulePackLoader(directories: [PipelineTests.repository.appendingPathComponent("Rules")]).load(["china-labor-law"])
    }

    /// A new folder holding `files` (name and text).
    func folder(_ files: [(String, String)]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unread-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    /// The report of a check of a folder holding `files` (name and text).
    func check(_ files: [(String, String)]) throws -> AuditReport {
        let folder = try folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try check(folder)
    }

    func check(_ folder: URL, cache: ResultCache? = nil) throws -> AuditReport {
        let pipeline = AuditPipeline(configuration: PipelineConfiguration(cache: cache), logger: Logger(label: "test"))
        return try pipeline.check(folder.path, packs: packs(), asOf: CivilDate(year: 2026, month: 7, day: 18)!)
    }

    /// A DingTalk-style export: punches per worker with no date column.
    let punches = "考勤记录 打卡时间\n工号,姓名,部门,打卡时间\nE001,李娜,车间,08:01 18:03\nE002,王伟,车间,07:58 17:40\nE003,张敏,车间,08:10 17:55\n"

    @Test("A timesheet of which no row could be read gets an intake finding with the count and the reason")
    func timesheetWithoutDates() throws {
        let report = try check([("punches.csv", punches)])
        let finding = try #require(report.findings.first { $0.rule == IntakeFindings.ruleRows })
        #expect(finding.category == .intake)
        #expect(finding.message.contains("read 0 of 3 rows of this timesheet"))
        #expect(finding.message.contains("no date column"))
        let record = try #require(report.documents.first)
        #expect(record.type == .timesheet && record.status == .ok)
        #expect(record.reason?.contains("read 0 of 3 rows") == true)
    }

    @Test("A timesheet read whole gets no such finding")
    func wholeTimesheet() throws {
        let report = try check([("timesheet.csv", "Emp No,Date,Time In,Time Out\nE001,2026-07-01,08:00,17:00\nE001,2026-07-02,08:00,17:00\n")])
        #expect(!report.findings.contains { $0.rule == IntakeFindings.ruleRows })
        #expect(report.documents.first?.reason == nil)
    }

    @Test("A re-check served from the cache reports the same unread rows")
    func fromCache() throws {
        let cache = try ResultCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("unread-cache-\(UUID().uuidString)"),
                                    logger: Logger(label: "test"))
        let input = try folder([("punches.csv", punches)])
        defer { try? FileManager.default.removeItem(at: input) }
        let cold = try check(input, cache: cache)
        let warm = try check(input, cache: cache)
        #expect(try cache.count(of: .reading) == 1)
        #expect(cold.findings.contains { $0.rule == IntakeFindings.ruleRows })
        #expect(warm.findings.map(\.message) == cold.findings.map(\.message))
    }
}
