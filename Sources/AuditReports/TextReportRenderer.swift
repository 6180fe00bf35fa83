import AuditCore

/// A readable terminal summary: open counts per severity, then each finding with where its proof
/// is, accepted findings marked, and baseline entries that are fixed.
///
/// Every value from the evidence or a baseline goes through `UntrustedText.plain`, so the only
/// control bytes in the text are its line ends and the colours it adds itself.
public struct TextReportRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal).
    public var colour: Bool
    /// The language of the labels (the findings' texts are in the report already).
    public var language: ReportLanguage

    public init(colour: Bool = false, language: ReportLanguage = .en) {
        self.colour = colour
        self.language = language
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
        let counts = Severity.allCases.map { severity in ReportCount.of(severity)(tally.open(severity), language) }
        let accepted = tally.acceptedTotal
        try sink(ReportLabel.textHeading(language, ["input": shown(report.input), "asOf": report.asOf.description,
                                                    "ruleset": shown(report.ruleset)]) + "\n")
        try sink(ReportCount.document(report.documents.count, language) + " · " + counts.joined(separator: " · ")
                 + (accepted > 0 ? ReportLabel.textAcceptedTally(language, ["n": String(accepted)]) : "") + "\n")
        let notRead = report.documents.filter { $0.status != .ok }
        if !notRead.isEmpty {
            try sink("\n")
            try sink(bold(ReportLabel.textNotRead(language, ["n": String(notRead.count)])) + "\n")
            for document in notRead {
                try sink("  \(document.status.label(in: language).uppercased()) \(shown(document.path))\n")
                if let reason = document.reason { try sink("      \(shown(reason))\n") }
            }
        }
        for severity in Severity.allCases where tally.all(severity) > 0 {
            let acceptedHere = tally.accepted(severity)
            let name = language == .zh ? severity.plural(in: .zh) : severity.rawValue.uppercased()
            let heading = acceptedHere > 0
                ? ReportLabel.textSeverityHeadingAccepted(language, ["severity": name, "n": String(tally.all(severity)), "accepted": String(acceptedHere)])
                : ReportLabel.textSeverityHeading(language, ["severity": name, "n": String(tally.all(severity))])
            try sink("\n")
            try sink(bold(paint(heading, severity)) + "\n")
            for finding in report.findings where finding.severity == severity {
                for line in lines(for: finding) { try sink(line + "\n") }
            }
        }
        if report.findings.isEmpty {
            try sink("\n")
            try sink(ReportLabel.textNoFindings(language) + "\n")
        }
        if let fixed = report.baselineFixed, !fixed.isEmpty {
            try sink("\n")
            try sink(bold(ReportLabel.textFixed(language, ["n": String(fixed.count)])) + "\n")
            for entry in fixed {
                try sink("  ✔ \(shown(BaselineDescription.scope(of: entry, language: language)))\n")
                try sink("      " + ReportLabel.textWasAcceptedBy(language, ["by": shown(entry.acceptedBy), "reason": shown(entry.reason)]) + "\n")
            }
        }
    }

    private func lines(for finding: Finding) -> [String] {
        var out: [String] = []
        let category = finding.category.name(in: language)
        if let accepted = finding.accepted {
            out.append("  " + dim(tag(finding.severity) + " [\(category)] \(ReportLabel.textAccepted(language)) · \(shown(finding.message))"))
            out.append("      " + ReportLabel.textAcceptedBy(language, ["by": shown(accepted.by), "reason": shown(accepted.reason)]))
        } else {
            out.append("  " + paint(tag(finding.severity), finding.severity) + " [\(category)] \(shown(finding.message))")
        }
        out.append("      " + ReportLabel.textRule(language, ["rule": shown(finding.rule)]) + (finding.clause.map { " · \(shown($0))" } ?? ""))
        for evidence in finding.evidence.prefix(4) {
            out.append("      " + ReportLabel.textAt(language, ["place": Self.locate(evidence, language: language)]))
        }
        if finding.evidence.count > 4 { out.append("      " + ReportLabel.textMorePlaces(language, ["n": String(finding.evidence.count - 4)])) }
        if let action = finding.action { out.append("      → \(shown(action))") }
        return out
    }

    /// `path, page 2, "text"` or `path, line 14, "text"`, safe for a terminal.
    public static func locate(_ evidence: Evidence, language: ReportLanguage = .en) -> String {
        var text = [evidence.path, EvidenceLocation.place(of: evidence, language: language)].compactMap { $0 }
            .joined(separator: ReportLabel.placeSeparator(language))
        if let value = evidence.text, !value.isEmpty {
            text += (language == .zh ? "：" : ": ") + language.quoted(EvidenceLocation.shortened(value))
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
