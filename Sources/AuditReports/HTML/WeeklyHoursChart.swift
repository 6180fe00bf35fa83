import AuditCore

/// A small inline SVG bar chart of one worker's weekly hours against the weekly limit.
///
/// All charts of a report share one week axis and one hour scale, so workers compare at a glance.
struct WeeklyHoursChart {
    /// The Monday of the first and of the last week on the shared axis.
    var firstWeek: CivilDate
    var lastWeek: CivilDate
    /// The top of the hour scale.
    var maxHours: Double
    var limit: Double
    var language: ReportLanguage = .en

    static let width = 320.0
    static let height = 104.0
    private static let left = 28.0
    private static let right = 8.0
    private static let top = 8.0
    private static let bottom = 18.0

    /// The shared axis for `workers`: every week any of them worked, and room above the limit.
    init?(workers: [WorkerWeeklyHours], limit: Double, language: ReportLanguage = .en) {
        self.language = language
        let starts = workers.flatMap { $0.weeks.map(\.weekStart) }
        guard let first = starts.min(), let last = starts.max() else { return nil }
        firstWeek = first
        lastWeek = last
        let peak = workers.map(\.peak).max() ?? 0
        maxHours = (max(peak, limit * 1.15) / 10).rounded(.up) * 10
        self.limit = limit
    }

    /// The chart of `worker`: bars as two paths (within and over the limit), the limit as a dashed
    /// line, and the weeks over the limit in the chart's tooltip.
    func svg(for worker: WorkerWeeklyHours) -> String {
        let weekCount = firstWeek.days(to: lastWeek) / 7 + 1
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let step = plotWidth / Double(weekCount)
        let barWidth = max(1, step * 0.72)
        func y(_ hours: Double) -> Double { Self.top + plotHeight * (1 - min(hours, maxHours) / maxHours) }
        var within = ""
        var over = ""
        for week in worker.weeks where week.hours > 0 {
            let x = Self.left + Double(firstWeek.days(to: week.weekStart) / 7) * step + (step - barWidth) / 2
            let bar = "M\(fixed(x)) \(fixed(y(0)))v-\(fixed(y(0) - y(week.hours)))h\(fixed(barWidth))v\(fixed(y(0) - y(week.hours)))z"
            if week.hours > limit + 1e-9 { over += bar } else { within += bar }
        }
        let left = fixed(Self.left)
        let right = fixed(Self.width - Self.right)
        var svg = "<svg class=\"chart\" width=\"\(Int(Self.width))\" height=\"\(Int(Self.height))\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\">"
        svg += "<title>\(esc(summary(of: worker)))</title>"
        svg += "<line x1=\"\(left)\" y1=\"\(fixed(y(0)))\" x2=\"\(right)\" y2=\"\(fixed(y(0)))\" stroke=\"#b9c0cc\"/>"
        if y(limit) - y(maxHours) > 12 {  // the top label only where it does not collide with the limit's
            svg += "<text x=\"\(fixed(Self.left - 4))\" y=\"\(fixed(y(maxHours) + 8))\" text-anchor=\"end\">\(fixed(maxHours))</text>"
        }
        svg += "<text x=\"\(fixed(Self.left - 4))\" y=\"\(fixed(y(0)))\" text-anchor=\"end\">0</text>"
        if !within.isEmpty { svg += "<path fill=\"#6f86b8\" d=\"\(within)\"/>" }
        if !over.isEmpty { svg += "<path fill=\"#c0392b\" d=\"\(over)\"/>" }
        svg += "<line x1=\"\(left)\" y1=\"\(fixed(y(limit)))\" x2=\"\(right)\" y2=\"\(fixed(y(limit)))\" stroke=\"#c0392b\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>"
        svg += "<text x=\"\(fixed(Self.left - 4))\" y=\"\(fixed(y(limit) + 3))\" text-anchor=\"end\" fill=\"#c0392b\">\(fixed(limit))</text>"
        svg += "<text x=\"\(left)\" y=\"\(Int(Self.height - 4))\">\(firstWeek.isoWeek)</text>"
        if weekCount > 1 {
            svg += "<text x=\"\(right)\" y=\"\(Int(Self.height - 4))\" text-anchor=\"end\">\(lastWeek.isoWeek)</text>"
        }
        return svg + "</svg>"
    }

    /// "Weekly hours of HR-2380, limit 60 h: over it in 2026-W19 (62 h), 2026-W20 (65 h)".
    private func summary(of worker: WorkerWeeklyHours) -> String {
        let overWeeks = worker.weeks.filter { $0.hours > limit + 1e-9 }
            .map { ReportLabel.htmlChartWeek(language, ["week": $0.label, "hours": fixed($0.hours)]) }
        let head = ReportLabel.htmlChartTitle(language, ["id": worker.employeeId, "limit": fixed(limit)])
        return overWeeks.isEmpty ? ReportLabel.htmlChartNeverOver(language, ["head": head])
            : ReportLabel.htmlChartOver(language, ["head": head, "weeks": language.enumeration(overWeeks)])
    }

    /// A coordinate or an hour count with at most one decimal: "28", "62.5".
    private func fixed(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
