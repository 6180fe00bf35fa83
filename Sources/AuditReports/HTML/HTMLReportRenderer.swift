import AuditCore
import Foundation

/// The report as one self-contained HTML file for people: open it offline, mail it, print it.
///
/// Styles, charts and page crops are inline (`data:` images, inline SVG); nothing is fetched, and a
/// Content-Security-Policy forbids fetching anything. Every text from the input (file names,
/// document text, messages) is escaped.
public struct HTMLReportRenderer: Sendable {
    /// PNG crops of page regions, keyed by the evidence they show.
    public var crops: [EvidenceCropKey: Data]
    /// Each worker's weekly hours, for the per-employee charts.
    public var weeklyHours: [WorkerWeeklyHours]
    /// The weekly limit drawn on the charts, in hours.
    public var weeklyLimit: Double
    /// Pixels per PDF point in the crops.
    public var cropScale: Double
    /// CSS pixels per PDF point the crops are shown at: 2 is 1.5 times the printed size, so that
    /// the small print of a payroll register reads easily.
    public var cropZoom: Double
    /// Crops shown per finding at most.
    public var cropsPerFinding: Int
    /// Evidence rows listed per finding before "and N more".
    public var evidenceRowsPerFinding: Int
    /// The most bytes of embedded images (base64), which keeps a large archive's report small.
    public var imageBudget: Int
    /// Findings shown in full at most; beyond that, at most `detailedPerRule` of each rule are, and
    /// the others get a brief section, so that thousands of findings still make a file that opens
    /// quickly and can be mailed, with examples of every rule in full.
    public var detailedFindings: Int
    /// Findings of one rule shown in full at most, when not all findings are.
    public var detailedPerRule: Int
    /// Worker charts shown at most (workers with findings first).
    public var maxWorkerCharts: Int
    /// The language of the labels (the findings' texts are in the report already).
    public var language: ReportLanguage

    public init(crops: [EvidenceCropKey: Data] = [:], weeklyHours: [WorkerWeeklyHours] = [],
                weeklyLimit: Double = ReportContext.defaultWeeklyLimit, cropScale: Double = 2, cropZoom: Double = 2,
                cropsPerFinding: Int = 3, evidenceRowsPerFinding: Int = 8,
                imageBudget: Int = 2_000_000, detailedFindings: Int = 300, detailedPerRule: Int = 25,
                maxWorkerCharts: Int = 400, language: ReportLanguage = .en) {
        self.language = language
        self.crops = crops
        self.weeklyHours = weeklyHours
        self.weeklyLimit = weeklyLimit
        self.cropScale = cropScale
        self.cropZoom = cropZoom
        self.cropsPerFinding = cropsPerFinding
        self.evidenceRowsPerFinding = evidenceRowsPerFinding
        self.imageBudget = imageBudget
        self.detailedFindings = detailedFindings
        self.detailedPerRule = detailedPerRule
        self.maxWorkerCharts = maxWorkerCharts
    }

    /// The findings shown in full, with page crops: the ones a page cropper needs to render for.
    public func findingsShownInFull(of report: AuditReport) -> [Finding] {
        let shown = detailedIndices(of: report)
        return report.findings.indices.filter(shown.contains).map { report.findings[$0] }
    }

    /// Indices of the findings shown in full: all of them when there are at most
    /// `detailedFindings`; otherwise, in report order, the first `detailedPerRule` of each rule,
    /// `detailedFindings` in all.
    private func detailedIndices(of report: AuditReport) -> Set<Int> {
        guard report.findings.count > detailedFindings else { return Set(report.findings.indices) }
        var perRule: [String: Int] = [:]
        var shown = Set<Int>()
        for (index, finding) in report.findings.enumerated() where shown.count < detailedFindings {
            let count = perRule[finding.rule, default: 0]
            guard count < detailedPerRule else { continue }
            perRule[finding.rule] = count + 1
            shown.insert(index)
        }
        return shown
    }

    /// The whole HTML document for `report`.
    ///
    /// The document holds every finding and its sections walk them many times, so findings kept
    /// in a file (`FindingList.isStored`) are read into memory once first, not once a walk.
    public func render(_ report: AuditReport) -> String {
        var report = report
        if report.findings.isStored { report.findings = FindingList(Array(report.findings)) }
        let verdict = ReportVerdict.of(report, language: language)
        let charted = Set(weeklyHours.map(\.employeeId))
        let L = language
        var html = """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(ReportLabel.htmlTitle(L, ["input": esc(report.input)]))</title>
        <style>\(HTMLStyleSheet.css)</style></head>
        <body>
        <header class="report"><div class="wrap"><h1>\(ReportLabel.htmlHeading(L))</h1>
        <div class="meta">\(ReportLabel.htmlMeta(L, ["input": esc(report.input), "asOf": report.asOf.description, "ruleset": esc(report.ruleset)]))</div>
        <div class="verdict \(verdict.tone.rawValue)">\(esc(verdict.text))</div></div></header>

        """
        html += navigation(report)
        html += "<main class=\"wrap\">\n"
        html += HTMLSummarySection(report: report, language: language).render()
        html += findingsSection(report, charted: charted)
        if let fixed = report.baselineFixed { html += HTMLBaselineSection(fixed: fixed, language: language).render() }
        html += HTMLWorkersSection(workers: weeklyHours, findings: Array(report.findings), limit: weeklyLimit, maxCharts: maxWorkerCharts,
                                   language: language).render()
        html += HTMLInventorySection(documents: report.documents, language: language).render()
        html += "<footer>" + ReportLabel.htmlFooter(L, ["input": esc(report.input), "schema": esc(report.schema), "json": "<code>--format json</code>"])
        html += "</footer>\n"
        return html + "</main></body></html>\n"
    }

    private func navigation(_ report: AuditReport) -> String {
        let L = language
        var links = [("summary", ReportLabel.htmlSummary(L)), ("findings", ReportLabel.htmlFindingsCount(L, ["n": String(report.findings.count)]))]
        if report.baselineFixed != nil { links.append(("fixed", ReportLabel.htmlFixedCount(L, ["n": String(report.baselineFixed?.count ?? 0)]))) }
        if !weeklyHours.isEmpty { links.append(("workers", ReportLabel.htmlWeeklyHoursCount(L, ["n": String(weeklyHours.count)]))) }
        links.append(("documents", ReportLabel.htmlDocumentsCount(L, ["n": String(report.documents.count)])))
        return "<nav class=\"toc\"><div class=\"wrap\">" + links.map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined() + "</div></nav>\n"
    }

    private func findingsSection(_ report: AuditReport, charted: Set<String>) -> String {
        let L = language
        var html = "<section id=\"findings\"><h2>\(ReportLabel.htmlFindings(L))</h2>\n"
        if report.findings.isEmpty { html += "<p class=\"note\">\(ReportLabel.htmlNoFindings(L))</p>" }
        let detailed = detailedIndices(of: report)
        if detailed.count < report.findings.count {
            html += "<p class=\"note\">" + ReportLabel.htmlBriefNote(L, ["shown": String(detailed.count), "perRule": String(detailedPerRule),
                                                                         "others": String(report.findings.count - detailed.count),
                                                                         "json": "<code>--format json</code>"]) + "</p>"
        }
        let gallery = CropGallery(crops: crops, scale: cropScale, zoom: cropZoom, budget: imageBudget, language: language)
        let numbered = report.findings.enumerated().map { (number: $0.offset + 1, finding: $0.element) }
        for severity in Severity.allCases {
            let group = numbered.filter { $0.finding.severity == severity }
            guard !group.isEmpty else { continue }
            html += "<h3>" + ReportLabel.markdownSeverityHeading(L, ["severity": SeverityName.plural(severity, L), "n": String(group.count)]) + "</h3>\n"
            for (number, finding) in group {
                let section = HTMLFindingSection(finding: finding, number: number, cropsPerFinding: cropsPerFinding,
                                                 evidenceRows: evidenceRowsPerFinding,
                                                 hasWorkerCard: finding.employeeId.map(charted.contains) ?? false, language: language)
                html += detailed.contains(number - 1) ? section.render(gallery: gallery) : section.renderBrief()
            }
        }
        if gallery.omitted > 0 {
            let label: ReportLabel = gallery.omitted == 1 ? .htmlOmittedImage : .htmlOmittedImages
            html += "<p class=\"note\">\(label(L, ["n": String(gallery.omitted)]))</p>"
        }
        return html + "</section>\n"
    }
}
