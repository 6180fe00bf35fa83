import AuditFields
import Foundation

/// Recognises standards, accreditation marks, ratings and Sedex references in certificate text.
public enum CertificationStandard {
    /// Patterns of standards with an optional edition, each with how to name what it matched
    /// (`$1` the number, `$2` the edition). Chinese national equivalents (GB/T 19001-2016) keep
    /// their own names: the edition table in `Rules/reference` knows them.
    static let patterns: [StandardPattern] = [
        StandardPattern(#"(?<![A-Z0-9])ISO\s*/?\s*(9001|14001|45001|22000|13485|50001|27001)(?:\s*[:：-]\s*((?:19|20)\d\d))?"#,
                        prefix: "ISO ", separator: ":"),
        StandardPattern(#"(?<![A-Z0-9])GB\s*/\s*T\s*(19001|24001|45001|28001)\s*[-—–]\s*((?:19|20)\d\d)"#,
                        prefix: "GB/T ", separator: "-"),
        StandardPattern(#"(?<![A-Z0-9])OHSAS\s*(18001)(?:\s*[:：-]\s*((?:19|20)\d\d))?"#, prefix: "OHSAS ", separator: ":"),
        StandardPattern(#"(?<![A-Z0-9])SA\s*(8000)(?:\s*[:：-]\s*((?:19|20)\d\d))?"#, prefix: "SA", separator: ":"),
        StandardPattern(#"(?<![A-Z0-9])(?:AMFORI\s*)?(BSCI)(?![A-Z0-9])"#, fixed: "amfori BSCI"),
        StandardPattern(#"(?<![A-Z0-9])(SMETA)(?![A-Z0-9])"#, fixed: "SMETA"),
    ]
    /// WRAP, matched on the text as printed: "wrap" in running text is a word, WRAP in capitals the programme.
    static let wrap = try! NSRegularExpression(pattern: #"(?<![A-Za-z])WRAP(?![A-Za-z])|WORLDWIDE RESPONSIBLE ACCREDITED PRODUCTION"#)

    /// The first standard named in `text`, as `CertificateFacts.standard` names it.
    public static func standard(in text: String) -> String? {
        let folded = TextNormalizer.fold(text)
        let upper = folded.uppercased()
        var best: (position: Int, name: String)?
        let wrapSubject = folded.replacingOccurrences(of: "Worldwide Responsible Accredited Production",
                                                      with: "WORLDWIDE RESPONSIBLE ACCREDITED PRODUCTION")
        let candidates: [(NSRegularExpression, StandardPattern?, String)] = patterns.map { ($0.regex, $0, upper) } + [(wrap, nil, wrapSubject)]
        for (regex, pattern, subject) in candidates {
            let range = NSRange(subject.startIndex..., in: subject)
            guard let match = regex.firstMatch(in: subject, range: range) else { continue }
            func group(_ i: Int) -> String? {
                guard i < match.numberOfRanges, let r = Range(match.range(at: i), in: subject) else { return nil }
                return String(subject[r])
            }
            if best == nil || match.range.location < best!.position {
                best = (match.range.location, pattern?.name(number: group(1) ?? "", edition: group(2)) ?? "WRAP")
            }
        }
        return best?.name
    }

    /// Whether a line is nothing but a standard ("ISO 9001:2015", "GB/T 19001-2016/ISO 9001:2015").
    public static func isWholeLine(_ text: String) -> Bool {
        guard standard(in: text) != nil else { return false }
        var rest = TextNormalizer.fold(text).uppercased()
        for regex in patterns.map(\.regex) + [wrap] {
            rest = regex.stringByReplacingMatches(in: rest, range: NSRange(rest.startIndex..., in: rest), withTemplate: "")
        }
        return !rest.contains { $0.isLetter || $0.isNumber }
    }

    /// Whether a standard names an audit programme whose outcome is a report, not a certificate.
    public static func isAuditReport(_ standard: String) -> Bool {
        standard == "amfori BSCI" || standard == "SMETA"
    }

    /// Accreditation bodies' marks: the IAF members that accredit most certificates seen in China.
    static let markPatterns: [MarkPattern] = [
        MarkPattern(#"(?<![A-Z0-9])CNAS\s*[-:：]?\s*(C\d{3}(?:\s*-\s*[A-Z])?)"#, mark: "CNAS"),
        MarkPattern(#"(?<![A-Z0-9])CNAS(?![A-Z0-9])|中国合格评定国家认可委员会"#, mark: "CNAS"),
        MarkPattern(#"(?<![A-Z0-9])UKAS(?![A-Z0-9])(?:[^0-9]{0,24}?(\d{3,5}))?"#, mark: "UKAS"),
        MarkPattern(#"(?<![A-Z0-9])ANAB(?![A-Z0-9])"#, mark: "ANAB"),
        MarkPattern(#"(?<![A-Z0-9])IAF(?![A-Z0-9])"#, mark: "IAF"),
        MarkPattern(#"(?<![A-Z0-9])DAKKS(?![A-Z0-9])"#, mark: "DAkkS"),
        MarkPattern(#"(?<![A-Z0-9])SAAS(?![A-Z0-9])"#, mark: "SAAS"),
        MarkPattern(#"(?<![A-Z0-9])JAS-ANZ(?![A-Z0-9])"#, mark: "JAS-ANZ"),
        MarkPattern(#"(?<![A-Z0-9])ACCREDIA(?![A-Z0-9])"#, mark: "ACCREDIA"),
        MarkPattern(#"(?<![A-Z0-9])COFRAC(?![A-Z0-9])"#, mark: "COFRAC"),
        MarkPattern(#"(?<![A-Z0-9])ENAC(?![A-Z0-9])"#, mark: "ENAC"),
    ]

    /// Every accreditation mark in `text`, with its accreditation number when printed beside it.
    public static func accreditationMarks(in text: String) -> [String] {
        let upper = TextNormalizer.fold(text).uppercased()
        var marks: [String] = []
        for pattern in markPatterns {
            for match in pattern.regex.matches(in: upper, range: NSRange(upper.startIndex..., in: upper)) {
                let number = match.numberOfRanges > 1 ? Range(match.range(at: 1), in: upper).map { String(upper[$0]) } : nil
                let mark = pattern.mark + (number.map { " " + $0.replacingOccurrences(of: " ", with: "") } ?? "")
                if !marks.contains(mark) { marks.append(mark) }
            }
        }
        return marks
    }

    /// An amfori BSCI rating in a value: `ZT` for zero tolerance, else the first lone letter A to E.
    public static func rating(in text: String) -> String? {
        let upper = TextNormalizer.fold(text).uppercased()
        if upper.contains("ZERO TOLERANCE") || upper.contains("零容忍") || upper.range(of: #"(?<![A-Z])ZT(?![A-Z])"#, options: .regularExpression) != nil {
            return "ZT"
        }
        guard let range = upper.range(of: #"(?<![A-Z])[A-E](?![A-Z])"#, options: .regularExpression) else { return nil }
        return String(upper[range])
    }

    /// A Sedex reference (`ZS` site, `ZA` audit) followed by its digits.
    public static func sedexReference(_ prefix: String, in text: String) -> String? {
        let upper = TextNormalizer.fold(text).uppercased()
        guard let range = upper.range(of: "(?<![A-Z])\(prefix)\\d{6,}", options: .regularExpression) else { return nil }
        return String(upper[range])
    }
}

/// One standard's pattern: `$1` its number, `$2` its edition, named `prefix` + number
/// (+ `separator` + edition), or always `fixed` for a programme without editions.
struct StandardPattern: Sendable {
    let regex: NSRegularExpression
    let prefix: String
    let separator: String
    let fixed: String?

    init(_ pattern: String, prefix: String, separator: String) {
        regex = try! NSRegularExpression(pattern: pattern)
        (self.prefix, self.separator, fixed) = (prefix, separator, nil)
    }

    init(_ pattern: String, fixed: String) {
        regex = try! NSRegularExpression(pattern: pattern)
        (prefix, separator, self.fixed) = ("", "", fixed)
    }

    func name(number: String, edition: String?) -> String {
        fixed ?? prefix + number + (edition.map { separator + $0 } ?? "")
    }
}

/// One accreditation body's mark; `$1`, when the pattern has it, the accreditation number.
struct MarkPattern: Sendable {
    let regex: NSRegularExpression
    let mark: String

    init(_ pattern: String, mark: String) {
        regex = try! NSRegularExpression(pattern: pattern)
        self.mark = mark
    }
}
