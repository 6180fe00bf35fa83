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
    /// The language of the labels.
    var language: ReportLanguage = .en

    /// The full section: facts, corrective action, page crops and the evidence table.
    func render(gallery: CropGallery) -> String {
        var html = opening()
        html += facts()
        if let action = finding.action {
            html += "<div class=\"action\"><strong>\(ReportLabel.htmlCorrectiveAction(language))</strong> \(esc(action))</div>"
        }
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
        let subject = [finding.employeeId, finding.documentType?.label(in: language), finding.period,
                       finding.actual.map { ReportLabel.htmlFoundBrief(language, ["actual": $0]) }]
            .compactMap { $0.map(esc) }
        html += "<p class=\"brief-line\"><code>\(esc(finding.rule))</code>" + subject.map { " · \($0)" }.joined() + "</p>"
        if let first = finding.evidence.first {
            let place = [first.path, EvidenceLocation.place(of: first, language: language)].compactMap { $0 }
                .joined(separator: ReportLabel.placeSeparator(language))
            let value = first.text.map { " “\(esc(EvidenceLocation.shortened($0, limit: 60)))”" } ?? ""
            let more = finding.evidence.count > 1 ? ReportLabel.htmlMoreBrief(language, ["n": String(finding.evidence.count - 1)]) : ""
            html += "<p class=\"brief-line\">" + ReportLabel.htmlEvidenceBrief(language, ["place": esc(place) + value]) + "\(more)</p>"
        }
        return html + acceptance() + "</section>\n"
    }

    /// The section's opening tag, badges and message.
    private func opening(brief: Bool = false) -> String {
        let severity = finding.severity.rawValue
        let classes = ["finding", severity, finding.accepted == nil ? nil : "accepted", brief ? "brief" : nil].compactMap { $0 }
        var html = "<section class=\"\(classes.joined(separator: " "))\" id=\"\(HTMLAnchor.finding(number))\">"
        html += "<div><span class=\"badge \(severity)\">\(SeverityName.singular(finding.severity, language))</span>"
        if finding.accepted != nil { html += " <span class=\"badge accepted\">\(ReportLabel.accepted(language))</span>" }
        html += "<span class=\"cat\">\(esc(finding.category.name(in: language)))</span></div>"
        return html + "<h4><span class=\"num-id\">\(number).</span>\(esc(finding.message))</h4>"
    }

    private func acceptance() -> String {
        guard let accepted = finding.accepted else { return "" }
        return "<div class=\"accepted-note\">" + ReportLabel.htmlAcceptedNote(language, [
            "accepted": "<strong>\(ReportLabel.accepted(language))</strong>", "by": esc(accepted.by), "reason": esc(accepted.reason),
        ]) + "</div>"
    }

    private func facts() -> String {
        let L = language
        var rows: [(String, String)] = [(ReportLabel.rule(L), "<code>\(esc(finding.rule))</code>")]
        if let clause = finding.clause { rows.append((ReportLabel.clause(L), esc(clause))) }
        if let employeeId = finding.employeeId {
            let code = "<code>\(esc(employeeId))</code>"
            rows.append((ReportLabel.employee(L), hasWorkerCard ? "<a href=\"#\(HTMLAnchor.worker(employeeId))\">\(code)</a>" : code))
        }
        if let documentType = finding.documentType { rows.append((ReportLabel.document(L), esc(documentType.label(in: L)))) }
        if let period = finding.period { rows.append((ReportLabel.period(L), esc(period))) }
        if let limit = finding.limit { rows.append((ReportLabel.limit(L), esc(limit))) }
        if let actual = finding.actual { rows.append((ReportLabel.found(L), "<span class=\"measure\">\(esc(actual))</span>")) }
        return "<dl class=\"facts\">" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
    }

    /// The evidence as rows of place and value, grouped by file (the file named once per group).
    private func evidenceTable(_ evidence: [Evidence]) -> String {
        guard !evidence.isEmpty else { return "" }
        var html = "<table class=\"evidence\"><thead><tr><th>\(ReportLabel.htmlEvidenceFile(language))</th><th>\(ReportLabel.htmlWhere(language))</th>"
            + "<th>\(ReportLabel.htmlValueRead(language))</th></tr></thead><tbody>"
        let shown = Array(evidence.prefix(evidenceRows))
        var index = 0
        while index < shown.count {
            let path = shown[index].path
            let group = shown[index...].prefix { $0.path == path }
            for (offset, item) in group.enumerated() {
                var place = EvidenceLocation.place(of: item, language: language) ?? ReportLabel.wholeFile(language)
                if let confidence = item.confidence { place += ReportLabel.htmlOCR(language, ["percent": String(Int((confidence * 100).rounded()))]) }
                let file = offset == 0 ? "<td\(group.count > 1 ? " rowspan=\"\(group.count)\"" : "")>\(esc(path))</td>" : ""
                html += "<tr>\(file)<td>\(esc(place))</td><td>\(esc(EvidenceLocation.shortened(item.text ?? "", limit: 120)))</td></tr>"
            }
            index += group.count
        }
        if evidence.count > evidenceRows {
            html += "<tr><td colspan=\"3\" class=\"more\">\(ReportLabel.htmlMorePlaces(language, ["n": String(evidence.count - evidenceRows)]))</td></tr>"
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
