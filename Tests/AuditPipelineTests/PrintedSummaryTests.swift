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

/// Attendance summaries (考勤汇总) as other software writes and prints them: a workbook whose
/// reader fills its merged header cells, and the same workbook printed to PDF by LibreOffice.
@Suite("Attendance summaries printed to PDF and written with merged header cells")
struct PrintedSummaryTests {
    static let fixtures = PipelineTests.repository.appendingPathComponent("Tests/AuditEvidenceTests/Fixtures")

    /// Each worker's summary in the document at `path`, by worker: actual hours, overtime, days.
    static func summaries(_ path: String) throws -> [String: AttendanceSummary] {
        let packs = try RulePackLoader(directories: [PipelineTests.repository.appendingPathComponent("Rules")]).load(["china-labor-law"])
        let configuration = PipelineConfiguration(extractors: [XLSXExtractor(), XLSExtractor()], workers: 1)
        let result = try AuditPipeline(configuration: configuration, logger: Logger(label: "test"))
            .run(path, packs: packs, asOf: CivilDate(year: 2026, month: 12, day: 1)!)
        return Dictionary(result.evidence.attendanceSummaries.map { ($0.employeeId.value, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What a summary states, without where it was read.
    static func stated(_ summary: AttendanceSummary?) -> [Double?] {
        [summary?.regularHours?.value, summary?.overtimeHours?.value, summary?.totalHours?.value, summary?.daysWorked?.value]
    }

    @Test("A workbook whose reader fills merged header cells (工号 over two rows, 工作时数 across 标准 and 实际) reads the actual hours alone, and its second header row as no worker")
    func mergedCellsFilled() throws {
        let summaries = try Self.summaries(Self.fixtures.appendingPathComponent("openpyxl-attendance-summary-merged-groups.xlsx").path)
        #expect(summaries.count == 60)
        #expect(summaries["工号"] == nil)
        #expect(Self.stated(summaries["30100"]) == [175.3, 0, nil, 22])
        #expect(Self.stated(summaries["30107"]) == [166.3, 20.5, nil, 21])
    }

    @Test("The same summary LibreOffice printed to PDF, group names centred over two narrow columns whose values print into each other (36 0:00), reads as the workbook does, over its three pages")
    func printedByLibreOffice() throws {
        let printed = try Self.summaries(Self.fixtures.appendingPathComponent("lo-attendance-summary-merged-groups.pdf").path)
        let workbook = try Self.summaries(Self.fixtures.appendingPathComponent("openpyxl-attendance-summary-merged-groups.xlsx").path)
        #expect(printed.count == 60)
        #expect(Set(printed.keys) == Set(workbook.keys))
        let differing = workbook.keys.filter { Self.stated(printed[$0]) != Self.stated(workbook[$0]) }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { "\($0): \(Self.stated(printed[$0])) against \(Self.stated(workbook[$0]))" })")
        let pages = Set(printed.values.compactMap(\.daysWorked?.evidence.page))
        #expect(pages == [1, 2, 3])
        let first = try #require(printed["30114"])
        #expect(first.overtimeHours?.value == 8 && first.daysWorked?.evidence.text == "23/22")
        #expect(first.from.value == CivilDate(year: 2026, month: 5, day: 1)! && first.to.value == CivilDate(year: 2026, month: 5, day: 31)!)
    }

    /// Whether LibreOffice (`soffice`) is on PATH.
    static let hasLibreOffice = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: $0 + "/soffice") }

    @Test("The real ZKTeco 标准报表 printed to PDF by LibreOffice reads the same 74 summaries as the workbook",
          .enabled(if: RealWorld.available && hasLibreOffice, "needs ../shared/real-world and LibreOffice"))
    func realReportPrinted() throws {
        let source = RealWorld.file("zkteco/zk_standard_report_4sheets_2016-03_redacted.xls")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-printed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let soffice = Process()
        soffice.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        soffice.arguments = ["soffice", "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                             "--outdir", folder.path, source.path]
        soffice.standardOutput = FileHandle.nullDevice
        soffice.standardError = FileHandle.nullDevice
        try soffice.run()
        soffice.waitUntilExit()
        let pdf = folder.appendingPathComponent("zk_standard_report_4sheets_2016-03_redacted.pdf")
        let printed = try Self.summaries(pdf.path)
        let workbook = try Self.summaries(source.path)
        #expect(printed.count == 74 && workbook.count == 74)
        let differing = workbook.keys.filter { Self.stated(printed[$0]) != Self.stated(workbook[$0]) }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
