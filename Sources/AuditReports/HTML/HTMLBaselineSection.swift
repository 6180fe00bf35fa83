import AuditCore

/// Baseline entries that no longer match a finding: what has been fixed since it was accepted.
struct HTMLBaselineSection {
    var fixed: [BaselineEntry]
    var language: ReportLanguage = .en

    func render() -> String {
        let L = language
        var html = "<section id=\"fixed\"><h2>\(ReportLabel.htmlFixed(L))</h2>"
        guard !fixed.isEmpty else {
            return html + "<p class=\"note\">\(ReportLabel.htmlFixedNone(L))</p></section>\n"
        }
        html += "<p class=\"note\">\(ReportLabel.htmlFixedNote(L))</p>"
        let headers: [ReportLabel] = [.rule, .employee, .document, .period, .acceptedBy, .reason]
        html += "<table><thead><tr>" + headers.map { "<th>\($0(L))</th>" }.joined() + "</tr></thead><tbody>"
        for entry in fixed {
            let cells = [entry.rule, entry.employeeId ?? "", entry.documentType?.label(in: L) ?? "", entry.period ?? "", entry.acceptedBy, entry.reason]
            html += "<tr>" + cells.map { "<td>\(esc($0))</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table></section>\n"
    }
}
