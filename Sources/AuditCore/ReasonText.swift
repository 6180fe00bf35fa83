/// A text written for people in English and Chinese, filled from a catalogue's `Bilingual`
/// template: why a document was refused or read in part, or a note on the report.
public struct ReasonText: Sendable, Hashable, Codable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// `template` filled with `values` in each language.
    public init(_ template: Bilingual, _ values: [String: String] = [:]) {
        self.init(en: template(.en, values), zh: template(.zh, values))
    }

    /// `template` filled with `values`, and with `texts` each in the template's own language.
    public init(_ template: Bilingual, texts: [String: ReasonText], values: [String: String] = [:]) {
        self.init(en: template(.en, values.merging(texts.mapValues(\.en)) { $1 }),
                  zh: template(.zh, values.merging(texts.mapValues(\.zh)) { $1 }))
    }

    /// The text in `language`.
    public func callAsFunction(_ language: ReportLanguage) -> String {
        language == .zh ? zh : en
    }

    /// The texts of `parts` that are there, joined in each language as a list of clauses is
    /// written in it (`a; b`, `a；b`); nil when none is.
    public static func joined(_ parts: [ReasonText?]) -> ReasonText? {
        let present = parts.compactMap { $0 }
        guard !present.isEmpty else { return nil }
        return ReasonText(en: ReportLanguage.en.clauses(present.map(\.en)), zh: ReportLanguage.zh.clauses(present.map(\.zh)))
    }
}

extension ReasonText: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(en: try reader.read(), zh: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(en)
        writer.write(zh)
    }
}
