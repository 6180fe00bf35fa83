import AuditFields
import Foundation

/// Undoes the misreadings Tesseract is known to make in the values of scanned licences and
/// certificates, where a repair is safe: it restores what was certainly printed, never guesses
/// a character the page may not hold.
///
/// Only text read by OCR goes through these; a PDF's text layer says exactly what was printed.
enum OCRValueRepair {
    // MARK: Company names

    /// A company name as printed, from its OCR reading:
    ///
    /// - stray marks before the name (`‘Guangzhou ...`, `-Building ...`): specks and the edge of
    ///   a field's box read as quotes, dashes and dots;
    /// - the punctuation of the `Co., Ltd.` ending: its comma and full stops are a few pixels each
    ///   and come back as `v`, `;`, `:`, `。`, `，` or doubled (`Cov Ltd.`, `Co。 Ltd.`, `Ltd:`,
    ///   `Ltd,,`). The words `Co` and `Ltd` must both have been read; an ending of other words
    ///   (`Co., Limited`, `Corporation`) or a printed form such as `Co.,Ltd.` is left as it is;
    /// - a capital J read as a small one (`jinbao` for `Jinbao`): in many sans-serif faces J
    ///   descends below the line like j, and on a scan j's dot is one speck among many. Only
    ///   words of a name whose other words are all capitalised are changed: an English company
    ///   name capitalises every word but its particles, and none of those starts with j.
    static func companyName(_ text: String) -> String {
        var name = text.trimmingCharacters(in: .whitespaces)
        while let first = name.unicodeScalars.first, strayLeading.contains(first) {
            name = String(name.unicodeScalars.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        name = repairedLimitedEnding(name)
        return capitalisedJ(name)
    }

    /// Marks OCR puts before a value that no company name starts with.
    static let strayLeading = CharacterSet(charactersIn: "‘’“”'\"`-–—_.,;:·|~*°")

    /// The punctuation of a `Co., Ltd.` ending as printed (most often) or as one of its usual
    /// spellings; anything else between `Co` and `Ltd` is OCR noise.
    private static let cleanEndings: Set<String> = [", ", ",", " ", ". ", "., ", ".,", "."]

    private static let limitedEnding = try! NSRegularExpression(
        pattern: #"\b(co)(v?)([\s.,;:'’`。，、·]+)(ltd)([\s.,;:'’`。，、·]*)$"#, options: [.caseInsensitive])

    static func repairedLimitedEnding(_ name: String) -> String {
        let whole = NSRange(name.startIndex..., in: name)
        guard let match = limitedEnding.firstMatch(in: name, range: whole),
              let coRange = Range(match.range(at: 1), in: name), let vRange = Range(match.range(at: 2), in: name),
              let separatorRange = Range(match.range(at: 3), in: name), let ltdRange = Range(match.range(at: 4), in: name),
              let trailerRange = Range(match.range(at: 5), in: name) else { return name }
        let separator = String(name[separatorRange]), trailer = String(name[trailerRange])
        let cleanTrailer = trailer.isEmpty || trailer == "."
        if vRange.isEmpty, cleanEndings.contains(separator), cleanTrailer { return name }
        let co = String(name[coRange]), ltd = String(name[ltdRange])
        // Keep the separator's form when it was clean ("Co.,Ltd:" → "Co.,Ltd."), else the usual one.
        let middle = vRange.isEmpty && cleanEndings.contains(separator) ? separator : "., "
        return String(name[..<coRange.lowerBound]) + co + middle + ltd + "."
    }

    static func capitalisedJ(_ name: String) -> String {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        let latinWords = words.filter { $0.first.map { $0.isASCII && $0.isLetter } ?? false }
        let others = latinWords.filter { !($0.first == "j" && $0.count > 1) }
        guard latinWords.count > others.count, others.count >= 1, others.allSatisfy({ $0.first!.isUppercase }) else { return name }
        return words.map { word in
            guard word.first == "j", word.count > 1, word.dropFirst().allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                return String(word)
            }
            return "J" + word.dropFirst()
        }.joined(separator: " ")
    }

    // MARK: Registration codes

    /// Characters OCR returns for a character of the code alphabet (GB 32100 never uses I, O, S,
    /// V or Z, so a code holding one was misread): `)`, `]` and `}` are a descending J's hook.
    static let codeConfusions: [Character: Character] = [
        "O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "|": "1", "!": "1", "S": "5", "Z": "2", "B": "8", "G": "6",
        ")": "J", "]": "J", "}": "J",
    ]

    /// The unified social credit code in an OCR'd value, its misread characters put back when,
    /// and only when, the repaired code passes its check character: a code printed with a wrong
    /// check character (a real finding) is never made valid, because only characters that cannot
    /// stand in a code, or that stand where the code requires digits, are replaced.
    static func registrationCode(in text: String) -> String? {
        let folded = TextNormalizer.fold(text).uppercased()
        for token in folded.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "：" }) {
            var characters = Array(token.drop { !$0.isLetter && !$0.isNumber })
            // A trailing stop or bracket that is not a misread J is punctuation after the code.
            while let last = characters.last, characters.count > 18, !last.isLetter, !last.isNumber { characters.removeLast() }
            guard characters.count == 18 else { continue }
            let read = String(characters)
            if SocialCreditCode.isValid(read) { return read }
            guard let repaired = repairedCode(characters), SocialCreditCode.isValid(repaired) else { continue }
            return repaired
        }
        return nil
    }

    private static func repairedCode(_ characters: [Character]) -> String? {
        let alphabet = Set("0123456789ABCDEFGHJKLMNPQRTUWXY")
        var repaired = characters
        var changed = false
        for (index, character) in characters.enumerated() {
            let mustBeDigit = (2..<8).contains(index)
            if mustBeDigit ? character.isASCII && character.isNumber : alphabet.contains(character) { continue }
            guard let replacement = codeConfusions[character],
                  !mustBeDigit || replacement.isNumber else { return nil }
            repaired[index] = replacement
            changed = true
        }
        return changed ? String(repaired) : nil
    }

    // MARK: Dates

    /// Whether an OCR'd validity value says it has no end: as `DateParser.isOpenEnded` reads it, or
    /// with the 期 of 长期 split into its halves and only one of them read (`长其`, `长 月`): Tesseract
    /// segments 期 into 其 and 月 on a grainy scan, and nothing else is written 长其 or 长月 in a
    /// licence's term.
    static func isOpenEnded(_ text: String) -> Bool {
        if DateParser.isOpenEnded(text) { return true }
        let squeezed = String(TextNormalizer.fold(text).unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        return ["长其", "長其", "长月", "長月"].contains { squeezed.contains($0) }
    }

    /// A space on one side of a `-`, `.` or `/` between digits (never on both: `2021-03-01 - 2024-02-28`
    /// is a range), or any space around 年, 月 and 日 after a digit.
    private static let spacedSeparator = try! NSRegularExpression(
        pattern: #"(?<=\d)(?:([-./])\s+|\s+([-./])|\s*([年月])\s*)(?=\d)|(?<=\d)\s+(?=[年月日])"#)

    /// A colon or semicolon a speck put between a day and its month's name (`3:Aug 2026`).
    private static let speckBeforeMonthName = try! NSRegularExpression(pattern: #"(?<=\b\d{1,2})\s*[:;]\s*(?=[A-Za-z]{3})"#)

    /// A date value with the spaces OCR puts beside separators removed (`2014-04- 03`,
    /// `2009. 05.13`, `2004 年 2 月 17 日`) and a speck's colon after a day read as the space it
    /// stands for (`3:Aug 2026`), so that the date grammar reads it.
    static func dateText(_ text: String) -> String {
        let whole = NSRange(text.startIndex..., in: text)
        let spaced = spacedSeparator.stringByReplacingMatches(in: text, range: whole, withTemplate: "$1$2$3")
        return speckBeforeMonthName.stringByReplacingMatches(in: spaced, range: NSRange(spaced.startIndex..., in: spaced), withTemplate: " ")
    }
}
