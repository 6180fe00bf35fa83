import AuditCore
import AuditFields
import Foundation

/// Reads what a document says about itself: company, registration code, address, validity dates
/// and pay period.
enum DocumentFactsReader {
    /// Whether a term's text stops at the word that opens its end (`2007.08.25 至`, `1 Mar 2021 to`).
    static func endsOpenRange(_ text: String) -> Bool {
        guard let lastDigit = text.lastIndex(where: \.isNumber) else { return false }
        let tail = text[text.index(after: lastDigit)...].lowercased()
            .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "日号.,，。:：")))
        return ["至", "到", "-", "—", "~", "～", "to", "until", "till"].contains(tail)
    }

    /// The document's facts, and the labelled dates that stayed ambiguous; `order` is the
    /// day/month order the document itself settles, if it does. `ocr` says the rows were rebuilt
    /// from OCR words: values then run across cells, and the misreadings `OCRValueRepair` knows
    /// are undone.
    static func facts(of rows: [[Cell]], path: String, type: DocumentType, order: DateOrder? = nil,
                      ocr: Bool = false) -> (DocumentFacts, [ReadProblem]) {
        var facts = DocumentFacts(path: path, type: type)
        var certificate = CertificateFacts()
        var problems: [ReadProblem] = []
        func dates(in value: Located<String>) -> [Located<CivilDate>] {
            var value = value
            if ocr { value.value = OCRValueRepair.dateText(value.value) }
            return DocumentFactsReader.dates(in: value, order: order, problems: &problems)
        }
        func isOpenEnded(_ value: Located<String>) -> Bool {
            ocr ? OCRValueRepair.isOpenEnded(value.value) : DateParser.isOpenEnded(value.value)
        }
        /// Says a labelled date that holds digits but no date, and is no open end, as not checked.
        func sayUnread(_ value: Located<String>, found: [Located<CivilDate>]) {
            guard found.isEmpty, value.value.contains(where: \.isNumber), !isOpenEnded(value) else { return }
            problems.append(ReadProblem(evidence: value.evidence, .labelledDateUnreadable, ["text": value.value]))
        }
        var validitySaid = false  // a validity label's value was said unreadable already
        var unreadCode: Located<String>?  // a labelled credit code that is no code, said when no other is found
        for (label, value) in LabeledValueReader(continuesAcrossCells: ocr).read(rows) {
            switch label {
            case .companyName:
                if facts.companyName == nil {
                    facts.companyName = ocr ? Located(OCRValueRepair.companyName(value.value), at: value.evidence) : value
                }
            case .registrationCode:
                let read = ocr ? OCRValueRepair.registrationCode(in: value.value) ?? registrationCode(in: value.value)
                               : registrationCode(in: value.value)
                if facts.registrationCode == nil, let code = read {
                    facts.registrationCode = Located(code, at: value.evidence)
                } else if read == nil, unreadCode == nil, value.value.contains(where: \.isNumber) {
                    unreadCode = value
                }
            case .address:
                if facts.address == nil { facts.address = value }
            case .issueDate:
                let found = dates(in: value)
                if facts.issueDate == nil, let date = found.first { facts.issueDate = date }
                sayUnread(value, found: found)
            case .validFrom:
                let found = dates(in: value)
                if facts.validFrom == nil, let first = found.first { facts.validFrom = first }
                if found.count >= 2, facts.validUntil == nil { facts.validUntil = found.last }
                if isOpenEnded(value) { facts.openEnded = value.evidence }
                sayUnread(value, found: found)
                validitySaid = true
            case .validUntil:
                let found = dates(in: value)
                if facts.validUntil == nil, let first = found.first { facts.validUntil = first }
                if isOpenEnded(value) { facts.openEnded = value.evidence }
                sayUnread(value, found: found)
                validitySaid = true
            case .validity:
                let found = dates(in: value)
                sayUnread(value, found: found)
                validitySaid = true
                if isOpenEnded(value) {
                    facts.openEnded = value.evidence
                    if facts.validFrom == nil { facts.validFrom = found.first }
                } else if found.count >= 2 {
                    if facts.validFrom == nil { facts.validFrom = found.first }
                    if facts.validUntil == nil { facts.validUntil = found.last }
                } else if found.count == 1, Self.endsOpenRange(value.value) {
                    // "2007.08.25 至" with nothing read after it: the start of a term whose end
                    // is blank or unreadable, never its end.
                    if facts.validFrom == nil { facts.validFrom = found.first }
                    problems.append(ReadProblem(evidence: value.evidence, .termEndUnreadable, ["date": value.value.description]))
                } else if found.count == 1, facts.validUntil == nil {
                    facts.validUntil = found.first
                }
            case .payPeriod:
                if facts.payPeriod == nil, let month = DateParser.month(value.value) ?? dates(in: value).first?.value.yearMonth {
                    facts.payPeriod = Located(month, at: value.evidence)
                }
            case .scope:
                if facts.scope == nil, type == .businessLicense || type == .certificate { facts.scope = value }
            case .certificateNumber, .certificationBody, .accreditation, .siteAddress, .auditDate, .rating, .siteId, .auditReference, .level:
                if type == .certificate { CertificateFactsReader.take(label, value, into: &certificate, dates: dates) }
            }
        }
        if facts.registrationCode == nil, type == .businessLicense { facts.registrationCode = codeBelowLabel(in: rows) }
        if facts.registrationCode == nil, let unread = unreadCode {
            problems.append(ReadProblem(evidence: unread.evidence, .registrationCodeUnreadable, ["text": unread.value]))
        }
        if type == .certificate {
            CertificateFactsReader.complete(&certificate, scope: &facts.scope, holder: facts.companyName?.value, rows: rows)
            facts.certificate = certificate
        }
        if facts.validUntil == nil, facts.openEnded == nil, !validitySaid, Self.carriesValidity(type, certificate) {
            problems.append(ReadProblem(evidence: Evidence(path: path, text: type.rawValue), .validityNotFound))
        }
        if type == .payroll || type == .timesheet, facts.payPeriod == nil { facts.payPeriod = titleMonth(in: rows) }
        return (facts, problems)
    }

    /// Whether a document of `type` states how long it is valid: a business licence (a term or
    /// 长期), a fire certificate, and a management-system certificate (not a social-audit report,
    /// which has an audit date instead).
    static func carriesValidity(_ type: DocumentType, _ certificate: CertificateFacts) -> Bool {
        switch type {
        case .businessLicense, .fireCertificate: return true
        case .certificate: return certificate.standard.map { !CertificationStandard.isAuditReport($0.value) } ?? (certificate.auditDate == nil)
        default: return false
        }
    }

    /// Dates found in a labelled value; one that stays ambiguous is reported, never guessed.
    static func dates(in value: Located<String>, order: DateOrder?, problems: inout [ReadProblem]) -> [Located<CivilDate>] {
        DateParser.dates(in: value.value, order: order).compactMap { match in
            switch match.reading {
            case let .date(date):
                return Located(date, at: value.evidence)
            case .ambiguous:
                problems.append(ReadProblem(evidence: value.evidence, .ambiguousDate, ["text": match.text]))
                return nil
            }
        }
    }

    /// A pay month written in a title line near the top ("Payroll Register - July 2026"), or
    /// opening a title's words (`2026年7月工资表`, spaced out as `2026 年 一 月 工 资 表`).
    static func titleMonth(in rows: [[Cell]]) -> Located<YearMonth>? {
        for row in rows.prefix(6) {
            for cell in row {
                if let month = DateParser.month(cell.text) { return Located(month, at: cell.evidence) }
                let words = cell.text.split(separator: " ").map(String.init)
                for width in [3, 2] where words.count >= width {
                    for start in 0...(words.count - width) {
                        if let month = DateParser.month(words[start..<(start + width)].joined(separator: " ")) {
                            return Located(month, at: cell.evidence)
                        }
                    }
                }
                for start in words.indices {
                    if let month = DateParser.leadingMonth(words[start...].joined(separator: " ")) { return Located(month, at: cell.evidence) }
                }
            }
        }
        return nil
    }

    /// A credit code printed on the line below its label, as the 2016 business licence prints it
    /// (`统一社会信用代码` over `91310000570770808H` in the top left corner): the code of one of the
    /// next two lines after a label that has no value of its own, on a business licence. Only a
    /// code whose check character holds is taken: OCR makes other 18-character words, and a
    /// resident ID number has 18 characters too.
    static func codeBelowLabel(in rows: [[Cell]]) -> Located<String>? {
        for (index, row) in rows.enumerated() {
            let bareLabel = row.contains { cell in
                guard let (label, remainder) = LabeledValueReader.match(cell.text) else { return false }
                return label == .registrationCode && remainder.trimmingCharacters(in: .whitespaces).isEmpty
            }
            guard bareLabel else { continue }
            for cell in rows[(index + 1)...].prefix(2).joined() where LabeledValueReader.match(cell.text) == nil {
                if let code = OCRValueRepair.registrationCode(in: cell.text) { return Located(code, at: cell.evidence) }
            }
        }
        return nil
    }

    /// The 18-character unified social credit code or 15-digit registration number in a value.
    static func registrationCode(in text: String) -> String? {
        let folded = TextNormalizer.fold(text).uppercased()
        let tokens = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return tokens.first { $0.count == 18 && $0.allSatisfy { $0.isASCII } }
            ?? tokens.first { $0.count == 15 && $0.allSatisfy(\.isNumber) }
    }
}
