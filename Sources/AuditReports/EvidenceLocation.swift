import AuditCore

/// Where an evidence item sits inside its file, written the ways reports need it.
enum EvidenceLocation {
    /// "page 2", "line 14", "sheet Payroll, cell B7", or nil when only the file is known.
    static func place(of evidence: Evidence) -> String? {
        var parts: [String] = []
        if let sheet = evidence.sheet { parts.append("sheet \(sheet)") }
        if let cell = evidence.cell { parts.append("cell \(cell)") }
        if let page = evidence.page { parts.append("page \(page)") }
        if let row = evidence.row, evidence.cell == nil { parts.append(evidence.sheet == nil ? "line \(row)" : "row \(row)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `path:2` for a page or a CSV line, `path:Sheet!B7` for a workbook cell, else the path alone.
    static func compact(_ evidence: Evidence) -> String {
        if let cell = evidence.cell { return "\(evidence.path):\(evidence.sheet.map { "\($0)!" } ?? "")\(cell)" }
        if let page = evidence.page { return "\(evidence.path):\(page)" }
        if let row = evidence.row { return "\(evidence.path):\(evidence.sheet.map { "\($0)!" } ?? "")\(row)" }
        return evidence.path
    }

    /// The text of a value, shortened to `limit` characters with an ellipsis.
    static func shortened(_ text: String, limit: Int = 80) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
