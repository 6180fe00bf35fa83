import AuditCore
import AuditFields
import Foundation

/// Reads "Label: value" facts from the lines of a document (licenses, certificates, headers of
/// payroll registers), in English and Chinese.
public struct LabeledValueReader: Sendable {
    /// The kinds of labelled fact the reader knows.
    public enum Label: String, Sendable, CaseIterable {
        case companyName, registrationCode, address, issueDate, validFrom, validUntil, validity, payPeriod
        /// A business license's business scope or a certificate's scope of certification.
        case scope
        /// Certificates and audit reports only (`CertificateFactsReader`).
        case certificateNumber, certificationBody, accreditation, siteAddress, auditDate, rating, siteId, auditReference, level
    }

    /// Label spellings, matched on `TextNormalizer.headerKey` forms at the start of a cell.
    static let spellings: [Label: [String]] = [
        .companyName: ["company name", "company", "name of company", "name of enterprise", "enterprise name", "organization name", "组织名称",
                       "organisation name", "organization", "organisation", "name of organization", "employer",
                       "certificate holder", "名称", "企业名称", "公司名称", "单位名称", "用人单位", "参保单位"],
        .registrationCode: ["unified social credit code", "social credit code", "credit code", "uscc", "usci",
                            "registration no", "registration number", "business registration no",
                            "统一社会信用代码", "社会信用代码", "信用代码", "注册号"],
        .address: ["address", "registered address", "domicile", "business address", "site address", "premises",
                   "住所", "地址", "经营场所", "营业场所", "注册地址", "单位地址"],
        .issueDate: ["date of issue", "issue date", "issued on", "issued", "date issued", "date of certification",
                     "initial certification date", "发证日期", "颁证日期", "签发日期", "发证时间", "颁发日期"],
        .validFrom: ["valid from", "effective date", "effective from", "生效日期", "起始日期"],
        .validUntil: ["valid until", "valid till", "valid to", "valid through", "expiry date", "date of expiry",
                      "expiration date", "expiry", "expires", "expires on", "validity until", "有效期至",
                      "有效期限至", "有效日期至", "截止日期", "到期日期", "失效日期"],
        .validity: ["validity", "valid period", "period of validity", "validity period", "business term",
                    "term of operation", "operating period", "business period", "term", "有效期", "有效期限",
                    "营业期限", "经营期限"],
        .payPeriod: ["pay period", "payroll month", "salary month", "payroll period", "period", "month",
                     "工资月份", "薪资月份", "所属月份", "计薪周期", "发薪月份", "工资所属期",
                     "attendance month", "考勤月份", "考勤期间", "统计月份", "月份"],
        .scope: ["business scope", "scope of business", "scope of certification", "certification scope", "scope of registration",
                 "registration scope", "scope of supply", "scope", "经营范围", "认证范围", "覆盖范围", "认证覆盖范围", "注册范围", "适用范围"],
        .certificateNumber: ["certificate no", "certificate number", "certificate registration no", "certificate registration number",
                             "registration certificate no", "cert no", "certificate code", "证书编号", "证书号", "证书号码", "注册证书号"],
        .certificationBody: ["certification body", "certifying body", "certified by", "issued by", "issuing body", "registrar",
                             "audit company", "audit firm", "auditing company", "audit body",
                             "认证机构", "发证机构", "颁证机构", "认证单位", "审核机构"],
        .accreditation: ["accreditation no", "accreditation number", "accreditation", "accredited by", "认可编号", "认可证书号", "认可机构"],
        .siteAddress: ["audit address", "audited address", "audited site", "sites covered", "covered sites", "certified sites",
                       "certified site", "additional sites", "审核地址", "覆盖地址", "认证地址", "审核场所", "覆盖场所"],
        .auditDate: ["audit date", "date of audit", "audit dates", "audit conducted on", "审核日期", "审核时间", "验厂日期"],
        .rating: ["overall rating", "audit rating", "final rating", "overall result", "rating", "总评级", "总体评级", "审核评级", "评级"],
        .siteId: ["site id", "amfori id", "site amfori id", "dbid", "site dbid", "sedex site reference", "sedex site ref",
                  "site reference", "site ref", "sedex company reference"],
        .auditReference: ["audit reference", "audit ref", "sedex audit reference", "sedex audit ref", "audit id", "审核编号"],
        .level: ["certification level", "certificate level", "level of certification", "wrap level", "认证级别", "证书级别"],
    ]

    /// Every spelling's key with its label, longest first and then alphabetical, so that the
    /// order never depends on how `spellings` happens to iterate.
    private static let table: [(key: String, label: Label)] = Label.allCases
        .flatMap { label in spellings[label, default: []].map { (key: TextNormalizer.headerKey($0), label: label) } }
        .sorted { ($0.key.count, $1.key) > ($1.key.count, $0.key) }

    /// Whether a value runs on through the following cells of its line, up to the next label.
    ///
    /// Set for lines rebuilt from OCR words: Tesseract's word boxes are uneven, so one value is
    /// often cut into cells at a gap no wider than a space on paper (`2015/1/1 | 至 2044/12/31`,
    /// `No. 103 Industrial | Avenue, ...`). Cells of punctuation alone (specks and the edges of
    /// boxes read as `|`, `_`, `-`) are passed over. Off for text layers and spreadsheets, whose
    /// cells are the document's own columns.
    public var continuesAcrossCells: Bool

    public init(continuesAcrossCells: Bool = false) {
        self.continuesAcrossCells = continuesAcrossCells
    }

    /// Every labelled fact found in rows of cells (printed lines or spreadsheet rows), in reading
    /// order: the value's text with the evidence of label and value.
    public func read(_ rows: [[Cell]]) -> [(label: Label, value: Located<String>)] {
        var found: [(label: Label, value: Located<String>)] = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                var labelEnd = index
                var matched = Self.match(cell.text)
                // OCR cuts a Chinese label between characters whose boxes it drew apart ("营业期 | 限：...").
                if matched == nil, continuesAcrossCells, index + 1 < row.count,
                   let last = cell.text.unicodeScalars.last, let first = row[index + 1].text.unicodeScalars.first,
                   last.value >= 0x2E80, first.value >= 0x2E80, let joined = Self.match(cell.text + row[index + 1].text) {
                    matched = joined
                    labelEnd = index + 1
                }
                guard let (label, remainder) = matched else { continue }
                var valueText = remainder
                var evidence = cell.evidence
                if labelEnd > index {
                    evidence.text = cell.text + row[labelEnd].text
                    if let a = evidence.bbox, let b = row[labelEnd].evidence.bbox { evidence.bbox = a.union(b) }
                }
                func take(_ next: Cell) {
                    valueText = valueText.isEmpty ? next.text : valueText + " " + next.text
                    evidence.text = (evidence.text ?? cell.text) + " " + next.text
                    if let a = evidence.bbox, let b = next.evidence.bbox { evidence.bbox = a.union(b) }
                }
                if continuesAcrossCells {
                    for next in row[(labelEnd + 1)...] {
                        if Self.match(next.text) != nil { break }
                        if next.text.contains(where: { $0.isLetter || $0.isNumber }) { take(next) }
                    }
                } else if valueText.isEmpty, index + 1 < row.count, Self.match(row[index + 1].text) == nil {
                    take(row[index + 1])
                }
                guard !valueText.isEmpty else { continue }
                found.append((label, Located(valueText, at: evidence)))
            }
        }
        return found + embeddedValidity(rows)
    }

    /// Validity phrases inside sentences or after other text in a cell ("This certificate is valid
    /// until 30 June 2027", "Issue Date: 2024-07-01 Expiry Date: 2027-06-30"), read after the
    /// labelled cells so that a proper label wins.
    func embeddedValidity(_ rows: [[Cell]]) -> [(label: Label, value: Located<String>)] {
        var found: [(label: Label, value: Located<String>)] = []
        for row in rows {
            for cell in row {
                let lower = TextNormalizer.fold(cell.text).lowercased()
                for (phrase, label) in Self.embeddedPhrases {
                    guard let range = lower.range(of: phrase), range.lowerBound != lower.startIndex else { continue }
                    let rest = String(lower[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " :：.-"))
                    guard !DateParser.dates(in: rest).isEmpty || DateParser.isOpenEnded(rest) else { continue }
                    found.append((label, Located(rest, at: cell.evidence)))
                    break
                }
            }
        }
        return found
    }

    /// Phrases that introduce a validity date inside running text, longest first.
    static let embeddedPhrases: [(String, Label)] = [
        ("valid from", .validFrom), ("valid until", .validUntil), ("valid till", .validUntil),
        ("valid through", .validUntil), ("valid to", .validUntil), ("date of expiry", .validUntil),
        ("expiry date", .validUntil), ("expiration date", .validUntil), ("expires on", .validUntil),
        ("有效期至", .validUntil), ("有效期限至", .validUntil), ("有效期限", .validity), ("有效期", .validity),
    ]

    /// The label a cell starts with and the text after it (and after a colon), if any.
    static func match(_ text: String) -> (Label, String)? {
        guard let (label, rest) = matchOnce(text) else {
            // A Chinese label before an English one ("组织名称 Organisation: X"): try past it.
            let folded = TextNormalizer.fold(text)
            guard let space = folded.firstIndex(of: " "),
                  folded[..<space].unicodeScalars.allSatisfy({ $0.value >= 0x2E80 }) else { return nil }
            return matchOnce(String(folded[folded.index(after: space)...]))
        }
        // A bilingual label ("名称 Company Name: X"): the second half names the same thing.
        if let (second, remainder) = matchOnce(rest), second == label || !remainder.isEmpty && rest.contains(":") {
            return (label, remainder)
        }
        return (label, rest)
    }

    static func matchOnce(_ text: String) -> (Label, String)? {
        let folded = TextNormalizer.fold(text)
        let cellKey = TextNormalizer.headerKey(folded)
        for (key, label) in table where cellKey.hasPrefix(key) {
            guard let end = prefixEnd(of: folded, matchingKey: key) else { continue }
            // OCR reads a label's colon as a semicolon as often as not ("发证日期 ; 2026.04.22").
            var rest = folded[end...].drop { $0 == ":" || $0 == "：" || $0 == ";" || $0 == "；" || $0 == " " || $0 == "." || $0 == "-" }
            if rest.first == "(" || rest.first == "（" {  // "Valid until (date): ..."
                if let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }) {
                    rest = rest[rest.index(after: close)...].drop { $0 == ":" || $0 == "：" || $0 == " " }
                }
            }
            return (label, String(rest).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Where in `text` a prefix ends whose header key equals `key`, requiring a word boundary.
    static func prefixEnd(of text: String, matchingKey key: String) -> String.Index? {
        var index = text.startIndex
        var built = ""
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            built.append(character)
            let builtKey = TextNormalizer.headerKey(built)
            if builtKey == key {
                // Latin labels must end at a word boundary ("Term" is not "Terminal").
                if index < text.endIndex, let last = character.unicodeScalars.first, last.isASCII,
                   text[index].isLetter, text[index].unicodeScalars.first?.isASCII == true {
                    return nil
                }
                return index
            }
            if builtKey.count > key.count || !key.hasPrefix(builtKey) { return nil }
        }
        return nil
    }
}
