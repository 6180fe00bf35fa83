import AuditCore

/// One finding as an HTML section: what was found, under which rule and clause, the limit and the
/// value, what to do, and its evidence (page crops, then the other places in a table).
struct HTMLFindingSection {
    var finding: Finding
    /// 1-based position in the report, used for the anchor and cross-references.
    var number: Int
    /// Page crops shown at most.
    var cropsPerFinding: Int
    /// Evidence rows listed before "and N more places".
    var evidenceRows: Int
    /// Whether the report has a weekly-hours card for the finding's worker to link to.
    var hasWorkerCard: Bool

    /// The full section: facts, corrective action, page crops and the evidence table.
    func render(gallery: CropGallery) -> String {
        var html = opening()
        html += facts()
        if let action = finding.action { html += "<div class=\"action\"><strong>Corrective action:</strong> \(esc(action))</div>" }
        html += acceptance()
        let (figures, pictured) = gallery.figures(for: finding.cropKeys(limit: cropsPerFinding), evidence: finding.evidence, finding: number)
        html += figures
        html += evidenceTable(finding.evidence.filter { item in !pictured.contains { $0.shows(item) } })
        return html + "</section>\n"
    }

    /// A short section for a report with very many findings: the message, the rule and the
    /// subject on one line, and the first evidence location.
    func renderBrief() -> String {
        var html = opening(brief: true)
        let subject = [finding.employeeId, finding.documentType?.rawValue, finding.period, finding.actual.map { "found \($0)" }]
            .compactMap { $0.map(esc) }
        html += "<p class=\"brief-line\"><code>\(esc(finding.rule))</code>" + subject.map { " · \($0)" }.joined() + "</p>"
        if let first = finding.evidence.first {
            let place = [first.path, EvidenceLocation.place(of: first)].compactMap { $0 }.joined(separator: ", ")
            let value = first.text.map { " “\(esc(EvidenceLocation.shortened($0, limit: 60)))”" } ?? ""
            let more = finding.evidence.count > 1 ? " and \(finding.evidence.count - 1) more" : ""
            html += "<p class=\"brief-line\">Evidence: \(esc(place))\(value)\(more)</p>"
        }
        return html + acceptance() + "</section>\n"
    }

    /// The section's opening tag, badges and message.
    private func opening(brief: Bool = false) -> String {
        let severity = finding.severity.rawValue
        let classes = ["finding", severity, finding.accepted == nil ? nil : "accepted", brief ? "brief" : nil].compactMap { $0 }
        var html = "<section class=\"\(classes.joined(separator: " "))\" id=\"\(HTMLAnchor.finding(number))\">"
        html += "<div><span class=\"badge \(severity)\">\(SeverityName.singular(finding.severity))</span>"
        if finding.accepted != nil { html += " <span class=\"badge accepted\">Accepted</span>" }
        html += "<span class=\"cat\">\(esc(finding.category.rawValue))</span></div>"
        return html + "<h4><span class=\"num-id\">\(number).</span>\(esc(finding.message))</h4>"
    }

    private func acceptance() -> String {
        guard let accepted = finding.accepted else { return "" }
        return "<div class=\"accepted-note\"><strong>Accepted</strong> by \(esc(accepted.by)): \(esc(accepted.reason)). Listed for the record; not counted in the verdict.</div>"
    }

    private func facts() -> String {
        var rows: [(String, String)] = [("Rule", "<code>\(esc(finding.rule))</code>")]
        if let clause = finding.clause { rows.append(("Clause", esc(clause))) }
        if let employeeId = finding.employeeId {
            let code = "<code>\(esc(employeeId))</code>"
            rows.append(("Employee", hasWorkerCard ? "<a href=\"#\(HTMLAnchor.worker(employeeId))\">\(code)</a>" : code))
        }
        if let documentType = finding.documentType { rows.append(("Document", esc(documentType.rawValue))) }
        if let period = finding.period { rows.append(("Period", esc(period))) }
        if let limit = finding.limit { rows.append(("Limit", esc(limit))) }
        if let actual = finding.actual { rows.append(("Found", "<span class=\"measure\">\(esc(actual))</span>")) }
        return "<dl class=\"facts\">" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
    }

    /// The evidence as rows of place and value, grouped by file (the file named once per group).
    private func evidenceTable(_ evidence: [Evidence]) -> String {
        guard !evidence.isEmpty else { return "" }
        var html = "<table class=\"evidence\"><thead><tr><th>Evidence file</th><th>Where</th><th>Value read</th></tr></thead><tbody>"
        let shown = Array(evidence.prefix(evidenceRows))
        var index = 0
        while index < shown.count {
            let path = shown[index].path
            let group = shown[index...].prefix { $0.path == path }
            for (offset, item) in group.enumerated() {
                var place = EvidenceLocation.place(of: item) ?? "whole file"
                if let confidence = item.confidence { place += " (OCR \(Int((confidence * 100).rounded()))%)" }
                let file = offset == 0 ? "<td\(group.count > 1 ? " rowspan=\"\(group.count)\"" : "")>\(esc(path))</td>" : ""
                html += "<tr>\(file)<td>\(esc(place))</td><td>\(esc(EvidenceLocation.shortened(item.text ?? "", limit: 120)))</td></tr>"
            }
            index += group.count
        }
        if evidence.count > evidenceRows {
            html += "<tr><td colspan=\"3\" class=\"more\">… and \(evidence.count - evidenceRows) more places (all listed in the JSON report)</td></tr>"
        }
        return html + "</tbody></table>"
    }
}

/// The fragment identifiers sections link to.
enum HTMLAnchor {
    static func finding(_ number: Int) -> String { "finding-\(number)" }

    /// An id for a worker's card: the employee ID with anything but letters, digits and `-`
    /// spelled as its code point, so it is always a valid, unique fragment.
    static func worker(_ employeeId: String) -> String {
        "worker-" + employeeId.unicodeScalars.map { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) || scalar == "-"
                ? String(scalar) : "_\(String(scalar.value, radix: 16))_"
        }.joined()
    }
}
