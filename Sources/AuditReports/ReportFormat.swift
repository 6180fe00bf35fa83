import AuditCore

/// The output formats `auditready check --format` offers in this version.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json

    /// Renders `report` in this format.
    public func render(_ report: AuditReport, colour: Bool = false) throws -> String {
        switch self {
        case .json: return try JSONReportRenderer().render(report)
        case .text: return TextReportRenderer(colour: colour).render(report)
        }
    }
}
