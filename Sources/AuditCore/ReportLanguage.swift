/// The language a report's texts are written in (`auditready check --lang en|zh`): findings'
/// messages, limits, clauses and corrective actions, and the labels of the people-facing formats.
///
/// A finding's identity (rule, category, severity, employee, document type, period, evidence) and
/// the JSON report's shape never depend on it; numbers, amounts and dates are written the same in
/// both languages (`2,520.00`, `12.5`, `2026-07-18`).
public enum ReportLanguage: String, Sendable, Codable, CaseIterable, Hashable {
    case en, zh

    /// The language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
    /// set and not empty (the POSIX order) decides; `zh…` (zh_CN.UTF-8, zh_TW, zh) is Chinese,
    /// anything else English.
    public static func fromLocale(_ environment: [String: String]) -> ReportLanguage {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("zh") ? .zh : .en
    }

    /// Items of a list of clauses: `a; b` in English, `a；b` in Chinese.
    public func clauses(_ items: [String]) -> String {
        items.joined(separator: self == .zh ? "；" : "; ")
    }

    /// Items of an enumeration: `a, b` in English, `a、b` in Chinese.
    public func enumeration(_ items: [String]) -> String {
        items.joined(separator: self == .zh ? "、" : ", ")
    }

    /// A quoted value: `"text"` in English, `“text”` in Chinese.
    public func quoted(_ text: String) -> String {
        self == .zh ? "“\(text)”" : "\"\(text)\""
    }

    /// A parenthesised remark, with its leading space in English: ` (text)` or `（text）`.
    public func aside(_ text: String) -> String {
        self == .zh ? "（\(text)）" : " (\(text))"
    }
}

/// One text in English and in Chinese, with the same `{name}` placeholders in both.
///
/// Placeholders are filled in one pass over the template, so a value that itself holds braces
/// (a file name) is never read as a placeholder.
public struct Bilingual: Sendable, Hashable {
    public let en: String
    public let zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The template of `language`.
    public func template(_ language: ReportLanguage) -> String {
        language == .zh ? zh : en
    }

    /// The text in `language` with each `{name}` replaced by `values[name]`.
    public func callAsFunction(_ language: ReportLanguage, _ values: [String: String] = [:]) -> String {
        Self.fill(template(language), values)
    }

    /// `template` with each `{name}` replaced by `values[name]`; a placeholder without a value
    /// stays as written (and stops a debug build: every template's values are given by the code
    /// that fills it).
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                assertionFailure("no value for {\(name)} in \"\(template)\"")
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The placeholder names a template uses, in order of first use.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !names.contains(name) { names.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// A count with its noun: `1 day`, `3 days`, `3 天`.
public struct BilingualCount: Sendable, Hashable {
    /// English for one, `{n}` the number.
    public let one: String
    /// English for any other number.
    public let other: String
    /// Chinese, which has no plural.
    public let zh: String

    public init(one: String, other: String, zh: String) {
        self.one = one
        self.other = other
        self.zh = zh
    }

    public func callAsFunction(_ count: Int, _ language: ReportLanguage) -> String {
        let template = language == .zh ? zh : count == 1 ? one : other
        return Bilingual.fill(template, ["n": String(count)])
    }
}

/// Names of the contract's codes as a report shows them to people.
extension Severity {
    /// `Error`, `Warning`, `Info`; `不符合`, `警告`, `提示`.
    public func name(in language: ReportLanguage) -> String {
        switch (self, language) {
        case (.error, .en): return "Error"
        case (.warning, .en): return "Warning"
        case (.info, .en): return "Info"
        case (.error, .zh): return "不符合"
        case (.warning, .zh): return "警告"
        case (.info, .zh): return "提示"
        }
    }

    /// A heading over findings of this severity: `Errors`, `Warnings`, `Info`; `不符合项`, `警告项`, `提示项`.
    public func plural(in language: ReportLanguage) -> String {
        switch language {
        case .en: return self == .info ? "Info" : name(in: .en) + "s"
        case .zh: return name(in: .zh) + "项"
        }
    }
}

extension FindingCategory {
    /// The category as people call it: the code itself in English, the auditor's term in Chinese.
    public func name(in language: ReportLanguage) -> String {
        guard language == .zh else { return rawValue }
        switch self {
        case .intake: return "文件接收"
        case .missingDocument: return "文件缺失"
        case .expiry: return "证照有效期"
        case .minimumAge: return "童工"
        case .juvenileWorker: return "未成年工"
        case .workingHours: return "工作时间"
        case .restDay: return "休息日"
        case .minimumWage: return "最低工资"
        case .overtimePay: return "加班工资"
        case .payrollArithmetic: return "工资计算"
        case .rosterPayroll: return "花名册与工资表"
        case .hoursMismatch: return "工时不符"
        case .identityMismatch: return "主体信息不符"
        case .invalidId: return "证件号码"
        case .recordIntegrity: return "记录真实性"
        case .certificate: return "认证证书"
        }
    }
}

extension DocumentType {
    /// How a person names this kind of document: `Business license`, `营业执照`.
    public func displayName(in language: ReportLanguage) -> String {
        switch (self, language) {
        case (.businessLicense, .en): return "Business license"
        case (.fireCertificate, .en): return "Fire certificate"
        case (.certificate, .en): return "Certificate"
        case (.roster, .en): return "Roster"
        case (.timesheet, .en): return "Timesheet"
        case (.payroll, .en): return "Payroll"
        case (.socialInsurance, .en): return "Social insurance record"
        case (.unknown, .en): return "Document"
        case (.businessLicense, .zh): return "营业执照"
        case (.fireCertificate, .zh): return "消防证明文件"
        case (.certificate, .zh): return "认证证书"
        case (.roster, .zh): return "员工花名册"
        case (.timesheet, .zh): return "考勤记录"
        case (.payroll, .zh): return "工资表"
        case (.socialInsurance, .zh): return "社保缴费记录"
        case (.unknown, .zh): return "其他文件"
        }
    }

    /// The type as a report's fact lists show it: the code in English, the name in Chinese.
    public func label(in language: ReportLanguage) -> String {
        language == .zh ? displayName(in: .zh) : rawValue
    }
}

extension DocumentStatus {
    /// The status as a report shows it: the code in English, the word in Chinese.
    public func label(in language: ReportLanguage) -> String {
        guard language == .zh else { return rawValue }
        switch self {
        case .ok: return "已读取"
        case .unreadable: return "无法读取"
        case .rejected: return "已拒收"
        case .skipped: return "已跳过"
        }
    }
}

extension TextSource {
    /// How the text was obtained, as a report shows it: the code in English, the words in Chinese.
    public func label(in language: ReportLanguage) -> String {
        guard language == .zh else { return rawValue }
        switch self {
        case .pdfText: return "PDF 文本"
        case .ocr: return "OCR 识别"
        case .spreadsheet: return "电子表格"
        case .mixed: return "文本与 OCR"
        case .none: return "无文本"
        }
    }
}
