import AuditCore
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
    /// full (rendered from `pdfs`, the PDF entries the check kept during its one walk of the
    /// input; none without them), each worker's weekly hours from the check's `weeklyHours`, and
    /// the limit from `packs`.
    static func context(for report: AuditReport, weeklyHours: WeeklyHourTotals, packs: [RulePack], pdfs: PDFEntryStore?,
                        logger: Logger, progress: TerminalProgress?) -> ReportContext {
        let renderer = HTMLReportRenderer()  // the layout ReportFormat.html renders with
        let crops = EvidenceCropper(pdfs: pdfs, logger: logger)
            .crops(for: renderer.findingsShownInFull(of: report), maxPerFinding: renderer.cropsPerFinding,
                   maxTotal: maxCrops) { done, total in
                progress?.renderingPageImages(done: done, total: total)
            }
        return ReportContext(crops: crops, weeklyHours: WorkerWeeklyHours.weeks(weeklyHours.hours, names: weeklyHours.names),
                             weeklyLimit: packs.weeklyHoursLimit ?? ReportContext.defaultWeeklyLimit)
    }
}
