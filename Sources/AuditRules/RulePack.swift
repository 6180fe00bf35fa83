import AuditCore

/// A rule pack as written in `Rules/NAME.yaml`: the thresholds and clauses of one rulebook.
public struct RulePack: Sendable, Codable, Hashable {
    /// The pack's name, which prefixes its rule ids (`china-labor-law`).
    public var pack: String
    public var title: String
    public var description: String?
    public var rules: [RuleDefinition]
    /// The file it was loaded from, for messages.
    public var source: String?
    /// The calendars and minimum wages found with the pack (in its folder's `reference/`).
    public var reference: ReferenceData?

    enum CodingKeys: String, CodingKey { case pack, title, description, rules, source }
}

/// One rule of a pack: which check runs, with what parameters, and why.
public struct RuleDefinition: Sendable, Codable, Hashable {
    /// Id inside the pack; the report qualifies it as `pack/id`.
    public var id: String
    /// The name of the Swift check that implements it (`daily-hours`).
    public var check: String
    public var category: FindingCategory
    public var severity: Severity
    /// Why auditors care.
    public var rationale: String
    /// The clause of law or code the threshold comes from.
    public var clause: String
    /// What the factory should do about a finding.
    public var action: String
    /// Where the rule's facts come from and how sure they are, when the clause alone does not say
    /// (a scheme's manual, an accreditation forum's resolution, a reference table).
    public var source: String?
    /// Thresholds and options, named as the check documents them.
    public var parameters: [String: RuleParameter]
    /// Set to false to keep a rule in the pack without running it.
    public var enabled: Bool?
    /// The rationale, clause and corrective action in Chinese (`zh:` under the rule), which
    /// `auditready check --lang zh` reports; a rule without them is reported in English.
    public var zh: RuleTexts?

    /// The rule's rationale, clause and corrective action in `language`, in English where the
    /// pack gives none in that language.
    public func texts(in language: ReportLanguage) -> RuleTexts {
        if language == .zh, let zh { return zh }
        return RuleTexts(rationale: rationale, clause: clause, action: action)
    }

    /// A numeric parameter, or nil when absent or not a number.
    public func number(_ name: String) -> Double? {
        if case let .number(value)? = parameters[name] { return value }
        return nil
    }
}

/// A rule's own texts in one language: why auditors care, the clause, and what to do.
public struct RuleTexts: Sendable, Codable, Hashable {
    public var rationale: String
    public var clause: String
    public var action: String

    public init(rationale: String, clause: String, action: String) {
        self.rationale = rationale
        self.clause = clause
        self.action = action
    }

    /// The keys a `zh:` block holds, all required.
    public static let keys = ["rationale", "clause", "action"]
}

/// A parameter value: a number, a yes/no flag, a text, or a list of texts.
public enum RuleParameter: Sendable, Codable, Hashable, CustomStringConvertible {
    case number(Double)
    case flag(Bool)
    case text(String)
    case list([String])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) { self = .flag(flag); return }
        if let number = try? container.decode(Double.self) { self = .number(number); return }
        if let text = try? container.decode(String.self) { self = .text(text); return }
        self = .list(try container.decode([String].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .number(value): try container.encode(value)
        case let .flag(value): try container.encode(value)
        case let .text(value): try container.encode(value)
        case let .list(value): try container.encode(value)
        }
    }

    public var description: String {
        switch self {
        case let .number(value): return formatNumber(value)
        case let .flag(value): return value ? "yes" : "no"
        case let .text(value): return value
        case let .list(values): return values.joined(separator: ", ")
        }
    }
}

/// A number as people write it: no trailing ".0", at most two decimals.
public func formatNumber(_ value: Double) -> String {
    if value == value.rounded() { return String(Int(value)) }
    let scaled = (value * 100).rounded() / 100
    if scaled == scaled.rounded() { return String(Int(scaled)) }  // 36.999 is 37, not "37."
    var text = String(scaled)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}

extension Array where Element == RulePack {
    /// The most hours a week may hold under the first enabled rule of these packs that judges
    /// weekly hours (`WeeklyHoursCheck`); nil when none does. What a report draws as the limit.
    public var weeklyHoursLimit: Double? {
        lazy.flatMap(\.rules)
            .first { $0.check == WeeklyHoursCheck.checkName && $0.enabled != false && $0.number(WeeklyHoursCheck.limitParameter) != nil }?
            .number(WeeklyHoursCheck.limitParameter)
    }
}
