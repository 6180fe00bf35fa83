import AuditCore
import AuditFields
import Foundation

/// Reads what a certificate or audit report states besides holder and validity: the labelled
/// values (`take`) and what certificates print without a label (`complete`): the standard, the
/// accreditation marks, the body's name on its own line, the scope under the standard.
enum CertificateFactsReader {
    /// Stores one labelled value; the first value of a label wins, marks and sites add up.
    static func take(_ label: LabeledValueReader.Label, _ value: Located<String>, into facts: inout CertificateFacts,
                     dates: (Located<String>) -> [Located<CivilDate>]) {
        switch label {
        case .certificateNumber:
            if facts.number == nil, let number = certificateNumber(in: value.value) { facts.number = Located(number, at: value.evidence) }
        case .certificationBody:
            if facts.body == nil { facts.body = value }
        case .accreditation:
            let marks = CertificationStandard.accreditationMarks(in: value.value)
            facts.accreditations += (marks.isEmpty ? [value.value] : marks).map { Located($0, at: value.evidence) }
        case .siteAddress:
            facts.coveredAddresses.append(value)
        case .auditDate:
            // An audit of several days is judged from its last day.
            if facts.auditDate == nil, let last = dates(value).last { facts.auditDate = last }
        case .rating:
            if facts.rating == nil, let rating = CertificationStandard.rating(in: value.value) { facts.rating = Located(rating, at: value.evidence) }
        case .siteId:
            if facts.siteId == nil { facts.siteId = value }
        case .auditReference:
            if facts.auditReference == nil { facts.auditReference = value }
        case .level:
            if facts.level == nil { facts.level = value }
        default:
            break
        }
    }

    /// The first run of letters, digits and the separators certificate numbers use, from a value.
    static func certificateNumber(in text: String) -> String? {
        let folded = TextNormalizer.fold(text).trimmingCharacters(in: CharacterSet(charactersIn: " .:：#"))
        return folded.isEmpty || !folded.contains(where: \.isNumber) ? nil : folded
    }

    /// Fills in what the document prints without a label: the standard, accreditation marks,
    /// Sedex references, the body's name, the scope under the standard, and whether an audit
    /// report calls itself a certificate.
    static func complete(_ facts: inout CertificateFacts, scope: inout Located<String>?, holder: String?, rows: [[Cell]]) {
        var standardRow: Int?
        var marks: Set<String> = Set(facts.accreditations.map(\.value))
        for (index, row) in rows.enumerated() {
            for cell in row {
                if facts.standard == nil, let standard = CertificationStandard.standard(in: cell.text) {
                    facts.standard = Located(standard, at: cell.evidence)
                    standardRow = index
                }
                for mark in CertificationStandard.accreditationMarks(in: cell.text) where marks.insert(mark).inserted {
                    facts.accreditations.append(Located(mark, at: cell.evidence))
                }
                if facts.siteId == nil, let site = CertificationStandard.sedexReference("ZS", in: cell.text) {
                    facts.siteId = Located(site, at: cell.evidence)
                }
                if facts.auditReference == nil, let audit = CertificationStandard.sedexReference("ZA", in: cell.text) {
                    facts.auditReference = Located(audit, at: cell.evidence)
                }
            }
        }
        // A bare "CNAS" beside "CNAS C001-M" adds nothing.
        let numbered = facts.accreditations.map(\.value)
        facts.accreditations.removeAll { mark in numbered.contains { $0 != mark.value && $0.hasPrefix(mark.value + " ") } }
        if facts.body == nil { facts.body = bodyLine(in: rows, holder: holder) }
        if scope == nil { scope = unlabelledScope(in: rows, standardRow: standardRow) }
        if let standard = facts.standard?.value, CertificationStandard.isAuditReport(standard) {
            facts.calledCertificate = rows.lazy.flatMap { $0 }.first { calledCertificate($0.text) }?.evidence
        }
    }

    /// Words that name an organisation's legal form at the end of its name.
    static let organisationEndings = ["co., ltd.", "co., ltd", "co.,ltd.", "co.,ltd", "ltd.", "ltd", "limited", "centre", "center",
                                      "gmbh", "inc.", "inc", "llc", "s.a.", "b.v.", "有限公司", "中心", "公司"]
    /// Words that mark an organisation as a certification body or audit firm.
    static let bodyWords = ["certif", "standards", "assessment", "verification", "inspection", "quality", "registrar", "audit",
                            "tuv", "tüv", "intertek", "bureau veritas", "sgs", "dnv", "lloyd", "认证", "检验", "检测", "质量", "审核"]

    /// The last line that is an organisation's name with a certification body's words in it and
    /// is not the holder: where certificates print the body without a label (beside its seal).
    static func bodyLine(in rows: [[Cell]], holder: String?) -> Located<String>? {
        let holderKey = holder.map(nameKey)
        var found: Located<String>?
        for row in rows where row.count == 1 {
            let text = TextNormalizer.fold(row[0].text)
            let lower = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " ,，。"))
            guard text.count <= 80, organisationEndings.contains(where: { lower.hasSuffix($0) }),
                  bodyWords.contains(where: { lower.contains($0) }), nameKey(text) != holderKey,
                  LabeledValueReader.match(text) == nil else { continue }
            found = Located(text, at: row[0].evidence)
        }
        return found
    }

    static func nameKey(_ text: String) -> String {
        String(text.precomposedStringWithCompatibilityMapping.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// A scope printed without a label: the line after a line that announces it ("for the
    /// following scope:", a bare "Scope:"), or else the line right under a line that is only the
    /// standard.
    static func unlabelledScope(in rows: [[Cell]], standardRow: Int?) -> Located<String>? {
        func line(_ index: Int) -> Located<String>? {
            guard rows.indices.contains(index), !rows[index].isEmpty else { return nil }
            let text = rows[index].map(\.text).joined(separator: " ")
            guard LabeledValueReader.match(text) == nil, text.contains(where: \.isLetter) else { return nil }
            return Located(TextNormalizer.fold(text), at: rows[index][0].evidence)
        }
        for (index, row) in rows.enumerated() {
            let text = TextNormalizer.fold(row.map(\.text).joined(separator: " ")).lowercased()
            let announces = (text.hasSuffix(":") || text.hasSuffix("：")) && (text.contains("scope") || text.contains("范围"))
            if announces || (LabeledValueReader.match(text).map { $0.0 == .scope && $0.1.isEmpty } ?? false) {
                return line(index + 1)
            }
        }
        guard let standardRow, rows[standardRow].count == 1,
              CertificationStandard.isWholeLine(rows[standardRow][0].text) else { return nil }
        return line(standardRow + 1)
    }

    /// Whether a line presents an audit report as a certificate (and does not say it is not one).
    static func calledCertificate(_ text: String) -> Bool {
        let lower = TextNormalizer.fold(text).lowercased()
        guard !["not a certificate", "not a certification", "不是证书", "非证书", "并非证书"].contains(where: { lower.contains($0) }) else { return false }
        return lower.contains("certificate") || lower.contains("证书")
    }
}
