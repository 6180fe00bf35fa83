import AuditFields
import Foundation

/// Recognises standards, accreditation marks, ratings and Sedex references in certificate text.
public enum CertificationStandard {
    /// Patterns of standards with an optional edition, each with how to name what it matched
    /// (`$1` the number, `$2` the edition). Chinese national equivalents (GB/T 19001-2016) keep
    /// their own names: the edition table in `Rules/reference` knows them.
    static let patterns: [(regex: NSRegularExpression, name: @Sendable (String, String?) -> String)] = [
        (#"(?<![A-Z0-9])ISO\s*/?\s*(9001|14001|45001|22000|13485|50001|27001)(?:\s*[:：-]\s*((?:19|20)\d\d))?"#, { "ISO \($0)" + ($1.map { ":\($0)" } ?? "") }),
        (#"(?<![A-Z0-9])GB\s*/\s*T\s*(19001|24001|45001|28001)\s*[-—–]\s*((?:19|20)\d\d)"#, { "GB/T \($0)" + ($1.map { "-\($0)" } ?? "") }),
        (#"(?<![A-Z0-9])OHSAS\s*(18001)(?:\s*[:：-]\s*((?:19|20)\d\d))?"#, { "OHSAS \($0)" + ($1.map { ":\($0)" } ?? "") }),
        (#"(?<![A-Z0-9])SA\s*(8000)(?:\s*[:：-]\s*((?:19|20)\d\d))?"#, { _, edition in "SA8000" + (edition.map { ":\($0)" } ?? "") }),
        (#"(?<![A-Z0-9])(?:AMFORI\s*)?(BSCI)(?![A-Z0-9])"#, { _, _ in "amfori BSCI" }),
        (#"(?<![A-Z0-9])(SMETA)(?![A-Z0-9])"#, { _, _ in "SMETA" }),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }
    /// WRAP, matched on the text as printed: "wrap" in running text is a word, WRAP in capitals the programme.
    static let wrap = try! NSRegularExpression(pattern: #"(?<![A-Za-z])WRAP(?![A-Za-z])|WORLDWIDE RESPONSIBLE ACCREDITED PRODUCTION"#)

    /// The first standard named in `text`, as `CertificateFacts.standard` names it.
    public static func standard(in text: String) -> String? {
        let folded = TextNormalizer.fold(text)
        let upper = folded.uppercased()
        var best: (position: Int, name: String)?
        let candidates = patterns.map { ($0.regex, $0.name, upper) } + [(wrap, { _, _ in "WRAP" }, folded.replacingOccurrences(of: "Worldwide Responsible Accredited Production", with: "WORLDWIDE RESPONSIBLE ACCREDITED PRODUCTION"))]
        for (regex, name, subject) in candidates {
            let range = NSRange(subject.startIndex..., in: subject)
            guard let match = regex.firstMatch(in: subject, range: range) else { continue }
            func group(_ i: Int) -> String? {
                guard i < match.numberOfRanges, let r = Range(match.range(at: i), in: subject) else { return nil }
                return String(subject[r])
            }
            if best == nil || match.range.location < best!.position {
                best = (match.range.location, name(group(1) ?? "", group(2)))
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
    static let markPatterns: [(NSRegularExpression, @Sendable (String?) -> String)] = [
        (#"(?<![A-Z0-9])CNAS\s*[-:：]?\s*(C\d{3}(?:\s*-\s*[A-Z])?)"#, { "CNAS \($0!.replacingOccurrences(of: " ", with: ""))" }),
        (#"(?<![A-Z0-9])CNAS(?![A-Z0-9])()|(中国合格评定国家认可委员会)"#, { _ in "CNAS" }),
        (#"(?<![A-Z0-9])UKAS(?![A-Z0-9])(?:[^0-9]{0,24}?(\d{3,5}))?"#, { "UKAS" + ($0.map { " \($0)" } ?? "") }),
        (#"(?<![A-Z0-9])ANAB(?![A-Z0-9])()"#, { _ in "ANAB" }),
        (#"(?<![A-Z0-9])IAF(?![A-Z0-9])()"#, { _ in "IAF" }),
        (#"(?<![A-Z0-9])DAKKS(?![A-Z0-9])()"#, { _ in "DAkkS" }),
        (#"(?<![A-Z0-9])SAAS(?![A-Z0-9])()"#, { _ in "SAAS" }),
        (#"(?<![A-Z0-9])JAS-ANZ(?![A-Z0-9])()"#, { _ in "JAS-ANZ" }),
        (#"(?<![A-Z0-9])ACCREDIA(?![A-Z0-9])()"#, { _ in "ACCREDIA" }),
        (#"(?<![A-Z0-9])COFRAC(?![A-Z0-9])()"#, { _ in "COFRAC" }),
        (#"(?<![A-Z0-9])ENAC(?![A-Z0-9])()"#, { _ in "ENAC" }),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    /// Every accreditation mark in `text`, with its accreditation number when printed beside it.
    public static func accreditationMarks(in text: String) -> [String] {
        let upper = TextNormalizer.fold(text).uppercased()
        var marks: [String] = []
        for (regex, name) in markPatterns {
            for match in regex.matches(in: upper, range: NSRange(upper.startIndex..., in: upper)) {
                let number = match.numberOfRanges > 1 ? Range(match.range(at: 1), in: upper).map { String(upper[$0]) } : nil
                let mark = name(number?.isEmpty == true ? nil : number)
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
