import AuditCore

/// A report for an email or a ticket: the verdict, a summary table, the findings grouped by
/// severity with where their evidence is, what is fixed since the baseline, and what was not read.
public struct MarkdownReportRenderer: Sendable {
    /// Evidence locations listed per finding before "and N more".
    public var evidencePerFinding: Int

    public init(evidencePerFinding: Int = 6) {
        self.evidencePerFinding = evidencePerFinding
    }

    /// The Markdown text for `report`.
    public func render(_ report: AuditReport) -> String {
        var text = ""
        write(report) { text += $0 }
        return text
    }

    /// Hands the Markdown to `sink` line by line, so a long report is never held whole.
    public func write(_ report: AuditReport, to sink: (String) throws -> Void) rethrows {
        try sink("# AuditReady report: \(UntrustedText.markdown(report.input))\n")
        try sink("\n")
        try sink("As of \(report.asOf) · rules \(UntrustedText.markdownCode(report.ruleset)) · \(ReportVerdict.count(report.documents.count, "document"))\n")
        try sink("\n")
        let tally = FindingCounts(report.findings)
        try sink("**\(UntrustedText.markdown(ReportVerdict.of(report, counts: tally).text)).**\n")
        try sink("\n")
        for line in summaryTable(tally) { try sink(line + "\n") }
        for severity in Severity.allCases where tally.all(severity) > 0 {
            try sink("\n")
            try sink("## \(SeverityName.plural(severity)) (\(tally.all(severity)))\n")
            try sink("\n")
            var number = 0
            for finding in report.findings where finding.severity == severity {
                number += 1
                for line in item(finding, number: number) { try sink(line + "\n") }
            }
        }
        if let fixed = report.baselineFixed, !fixed.isEmpty {
            for line in fixedSection(fixed) { try sink(line + "\n") }
        }
        let notRead = report.documents.filter { $0.status != .ok }
        if !notRead.isEmpty {
            try sink("\n")
            try sink("## Documents not read (\(notRead.count))\n")
            try sink("\n")
            try sink("| Document | Status | Reason |\n")
            try sink("| --- | --- | --- |\n")
            for document in notRead {
                try sink("| \(UntrustedText.markdown(document.path)) | \(document.status.rawValue) | \(UntrustedText.markdown(document.reason ?? "")) |\n")
            }
        }
    }

    private func summaryTable(_ counts: FindingCounts) -> [String] {
        var rows = ["| Severity | Open | Accepted |", "| --- | ---: | ---: |"]
        for severity in Severity.allCases {
            rows.append("| \(SeverityName.singular(severity)) | \(counts.open(severity)) | \(counts.accepted(severity)) |")
        }
        return rows
    }

    private func item(_ finding: Finding, number: Int) -> [String] {
        var lines = ["\(number). **\(UntrustedText.markdown(finding.message))**"]
        var ruleLine = "Rule \(UntrustedText.markdownCode(finding.rule)) (\(finding.category.rawValue))"
        if let clause = finding.clause { ruleLine += " · \(UntrustedText.markdown(clause))" }
        lines.append(ruleLine)
        let subject = [finding.employeeId.map { "Employee \(UntrustedText.markdownCode($0))" },
                       finding.documentType.map { "Document \($0.rawValue)" },
                       finding.period.map { "Period \(UntrustedText.markdown($0))" }].compactMap { $0 }
        if !subject.isEmpty { lines.append(subject.joined(separator: " · ")) }
        let measure = [finding.limit.map { "Limit \(UntrustedText.markdown($0))" },
                       finding.actual.map { "found \(UntrustedText.markdown($0))" }].compactMap { $0 }
        if !measure.isEmpty { lines.append(measure.joined(separator: " · ")) }
        lines.append("Evidence: " + evidenceList(finding.evidence))
        if let action = finding.action { lines.append("Action: \(UntrustedText.markdown(action))") }
        if let accepted = finding.accepted {
            lines.append("**Accepted** by \(UntrustedText.markdown(accepted.by)): \(UntrustedText.markdown(accepted.reason))")
        }
        return [lines[0]] + lines.dropFirst().map { "   - " + $0 }
    }

    private func evidenceList(_ evidence: [Evidence]) -> String {
        guard !evidence.isEmpty else { return "none recorded" }
        var parts = evidence.prefix(evidencePerFinding).map { item -> String in
            var text = UntrustedText.markdownCode(item.path)
            if let place = EvidenceLocation.place(of: item) { text += " " + UntrustedText.markdown(place) }
            if let value = item.text, !value.isEmpty { text += " “\(UntrustedText.markdown(EvidenceLocation.shortened(value, limit: 60)))”" }
            return text
        }
        if evidence.count > evidencePerFinding { parts.append("and \(evidence.count - evidencePerFinding) more") }
        return parts.joined(separator: "; ")
    }

    private func fixedSection(_ fixed: [BaselineEntry]) -> [String] {
        var out = ["", "## Fixed since baseline (\(fixed.count))", "",
                   "These accepted findings no longer occur.", "",
                   "| Rule | Employee | Document | Period | Accepted by | Reason |",
                   "| --- | --- | --- | --- | --- | --- |"]
        for entry in fixed {
            let cells = [entry.rule, entry.employeeId ?? "", entry.documentType?.rawValue ?? "", entry.period ?? "",
                         entry.acceptedBy, entry.reason]
            out.append("| " + cells.map(UntrustedText.markdown).joined(separator: " | ") + " |")
        }
        return out
    }
}
