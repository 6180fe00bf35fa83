import AuditCore

/// A readable terminal summary: counts per severity, then each finding with where its proof is.
public struct TextReportRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal).
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ report: AuditReport) -> String {
        var out: [String] = []
        let counts = Severity.allCases.map { severity -> String in
            let count = report.summary.findings[severity.rawValue] ?? 0
            return "\(count) \(severity.rawValue)\(count == 1 || severity == .info ? "" : "s")"
        }
        out.append("AuditReady check of \(report.input), as of \(report.asOf), rules: \(report.ruleset)")
        out.append("\(report.documents.count) document\(report.documents.count == 1 ? "" : "s") · " + counts.joined(separator: " · "))
        let notRead = report.documents.filter { $0.status != .ok }
        if !notRead.isEmpty {
            out.append("")
            out.append(bold("Not read (\(notRead.count))"))
            for document in notRead {
                out.append("  \(document.status.rawValue.uppercased()) \(document.path)")
                if let reason = document.reason { out.append("      \(reason)") }
            }
        }
        for severity in Severity.allCases {
            let group = report.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            out.append("")
            out.append(bold(paint("\(severity.rawValue.uppercased())S (\(group.count))", severity)))
            for finding in group {
                out.append("  " + paint(tag(severity), severity) + " [\(finding.category.rawValue)] \(finding.message)")
                out.append("      rule \(finding.rule)\(finding.clause.map { " · \($0)" } ?? "")")
                for evidence in finding.evidence.prefix(4) { out.append("      at " + Self.locate(evidence)) }
                if finding.evidence.count > 4 { out.append("      … and \(finding.evidence.count - 4) more places") }
                if let action = finding.action { out.append("      → \(action)") }
            }
        }
        if report.findings.isEmpty {
            out.append("")
            out.append("No findings.")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `path, page 2, "text"` or `path, line 14, "text"`.
    public static func locate(_ evidence: Evidence) -> String {
        var parts = [evidence.path]
        if let page = evidence.page { parts.append("page \(page)") }
        if let row = evidence.row { parts.append("line \(row)") }
        var text = parts.joined(separator: ", ")
        if let value = evidence.text, !value.isEmpty {
            let short = value.count > 80 ? String(value.prefix(77)) + "…" : value
            text += ": \"\(short)\""
        }
        return text
    }

    private func tag(_ severity: Severity) -> String {
        switch severity {
        case .error: return "✖"
        case .warning: return "▲"
        case .info: return "·"
        }
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard colour else { return text }
        let code = severity == .error ? "31" : severity == .warning ? "33" : "36"
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func bold(_ text: String) -> String {
        colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
