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
        /// The edition that replaced it.
        public var replacedBy: String?
        /// Whether it is a management-system standard, whose certification cycle is 3 years.
        public var managementSystem: Bool?
        public var source: String
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
        /// `withdrawn` or `suspended` when its approval has been; nil while it stands.
        public var status: String?
        public var source: String
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

    /// A name compared without case, spaces, punctuation or full-width forms.
    static func key(_ text: String) -> String {
        String(text.precomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "ü", with: "u").filter { $0.isLetter || $0.isNumber })
    }
}
