import AuditCore
import AuditEvidence
import AuditIntake
import AuditPageImages
import AuditPipeline
import AuditReports
import AuditRules
import Logging

/// Gathers what the HTML report shows beyond the report itself: page crops of the evidence,
/// each worker's weekly hours, and the weekly limit to draw.
enum HTMLReportMaterial {
    /// Crops rendered at most for one report; the renderer's byte budget is the final bound.
    static let maxCrops = 160

    /// What the HTML of `report` shows beyond it: crops of the evidence of the findings shown in
    /// full (rendered from `input`, walked again with the check's `intake` limits), weekly hours
    /// from `evidence`, and the limit from `packs`.
    static func context(for report: AuditReport, evidence: EvidenceModel, packs: [RulePack], input: String,
                        intake: IntakeConfiguration, logger: Logger, progress: TerminalProgress?) -> ReportContext {
        let renderer = HTMLReportRenderer()  // the layout ReportFormat.html renders with
        let crops = EvidenceCropper(input: input, intake: intake, logger: logger)
            .crops(for: renderer.findingsShownInFull(of: report), maxPerFinding: renderer.cropsPerFinding,
                   maxTotal: maxCrops) { done, total in
                progress?.renderingPageImages(done: done, total: total)
            }
        return ReportContext(crops: crops, weeklyHours: weeklyHours(from: evidence), weeklyLimit: packs.weeklyHoursLimit ?? ReportContext.defaultWeeklyLimit)
    }

    /// Each worker's hours per week from the time entries, with the roster's names.
    static func weeklyHours(from evidence: EvidenceModel) -> [WorkerWeeklyHours] {
        var names: [String: String] = [:]
        for employee in evidence.employees {
            if let name = employee.name?.value, !name.isEmpty { names[employee.id.value] = name }
        }
        let days = evidence.timeEntries.map { DailyHours(employeeId: $0.employeeId.value, date: $0.date.value, hours: $0.hours.value) }
        return WorkerWeeklyHours.aggregate(days, names: names)
    }
}
