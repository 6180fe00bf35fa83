import AuditCore

/// A report for an email or a ticket: the verdict, a summary table, the findings grouped by
/// severity with where their evidence is, what is fixed since the baseline, and what was not read.
public struct MarkdownReportRenderer: Sendable {
    /// Evidence locations listed per finding before "and N more".
    public var evidencePerFinding: Int
    /// The language of the labels (the findings' texts are in the report already).
    public var language: ReportLanguage

    public init(evidencePerFinding: Int = 6, language: ReportLanguage = .en) {
        self.evidencePerFinding = evidencePerFinding
        self.language = language
    }

    /// The Markdown text for `report`.
    public func render(_ report: AuditReport) -> String {
        var text = ""
        write(report) { text += $0 }
        return text
    }

    /// Hands the Markdown to `sink` line by line, so a long report is never held whole.
    public func write(_ report: AuditReport, to sink: (String) throws -> Void) rethrows {
        try sink("# " + ReportLabel.markdownHeading(language, ["input": UntrustedText.markdown(report.input)]) + "\n")
        try sink("\n")
        try sink(ReportLabel.markdownMeta(language, ["asOf": report.asOf.description, "ruleset": UntrustedText.markdownCode(report.ruleset),
                                                     "documents": ReportCount.document(report.documents.count, language)]) + "\n")
        try sink("\n")
        let tally = FindingCounts(report.findings)
        let stop = language == .zh ? "。" : "."
        try sink("**\(UntrustedText.markdown(ReportVerdict.of(report, counts: tally, language: language).text))\(stop)**\n")
        try sink("\n")
        for line in summaryTable(tally) { try sink(line + "\n") }
        for severity in Severity.allCases where tally.all(severity) > 0 {
            try sink("\n")
            try sink("## " + ReportLabel.markdownSeverityHeading(language, ["severity": SeverityName.plural(severity, language),
                                                                            "n": String(tally.all(severity))]) + "\n")
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
            try sink("## " + ReportLabel.markdownNotRead(language, ["n": String(notRead.count)]) + "\n")
            try sink("\n")
            try sink(row([ReportLabel.document(language), ReportLabel.status(language), ReportLabel.reason(language)]) + "\n")
            try sink("| --- | --- | --- |\n")
            for document in notRead {
                try sink("| \(UntrustedText.markdown(document.path)) | \(document.status.label(in: language)) | \(UntrustedText.markdown(document.reason ?? "")) |\n")
            }
        }
    }

    /// A table row of labels.
    private func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private func summaryTable(_ counts: FindingCounts) -> [String] {
        var rows = [row([ReportLabel.severity(language), ReportLabel.open(language), ReportLabel.accepted(language)]), "| --- | ---: | ---: |"]
        for severity in Severity.allCases {
            rows.append("| \(SeverityName.singular(severity, language)) | \(counts.open(severity)) | \(counts.accepted(severity)) |")
        }
        return rows
    }

    private func item(_ finding: Finding, number: Int) -> [String] {
        var lines = ["\(number). **\(UntrustedText.markdown(finding.message))**"]
        var ruleLine = ReportLabel.markdownRule(language, ["rule": UntrustedText.markdownCode(finding.rule),
                                                          "category": finding.category.name(in: language)])
        if let clause = finding.clause { ruleLine += " · \(UntrustedText.markdown(clause))" }
        lines.append(ruleLine)
        let subject = [finding.employeeId.map { ReportLabel.markdownEmployee(language, ["id": UntrustedText.markdownCode($0)]) },
                       finding.documentType.map { ReportLabel.markdownDocument(language, ["type": $0.label(in: language)]) },
                       finding.period.map { ReportLabel.markdownPeriod(language, ["period": UntrustedText.markdown($0)]) }].compactMap { $0 }
        if !subject.isEmpty { lines.append(subject.joined(separator: " · ")) }
        let measure = [finding.limit.map { ReportLabel.markdownLimit(language, ["limit": UntrustedText.markdown($0)]) },
                       finding.actual.map { ReportLabel.markdownFound(language, ["actual": UntrustedText.markdown($0)]) }].compactMap { $0 }
        if !measure.isEmpty { lines.append(measure.joined(separator: " · ")) }
        lines.append(ReportLabel.markdownEvidence(language, ["evidence": evidenceList(finding.evidence)]))
        if let action = finding.action { lines.append(ReportLabel.markdownAction(language, ["action": UntrustedText.markdown(action)])) }
        if let accepted = finding.accepted {
            lines.append(ReportLabel.markdownAccepted(language, ["by": UntrustedText.markdown(accepted.by), "reason": UntrustedText.markdown(accepted.reason)]))
        }
        return [lines[0]] + lines.dropFirst().map { "   - " + $0 }
    }

    private func evidenceList(_ evidence: [Evidence]) -> String {
        guard !evidence.isEmpty else { return ReportLabel.noneRecorded(language) }
        var parts = evidence.prefix(evidencePerFinding).map { item -> String in
            var text = UntrustedText.markdownCode(item.path)
            if let place = EvidenceLocation.place(of: item, language: language) { text += " " + UntrustedText.markdown(place) }
            if let value = item.text, !value.isEmpty { text += " “\(UntrustedText.markdown(EvidenceLocation.shortened(value, limit: 60)))”" }
            return text
        }
        if evidence.count > evidencePerFinding { parts.append(ReportLabel.andMore(language, ["n": String(evidence.count - evidencePerFinding)])) }
        return parts.joined(separator: language == .zh ? "；" : "; ")
    }

    private func fixedSection(_ fixed: [BaselineEntry]) -> [String] {
        let headers: [ReportLabel] = [.rule, .employee, .document, .period, .acceptedBy, .reason]
        var out = ["", "## " + ReportLabel.markdownFixed(language, ["n": String(fixed.count)]), "",
                   ReportLabel.markdownFixedNote(language), "",
                   row(headers.map { $0(language) }),
                   "| --- | --- | --- | --- | --- | --- |"]
        for entry in fixed {
            let cells = [entry.rule, entry.employeeId ?? "", entry.documentType?.label(in: language) ?? "", entry.period ?? "",
                         entry.acceptedBy, entry.reason]
            out.append("| " + cells.map(UntrustedText.markdown).joined(separator: " | ") + " |")
        }
        return out
    }
}
