import AuditCore
import Foundation

/// What the certificate checks know about standards and certification bodies, read from
/// `Rules/reference/certification.yaml`: editions with the day they stopped being valid, and
/// bodies with their approval, accreditation and certificate-number shape, each with its source.
public struct CertificationTable: Sendable, Codable, Hashable {
    /// One edition of a standard.
    public struct Edition: Sendable, Codable, Hashable {
        /// The name `CertificationStandard` reads (`ISO 9001:2008`, `GB/T 19001-2008`, `OHSAS 18001`).
        public var standard: String
        /// The first day a certificate to this edition is no longer valid; nil while it is current.
        public var invalidFrom: CivilDate?
        /// The current edition to certify to instead.
        public var replacedBy: String?
        /// Whether it is a management-system standard, whose certification cycle is 3 years.
        public var managementSystem: Bool?
        /// Where the entry comes from.
        public var source: String
        /// The entry's texts in Chinese (`zh: {source: …}`), which a Chinese report quotes.
        public var zh: ChineseTexts?
        /// How sure the entry is (`[V]`, `[K]`, `[U]` as in the domain reference).
        public var confidence: String?

        public init(standard: String, invalidFrom: CivilDate? = nil, replacedBy: String? = nil, managementSystem: Bool? = nil,
                    source: String, zh: ChineseTexts? = nil, confidence: String? = nil) {
            (self.standard, self.invalidFrom, self.replacedBy, self.managementSystem) = (standard, invalidFrom, replacedBy, managementSystem)
            (self.source, self.zh, self.confidence) = (source, zh, confidence)
        }

        /// Where the entry comes from, in `language`: the English when it has no Chinese.
        public func source(in language: ReportLanguage) -> String {
            language == .zh ? zh?.source ?? source : source
        }
    }

    /// A certification body.
    public struct Body: Sendable, Codable, Hashable {
        public var name: String
        /// Other names and abbreviations printed on certificates.
        public var aliases: [String]?
        /// The CNCA approval number (CNCA-R-…), when the body is approved to certify in China.
        public var cnca: String?
        /// The accreditation bodies that accredit it (CNAS, UKAS, …).
        public var accreditation: [String]?
        /// A regular expression its certificate numbers match, when published.
        public var numberPattern: String?
        /// A number of that shape as printed, for people (`00114Q26950R7L/3502`).
        public var numberExample: String?
        /// `withdrawn` or `suspended` when its approval has been; nil while it stands.
        public var status: String?
        /// Where the entry comes from.
        public var source: String
        /// The entry's texts in Chinese (`zh: {source: …}`), which a Chinese report quotes.
        public var zh: ChineseTexts?
        /// How sure the entry is (`[V]`, `[K]`, `[U]` as in the domain reference).
        public var confidence: String?

        public init(name: String, aliases: [String]? = nil, cnca: String? = nil, accreditation: [String]? = nil,
                    numberPattern: String? = nil, numberExample: String? = nil, status: String? = nil, source: String,
                    zh: ChineseTexts? = nil, confidence: String? = nil) {
            (self.name, self.aliases, self.cnca, self.accreditation) = (name, aliases, cnca, accreditation)
            self.numberExample = numberExample
            (self.numberPattern, self.status, self.source, self.zh, self.confidence) = (numberPattern, status, source, zh, confidence)
        }

        /// Where the entry comes from, in `language`: the English when it has no Chinese.
        public func source(in language: ReportLanguage) -> String {
            language == .zh ? zh?.source ?? source : source
        }
    }

    /// An entry's texts in Chinese, as a rule's `zh:` block holds a rule's.
    public struct ChineseTexts: Sendable, Codable, Hashable {
        /// Where the entry comes from.
        public var source: String

        public init(source: String) {
            self.source = source
        }
    }

    public var editions: [Edition]
    public var bodies: [Body]

    public init(editions: [Edition] = [], bodies: [Body] = []) {
        self.editions = editions
        self.bodies = bodies
    }

    /// The edition named `standard`, compared without case or spaces.
    public func edition(_ standard: String) -> Edition? {
        let key = Self.key(standard)
        return editions.first { Self.key($0.standard) == key }
    }

    /// The body whose name or an alias a printed body name holds (longest name first, so that
    /// "SGS-CSTC" wins over "SGS").
    public func body(named printed: String) -> Body? {
        let key = Self.key(printed)
        guard !key.isEmpty else { return nil }
        var best: (body: Body, length: Int)?
        for body in bodies {
            for name in [body.name] + (body.aliases ?? []) {
                let candidate = Self.key(name)
                guard !candidate.isEmpty, key.contains(candidate) || candidate.contains(key) && key.count >= 6 else { continue }
                if best == nil || candidate.count > best!.length { best = (body, candidate.count) }
            }
        }
        return best?.body
    }

    /// Each edition as `rules explain` lists it: its end, its successor, its source.
    public var editionLines: [String] {
        editions.map { edition in
            let end = edition.invalidFrom.map { "not valid from \($0)" } ?? (edition.replacedBy == nil ? "current" : "no end date known")
            return "\(edition.standard): \(end)\(edition.replacedBy.map { ", replaced by \($0)" } ?? ""). Source: \(edition.source)"
                + (edition.confidence.map { " \($0)" } ?? "")
        }
    }

    /// Each body as `rules explain` lists it: approval, accreditation, status, source.
    public var bodyLines: [String] {
        bodies.map { body in
            let facts = [body.cnca, body.accreditation.map { "accredited by " + $0.joined(separator: ", ") },
                         body.numberPattern.map { "numbers match \($0)" + (body.numberExample.map { ", such as \($0)" } ?? "") }, body.status].compactMap { $0 }
            return "\(body.name)\(facts.isEmpty ? "" : " (" + facts.joined(separator: "; ") + ")"). Source: \(body.source)"
                + (body.confidence.map { " \($0)" } ?? "")
        }
    }

    /// A name compared without case, spaces, punctuation or full-width forms.
    static func key(_ text: String) -> String {
        String(text.precomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "ü", with: "u").filter { $0.isLetter || $0.isNumber })
    }
}
