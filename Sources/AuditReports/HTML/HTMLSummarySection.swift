import AuditCore

/// Open findings per severity as tiles, and a table of findings per category.
struct HTMLSummarySection {
    var report: AuditReport
    var language: ReportLanguage = .en

    func render() -> String {
        let L = language
        var html = "<section id=\"summary\"><h2>\(ReportLabel.htmlSummary(L))</h2><div class=\"tiles\">"
        for severity in Severity.allCases {
            let open = report.openCount(severity)
            let name = L == .zh ? SeverityName.plural(severity, L) : severity == .info ? "info" : SeverityName.plural(severity).lowercased()
            let label = ReportLabel.htmlOpenTile(L, ["severity": name])
            html += "<div class=\"tile \(severity.rawValue)\"><div class=\"n\">\(open)</div><div class=\"l\">\(label)</div></div>"
        }
        let accepted = report.acceptedFindings.count
        if accepted > 0 {
            html += "<div class=\"tile accepted\"><div class=\"n\">\(accepted)</div><div class=\"l\">\(ReportLabel.htmlAcceptedTile(L))</div></div>"
        }
        let read = report.documents.filter { $0.status == .ok }.count
        html += "<div class=\"tile\"><div class=\"n\">\(read)/\(report.documents.count)</div><div class=\"l\">\(ReportLabel.htmlDocumentsRead(L))</div></div></div>"
        html += categoryTable()
        return html + "</section>\n"
    }

    private func categoryTable() -> String {
        let categories = FindingCategory.allCases.filter { category in report.findings.contains { $0.category == category } }
        guard !categories.isEmpty else { return "" }
        var html = "<table class=\"categories\"><thead><tr><th>\(ReportLabel.category(language))</th>"
        html += Severity.allCases.map { "<th class=\"num\">\(SeverityName.plural($0, language))</th>" }.joined()
        html += "<th class=\"num\">\(ReportLabel.accepted(language))</th></tr></thead><tbody>"
        for category in categories {
            let inCategory = report.findings.filter { $0.category == category }
            html += "<tr><td>\(esc(category.name(in: language)))</td>"
            for severity in Severity.allCases {
                let open = inCategory.filter { $0.severity == severity && $0.accepted == nil }.count
                html += "<td class=\"num\(open == 0 ? " zero" : "")\">\(open)</td>"
            }
            let accepted = inCategory.filter { $0.accepted != nil }.count
            html += "<td class=\"num\(accepted == 0 ? " zero" : "")\">\(accepted)</td></tr>"
        }
        return html + "</tbody></table>"
    }
}
