import AuditCore
import AuditEvidence
import AuditFields
import Foundation

/// What the certificate checks share: which documents are certificates, of what kind, and how
/// their names and addresses compare.
extension DocumentFacts {
    /// The standard read from a certificate or audit report, if any.
    var standardName: String? { certificate?.standard?.value }

    /// Whether the document is an audit report (amfori BSCI, SMETA), which is not a certificate.
    var isAuditReport: Bool { standardName.map(CertificationStandard.isAuditReport) ?? false }

    /// Whether the document is a certificate issued by an accredited certification body: not an
    /// audit report, and not WRAP, which certifies facilities itself.
    var isBodyCertificate: Bool { type == .certificate && !isAuditReport && standardName != "WRAP" }

    /// How a finding names the document in `language`: its standard and path.
    func certificateLabel(_ language: ReportLanguage) -> String {
        let phrase: FindingPhrase = switch (isAuditReport, standardName != nil) {
        case (true, true): .auditReportLabel
        case (true, false): .auditReportLabelNoStandard
        case (false, true): .certificateLabel
        case (false, false): .certificateLabelNoStandard
        }
        return phrase(language, ["standard": standardName ?? "", "path": path])
    }
}

extension RuleContext {
    /// The certificates and audit reports among the documents.
    var certificates: [DocumentFacts] { evidence.documents.filter { $0.type == .certificate } }
}

extension CivilDate {
    /// The same day `months` months later (the month's last day when it has no such day).
    func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let (y, m) = (index / 12, index % 12 + 1)
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
    }
}

/// Addresses compared the way an auditor reads them (domain reference §6 F14): without case,
/// width, spaces or punctuation; one that holds the other whole (a province or city left off)
/// is the same address, and a different number or district is not.
enum AddressMatch {
    static func key(_ address: String) -> String {
        String(address.precomposedStringWithCompatibilityMapping.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let (x, y) = (key(a), key(b))
        guard !x.isEmpty, !y.isEmpty else { return true }
        return x.contains(y) || y.contains(x)
    }

    /// How many letters and digits `a` and `b` differ in (`Shenzhem` and `Shenzhen`: 1), or nil
    /// when it is more than `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        EditDistance.bounded(Array(key(a).unicodeScalars), Array(key(b).unicodeScalars), limit: limit)
    }
}

/// Whether a text holds any of `terms` (case-insensitive; an English term also as a word's start,
/// so `manufactur` holds "Manufacture" and "manufacturing").
func mentionsAny(_ text: String, _ terms: [String]) -> String? {
    let lower = text.precomposedStringWithCompatibilityMapping.lowercased()
    return terms.first { lower.contains($0.lowercased()) }
}
