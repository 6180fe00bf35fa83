import AuditCore

/// The words `auditready inspect` and `auditready extract` put around what they read, in English
/// and Chinese with the same `{name}` placeholders (`--lang`).
///
/// The switch has a case for every label, so none can lack a language; the test suite checks
/// that both use the same placeholders and that the Chinese is Chinese.
public enum CommandLabel: String, CaseIterable, Sendable {
    // inspect.
    case inspectSummary, inspectReason, inspectCompany, inspectCode, inspectIssued, inspectValidFrom, inspectValidUntil
    case inspectOpenEnded, inspectYes, inspectPayPeriod, inspectFact, inspectTable, inspectRead, inspectProblem
    // extract.
    case extractDocument, extractDocumentWithReason, extractPage, extractSheet

    public var text: Bilingual {
        switch self {
        case .inspectSummary:
            return Bilingual(en: "{status}, type {type}, text {text}, pages {pages}", zh: "{status}，类型：{type}，文本：{text}，页数：{pages}")
        case .inspectReason: return Bilingual(en: "reason: {reason}", zh: "原因：{reason}")
        case .inspectCompany: return Bilingual(en: "company", zh: "公司")
        case .inspectCode: return Bilingual(en: "code", zh: "统一社会信用代码")
        case .inspectIssued: return Bilingual(en: "issued", zh: "发证日期")
        case .inspectValidFrom: return Bilingual(en: "valid from", zh: "有效期自")
        case .inspectValidUntil: return Bilingual(en: "valid until", zh: "有效期至")
        case .inspectOpenEnded: return Bilingual(en: "open-ended", zh: "长期有效")
        case .inspectYes: return Bilingual(en: "yes", zh: "是")
        case .inspectPayPeriod: return Bilingual(en: "pay period", zh: "工资月份")
        case .inspectFact: return Bilingual(en: "{name}: {value}", zh: "{name}：{value}")
        case .inspectTable: return Bilingual(en: "table {number}: {rows} rows; {columns}", zh: "表格 {number}：{rows} 行；{columns}")
        case .inspectRead:
            return Bilingual(en: "read: {employees} employees, {entries} time entries, {lines} pay lines, {problems} problems",
                             zh: "读取：{employees} 名员工，{entries} 条考勤记录，{lines} 条工资记录，{problems} 个问题")
        case .inspectProblem: return Bilingual(en: "problem: {reason}", zh: "问题：{reason}")
        case .extractDocument: return Bilingual(en: "== {path} ({status})", zh: "== {path}（{status}）")
        case .extractDocumentWithReason: return Bilingual(en: "== {path} ({status}: {reason})", zh: "== {path}（{status}：{reason}）")
        case .extractPage: return Bilingual(en: "-- page {number}", zh: "-- 第 {number} 页")
        case .extractSheet: return Bilingual(en: "-- sheet {name}", zh: "-- 工作表 {name}")
        }
    }

    /// The label in `language` with each `{name}` replaced by `values[name]`.
    public func callAsFunction(_ language: ReportLanguage, _ values: [String: String] = [:]) -> String {
        text(language, values)
    }
}
