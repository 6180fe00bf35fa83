import AuditCore

/// Every entry of the input with its type, status and, when it was not read, why.
struct HTMLInventorySection {
    var documents: [DocumentRecord]

    func render() -> String {
        let notRead = documents.filter { $0.status != .ok }.count
        var html = "<section id=\"documents\"><h2>Document inventory</h2>"
        let entries = "\(documents.count) \(documents.count == 1 ? "entry" : "entries") in the input"
        html += "<p class=\"note\">\(notRead == 0 ? "\(entries), all read." : "\(entries); \(notRead) not read, each with the reason.")</p>"
        html += "<table class=\"inventory\"><thead><tr><th class=\"num\">#</th><th>Document</th><th>Type</th><th class=\"num\">Pages</th><th>Text</th><th>Status</th><th>Reason</th></tr></thead><tbody>"
        for (index, document) in documents.enumerated() {
            html += "<tr><td class=\"num\">\(index + 1)</td><td class=\"path\">\(esc(document.path))</td><td>\(esc(document.type.rawValue))</td>"
            html += "<td class=\"num\">\(document.pages.map(String.init) ?? "")</td><td>\(esc(textSource(document)))</td>"
            html += "<td><span class=\"badge \(document.status.rawValue)\">\(esc(document.status.rawValue))</span></td>"
            html += "<td>\(esc(document.reason ?? ""))</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    private func textSource(_ document: DocumentRecord) -> String {
        guard let text = document.text else { return "" }
        if let confidence = document.ocrConfidence { return "\(text.rawValue) (\(Int((confidence * 100).rounded()))%)" }
        return text.rawValue
    }
}
