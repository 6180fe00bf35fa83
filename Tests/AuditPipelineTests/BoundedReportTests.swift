import AuditCore
import AuditEvidence
@testable import AuditPipeline
import AuditReports
import AuditRules
import Foundation
import Logging
import Testing

@Suite("Reports of checks past the memory bound")
struct BoundedReportTests {
    let asOf = CivilDate(year: 2026, month: 7, day: 18)!

    func pipeline(findingsInMemory: Int, rowsInMemory: Int) -> AuditPipeline {
        var configuration = PipelineConfiguration()
        configuration.findingsInMemory = findingsInMemory
        configuration.workerRowsInMemory = rowsInMemory
        return AuditPipeline(configuration: configuration, logger: Logger(label: "test"))
    }

    @Test("A check whose rows and findings exceed the memory bound gives the JSON and HTML reports, weekly hours included, of one holding all its evidence",
          arguments: ["violations-zip.zip", "violations-wages-zip.zip"])
    func sameJSONAndHTML(sample: String) throws {
        let path = PipelineTests.repository.appendingPathComponent("Corpus/samples/\(sample)").path
        let packs = try BatchedJudgementTests().packs()
        let held = try pipeline(findingsInMemory: .max, rowsInMemory: .max).run(path, packs: packs, asOf: asOf)
        let bounded = try pipeline(findingsInMemory: 5, rowsInMemory: 7).checkWithWeeklyHours(path, packs: packs, asOf: asOf)
        #expect(bounded.report.findings.isStored && held.report.findings.count > 5)
        #expect(bounded.evidence.timeEntries.isEmpty, "the bounded check kept its time entries")
        #expect(bounded.report == held.report)

        // The weekly hours as the HTML report drew them before, from every time entry held at once.
        var names: [String: String] = [:]
        for employee in held.evidence.employees {
            if let name = employee.name?.value, !name.isEmpty { names[employee.id.value] = name }
        }
        let days = held.evidence.timeEntries.map { DailyHours(employeeId: $0.employeeId.value, date: $0.date.value, hours: $0.hours.value) }
        let heldWeeks = WorkerWeeklyHours.aggregate(days, names: names)
        let boundedWeeks = WorkerWeeklyHours.weeks(bounded.weeklyHours.hours, names: bounded.weeklyHours.names)
        #expect(!heldWeeks.isEmpty)
        #expect(boundedWeeks == heldWeeks)
        for format in [ReportFormat.json, .html] {
            let heldText = try format.render(held.report, context: ReportContext(weeklyHours: heldWeeks))
            let boundedText = try format.render(bounded.report, context: ReportContext(weeklyHours: boundedWeeks))
            #expect(heldText == boundedText, "\(format)")
        }
    }
}
