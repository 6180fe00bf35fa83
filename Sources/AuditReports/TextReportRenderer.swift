import AuditCore

/// A readable terminal summary: open counts per severity, then each finding with where its proof
/// is, accepted findings marked, and baseline entries that are fixed.
///
/// Every value from the evidence or a baseline goes through `UntrustedText.plain`, so the only
/// control bytes in the text are its line ends and the colours it adds itself.
public struct TextReportRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal).
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// The terminal text for `report`.
    public func render(_ report: AuditReport) -> String {
        var text = ""
        write(report) { text += $0 }
        return text
    }

    /// Hands the text to `sink` line by line, so a long report is never held whole.
    public func write(_ report: AuditReport, to sink: (String) throws -> Void) rethrows {
        let tally = FindingCounts(report.findings)
        let counts = Severity.allCases.map { severity -> String in
            let count = tally.open(severity)
            return "\(count) \(severity.rawValue)\(count == 1 || severity == .info ? "" : "s")"
        }
        let accepted = tally.acceptedTotal
        try sink("AuditReady check of \(shown(report.input)), as of \(report.asOf), rules: \(shown(report.ruleset))\n")
        try sink("\(report.documents.count) document\(report.documents.count == 1 ? "" : "s") · " + counts.joined(separator: " · ")
                 + (accepted > 0 ? " · \(accepted) accepted in the baseline" : "") + "\n")
        let notRead = report.documents.filter { $0.status != .ok }
        if !notRead.isEmpty {
            try sink("\n")
            try sink(bold("Not read (\(notRead.count))") + "\n")
            for document in notRead {
                try sink("  \(document.status.rawValue.uppercased()) \(shown(document.path))\n")
                if let reason = document.reason { try sink("      \(shown(reason))\n") }
            }
        }
        for severity in Severity.allCases where tally.all(severity) > 0 {
            let acceptedHere = tally.accepted(severity)
            try sink("\n")
            try sink(bold(paint("\(severity.rawValue.uppercased())S (\(tally.all(severity))\(acceptedHere > 0 ? ", \(acceptedHere) accepted" : ""))", severity)) + "\n")
            for finding in report.findings where finding.severity == severity {
                for line in lines(for: finding) { try sink(line + "\n") }
            }
        }
        if report.findings.isEmpty {
            try sink("\n")
            try sink("No findings.\n")
        }
        if let fixed = report.baselineFixed, !fixed.isEmpty {
            try sink("\n")
            try sink(bold("FIXED SINCE BASELINE (\(fixed.count))") + "\n")
            for entry in fixed {
                try sink("  ✔ \(shown(BaselineDescription.scope(of: entry)))\n")
                try sink("      was accepted by \(shown(entry.acceptedBy)): \(shown(entry.reason))\n")
            }
        }
    }

    private func lines(for finding: Finding) -> [String] {
        var out: [String] = []
        if let accepted = finding.accepted {
            out.append("  " + dim(tag(finding.severity) + " [\(finding.category.rawValue)] ACCEPTED · \(shown(finding.message))"))
            out.append("      accepted by \(shown(accepted.by)): \(shown(accepted.reason))")
        } else {
            out.append("  " + paint(tag(finding.severity), finding.severity) + " [\(finding.category.rawValue)] \(shown(finding.message))")
        }
        out.append("      rule \(shown(finding.rule))\(finding.clause.map { " · \(shown($0))" } ?? "")")
        for evidence in finding.evidence.prefix(4) { out.append("      at " + Self.locate(evidence)) }
        if finding.evidence.count > 4 { out.append("      … and \(finding.evidence.count - 4) more places") }
        if let action = finding.action { out.append("      → \(shown(action))") }
        return out
    }

    /// `path, page 2, "text"` or `path, line 14, "text"`, safe for a terminal.
    public static func locate(_ evidence: Evidence) -> String {
        var text = [evidence.path, EvidenceLocation.place(of: evidence)].compactMap { $0 }.joined(separator: ", ")
        if let value = evidence.text, !value.isEmpty {
            text += ": \"\(EvidenceLocation.shortened(value))\""
        }
        return UntrustedText.plain(text)
    }

    /// Untrusted `text` as the terminal may show it.
    private func shown(_ text: String) -> String { UntrustedText.plain(text) }

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

    private func dim(_ text: String) -> String {
        colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String {
        colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
