import AuditCore

/// A text a reader writes for people, in English and Chinese: why rows of a document went unread.
public struct ReadText: Sendable, Hashable, Codable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// `reason` filled with `values` in each language.
    public init(_ reason: ReadReason, _ values: [String: String] = [:]) {
        self.init(en: reason.text(.en, values), zh: reason.text(.zh, values))
    }

    /// The text in `language`.
    public func callAsFunction(_ language: ReportLanguage) -> String {
        language == .zh ? zh : en
    }

    /// The texts of `parts` joined in each language, as a list is written in it.
    public static func joined(_ parts: [ReadText]) -> ReadText {
        ReadText(en: parts.map(\.en).joined(separator: "; "), zh: parts.map(\.zh).joined(separator: "；"))
    }
}
