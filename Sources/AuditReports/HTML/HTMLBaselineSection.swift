import AuditCore

/// Baseline entries that no longer match a finding: what has been fixed since it was accepted.
struct HTMLBaselineSection {
    var fixed: [BaselineEntry]

    func render() -> String {
        var html = "<section id=\"fixed\"><h2>Fixed since baseline</h2>"
        guard !fixed.isEmpty else {
            return html + "<p class=\"note\">Every baseline entry still matches a finding: nothing accepted has been fixed yet.</p></section>\n"
        }
        html += "<p class=\"note\">These findings were accepted in the baseline and no longer occur.</p>"
        html += "<table><thead><tr><th>Rule</th><th>Employee</th><th>Document</th><th>Period</th><th>Accepted by</th><th>Reason</th></tr></thead><tbody>"
        for entry in fixed {
            let cells = [entry.rule, entry.employeeId ?? "", entry.documentType?.rawValue ?? "", entry.period ?? "", entry.acceptedBy, entry.reason]
            html += "<tr>" + cells.map { "<td>\(esc($0))</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table></section>\n"
    }
}
