import AuditCore

/// One row per finding, for a spreadsheet or a tracker import.
///
/// In Chinese the header row is Chinese (a compliance officer opens the file in Excel); the
/// codes in the severity, category, rule and document-type columns stay the contract's, so a
/// filter or an import keyed on them works in both languages.
///
/// RFC 4180: fields holding a comma, quote or line break are quoted, quotes doubled, rows end in
/// CRLF. The text starts with a UTF-8 byte order mark so that Excel reads Chinese correctly. File
/// names and document text are untrusted: each field goes through `UntrustedText.csvField`, which
/// escapes control characters and prefixes with `'` a field a spreadsheet would run as a formula.
public struct CSVReportRenderer: Sendable {
    /// The header row.
    public static let columns = ["severity", "category", "rule", "employeeId", "documentType", "period", "message",
                                 "limit", "actual", "evidence", "clause", "action", "acceptedBy", "acceptedReason"]
    /// The header row in Chinese, column for column.
    public static let chineseColumns = ["严重程度", "类别", "规则", "员工编号", "文件类型", "期间", "问题描述",
                                        "限值", "实际值", "证据", "依据条款", "整改措施", "接受人", "接受理由"]

    /// The language of the header row.
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) {
        self.language = language
    }

    /// The CSV text for `report`, byte order mark first.
    public func render(_ report: AuditReport) -> String {
        var text = ""
        write(report) { text += $0 }
        return text
    }

    /// Hands the CSV to `sink` row by row, so a long report is never held whole.
    public func write(_ report: AuditReport, to sink: (String) throws -> Void) rethrows {
        try sink("\u{FEFF}" + Self.line(language == .zh ? Self.chineseColumns : Self.columns))
        for finding in report.findings { try sink(Self.line(Self.row(finding))) }
    }

    static func line(_ fields: [String]) -> String {
        fields.map(UntrustedText.csvField).joined(separator: ",") + "\r\n"
    }

    static func row(_ finding: Finding) -> [String] {
        [finding.severity.rawValue, finding.category.rawValue, finding.rule, finding.employeeId ?? "",
         finding.documentType?.rawValue ?? "", finding.period ?? "", finding.message, finding.limit ?? "",
         finding.actual ?? "", finding.evidence.map(EvidenceLocation.compact).joined(separator: "; "),
         finding.clause ?? "", finding.action ?? "", finding.accepted?.by ?? "", finding.accepted?.reason ?? ""]
    }
}
