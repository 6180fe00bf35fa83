import AuditCore

/// A card per worker with a chart of weekly hours against the limit; workers with findings first.
struct HTMLWorkersSection {
    var workers: [WorkerWeeklyHours]
    var findings: [Finding]
    var limit: Double
    var maxCharts: Int
    var language: ReportLanguage = .en

    func render() -> String {
        guard let chart = WeeklyHoursChart(workers: workers, limit: limit, language: language) else { return "" }
        let L = language
        var findingNumbers: [String: [Int]] = [:]
        for (index, finding) in findings.enumerated() {
            if let employeeId = finding.employeeId { findingNumbers[employeeId, default: []].append(index + 1) }
        }
        let ordered = workers.filter { findingNumbers[$0.employeeId] != nil } + workers.filter { findingNumbers[$0.employeeId] == nil }
        let overLimit = workers.filter { $0.peak > limit + 1e-9 }.count
        var html = "<section id=\"workers\"><h2>\(ReportLabel.htmlWorkersHeading(L))</h2>"
        html += "<p class=\"note\">" + ReportLabel.htmlWorkersNote(L, ["limit": esc(formatHours(limit)), "over": String(overLimit),
                                                                      "workers": ReportCount.worker(workers.count, L)]) + "</p>"
        html += "<div class=\"workers\">"
        for worker in ordered.prefix(maxCharts) {
            let numbers = findingNumbers[worker.employeeId] ?? []
            html += "<div class=\"worker\(numbers.isEmpty ? "" : " flagged")\" id=\"\(HTMLAnchor.worker(worker.employeeId))\">"
            html += "<div class=\"who\"><code>\(esc(worker.employeeId))</code>\(worker.name.map { "<span class=\"name\">\(esc($0))</span>" } ?? "")</div>"
            html += "<div class=\"stats\">" + ReportLabel.htmlPeak(L, ["hours": esc(formatHours(worker.peak))])
            if !numbers.isEmpty {
                html += ReportLabel.htmlFindingsOfWorker(L) + numbers.prefix(8).map { "<a href=\"#\(HTMLAnchor.finding($0))\">\($0)</a>" }.joined(separator: ", ")
                if numbers.count > 8 { html += " …" }
            }
            html += "</div>" + chart.svg(for: worker) + "</div>"
        }
        html += "</div>"
        if ordered.count > maxCharts {
            html += "<p class=\"note\">\(ReportLabel.htmlMoreWorkers(L, ["n": String(ordered.count - maxCharts)]))</p>"
        }
        return html + "</section>\n"
    }

    private func formatHours(_ hours: Double) -> String {
        let tenths = (hours * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
