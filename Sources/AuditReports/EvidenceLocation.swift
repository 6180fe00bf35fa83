import AuditCore

/// Where an evidence item sits inside its file, written the ways reports need it.
enum EvidenceLocation {
    /// "page 2", "line 14", "sheet Payroll, cell B7" ("第 2 页", "工作表 Payroll，单元格 B7"), or
    /// nil when only the file is known.
    static func place(of evidence: Evidence, language: ReportLanguage = .en) -> String? {
        var parts: [String] = []
        if let sheet = evidence.sheet { parts.append(ReportLabel.sheet(language, ["name": sheet])) }
        if let cell = evidence.cell { parts.append(ReportLabel.cell(language, ["cell": cell])) }
        if let page = evidence.page { parts.append(ReportLabel.page(language, ["n": String(page)])) }
        if let row = evidence.row, evidence.cell == nil {
            parts.append((evidence.sheet == nil ? ReportLabel.line : ReportLabel.row)(language, ["n": String(row)]))
        }
        return parts.isEmpty ? nil : parts.joined(separator: ReportLabel.placeSeparator(language))
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
