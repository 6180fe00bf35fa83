import AuditCore

/// Every entry of the input with its type, status and, when it was not read, why.
struct HTMLInventorySection {
    var documents: [DocumentRecord]
    var language: ReportLanguage = .en

    func render() -> String {
        let L = language
        let notRead = documents.filter { $0.status != .ok }.count
        var html = "<section id=\"documents\"><h2>\(ReportLabel.htmlInventory(L))</h2>"
        let entries = ReportCount.entry(documents.count, L)
        html += "<p class=\"note\">" + (notRead == 0 ? ReportLabel.htmlInventoryAllRead(L, ["entries": entries])
                                        : ReportLabel.htmlInventorySomeNotRead(L, ["entries": entries, "n": String(notRead)])) + "</p>"
        let headers = "<th class=\"num\">\(ReportLabel.htmlNumber(L))</th><th>\(ReportLabel.document(L))</th><th>\(ReportLabel.htmlType(L))</th>"
            + "<th class=\"num\">\(ReportLabel.htmlPages(L))</th><th>\(ReportLabel.htmlText(L))</th><th>\(ReportLabel.status(L))</th>"
            + "<th>\(ReportLabel.reason(L))</th>"
        html += "<table class=\"inventory\"><thead><tr>\(headers)</tr></thead><tbody>"
        for (index, document) in documents.enumerated() {
            html += "<tr><td class=\"num\">\(index + 1)</td><td class=\"path\">\(esc(document.path))</td><td>\(esc(document.type.label(in: L)))</td>"
            html += "<td class=\"num\">\(document.pages.map(String.init) ?? "")</td><td>\(esc(textSource(document)))</td>"
            html += "<td><span class=\"badge \(document.status.rawValue)\">\(esc(document.status.label(in: L)))</span></td>"
            html += "<td>\(esc(document.reason ?? ""))</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    private func textSource(_ document: DocumentRecord) -> String {
        guard let text = document.text else { return "" }
        let name = text.label(in: language)
        if let confidence = document.ocrConfidence { return "\(name)\(language.aside("\(Int((confidence * 100).rounded()))%"))" }
        return name
    }
}
