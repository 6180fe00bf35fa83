import AuditCore

/// The output formats `auditready check --format` offers.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, html, markdown, csv

    /// Whether the format shows page crops and weekly-hours charts, which take a second look at
    /// the input; the other formats need only the report.
    public var showsEvidenceImages: Bool { self == .html }

    /// Renders `report` in this format with nothing beyond the report itself, its labels in `language`.
    public func render(_ report: AuditReport, colour: Bool = false, language: ReportLanguage = .en) throws -> String {
        try render(report, context: ReportContext(colour: colour, language: language))
    }

    /// Hands `report` in this format to `sink` in pieces, in order, so that only HTML (which
    /// embeds its images) is ever held whole.
    public func write(_ report: AuditReport, context: ReportContext, to sink: (String) throws -> Void) throws {
        switch self {
        case .json: try JSONReportRenderer().write(report, to: sink)
        case .text: try TextReportRenderer(colour: context.colour, language: context.language).write(report, to: sink)
        case .markdown: try MarkdownReportRenderer(language: context.language).write(report, to: sink)
        case .csv: try CSVReportRenderer(language: context.language).write(report, to: sink)
        case .html: try sink(render(report, context: context))
        }
    }

    /// Renders `report` in this format, using what `context` adds where the format shows it.
    public func render(_ report: AuditReport, context: ReportContext) throws -> String {
        switch self {
        case .json: return try JSONReportRenderer().render(report)
        case .text: return TextReportRenderer(colour: context.colour, language: context.language).render(report)
        case .html:
            return HTMLReportRenderer(crops: context.crops, weeklyHours: context.weeklyHours,
                                      weeklyLimit: context.weeklyLimit, language: context.language).render(report)
        case .markdown: return MarkdownReportRenderer(language: context.language).render(report)
        case .csv: return CSVReportRenderer(language: context.language).render(report)
        }
    }
}
