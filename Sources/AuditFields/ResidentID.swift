import AuditCore

/// A PRC resident identity number that passed every check of GB 11643-1999 (domain §4.1).
public struct ResidentIDNumber: Sendable, Hashable {
    /// The 18 characters, upper-case, without spaces (after any OCR repair).
    public let normalized: String
    /// The birth date in positions 7–14.
    public let birthDate: CivilDate
    /// True when the sequence digit (position 17) is odd.
    public let isMale: Bool
    /// The first two digits: 11 Beijing ... 65 Xinjiang, 71 Taiwan, 81–83 HK/Macau/Taiwan permits, 91 foreigners.
    public let provinceCode: Int
    /// True when the text only validated after undoing OCR confusions (O→0, I/l→1, B→8, ×→X).
    public let repairedFromOCR: Bool
}

/// The outcome of checking a resident ID number.
public enum ResidentIDCheck: Sendable, Hashable {
    /// Every check passed.
    case valid(ResidentIDNumber)
    /// The first check that failed, as a sentence for the report.
    case invalid(reason: String)

    /// Checks a resident ID number: length, digits, province, birth date and ISO 7064 MOD 11-2 check character.
    ///
    /// The text is NFKC-folded, spaces removed and `x` upper-cased. When it fails, OCR confusions
    /// (O→0, I/l→1, B→8, ×→X) are undone and the repaired text is accepted only if it then passes
    /// (domain §4.1 step 1). With `asOf`, a birth date after that day is invalid. Age plausibility is
    /// left to the rules, which know the audit date.
    public static func check(_ text: String, asOf: CivilDate? = nil) -> ResidentIDCheck {
        let normalized = ResidentIDRules.normalize(text)
        let result = ResidentIDRules.check(normalized, asOf: asOf, repaired: false)
        if case .invalid = result, let repaired = ResidentIDRules.undoOCRConfusions(normalized), repaired != normalized,
           case .valid(let number) = ResidentIDRules.check(repaired, asOf: asOf, repaired: true) {
            return .valid(number)
        }
        return result
    }

    /// The check character (`0`–`9` or `X`) that 17 leading digits require, or nil when they are not 17 digits.
    public static func checkDigit(for first17: String) -> Character? {
        let digits = first17.unicodeScalars.compactMap(\.asciiDigitValue)
        guard digits.count == 17, first17.unicodeScalars.count == 17 else { return nil }
        return ResidentIDRules.checkCharacter(digits)
    }

    /// True when the text has the shape of a resident ID (18 characters: 17 digits, then a digit or X),
    /// whether or not its check digit is right; for telling a national-ID column from an employee-number one.
    public static func looksLikeResidentID(_ text: String) -> Bool {
        let scalars = Array(ResidentIDRules.normalize(text).unicodeScalars)
        return scalars.count == 18 && scalars.prefix(17).allSatisfy(\.isASCIIDigit)
            && (scalars[17].isASCIIDigit || scalars[17] == "X")
    }
}

/// The GB 11643 rules behind `ResidentIDCheck`.
enum ResidentIDRules {
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [Character] = Array("10X98765432")
    static let provinceCodes: Set<Int> = Set(
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
         61, 62, 63, 64, 65, 71, 81, 82, 83, 91])

    /// NFKC, no white space, `x` → `X`.
    static func normalize(_ text: String) -> String {
        String(String.UnicodeScalarView(
            TextNormalizer.nfkc(text).unicodeScalars.filter { !$0.isSpace }.map { $0 == "x" ? "X" : $0 }))
    }

    /// The check character for 17 digits: index `S mod 11` into `10X98765432`.
    static func checkCharacter(_ digits: [Int]) -> Character {
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// The text with OCR look-alikes replaced, or nil when it has none.
    static func undoOCRConfusions(_ text: String) -> String? {
        var scalars = Array(text.unicodeScalars)
        var changed = false
        for index in scalars.indices {
            let replacement: Unicode.Scalar?
            switch scalars[index] {
            case "O", "o": replacement = "0"
            case "I", "l": replacement = "1"
            case "B": replacement = "8"
            case "×": replacement = index == scalars.count - 1 ? "X" : nil
            default: replacement = nil
            }
            if let replacement {
                scalars[index] = replacement
                changed = true
            }
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : nil
    }

    /// The checks in the order a person would read the number.
    static func check(_ text: String, asOf: CivilDate?, repaired: Bool) -> ResidentIDCheck {
        let scalars = Array(text.unicodeScalars)
        if scalars.count == 15, scalars.allSatisfy(\.isASCIIDigit) {
            return .invalid(reason: "\(text) is a 15-digit first-generation number, no longer a valid ID card since 2013")
        }
        guard scalars.count == 18 else {
            return .invalid(reason: "\(text) has \(scalars.count) characters; a resident ID number has 18")
        }
        if let position = scalars.prefix(17).firstIndex(where: { !$0.isASCIIDigit }) {
            return .invalid(reason: "character \(position + 1) is '\(scalars[position])'; the first 17 must be digits")
        }
        guard scalars[17].isASCIIDigit || scalars[17] == "X" else {
            return .invalid(reason: "the last character is '\(scalars[17])'; it must be a digit or X")
        }
        let digits = scalars.prefix(17).map { $0.asciiDigitValue! }
        let province = digits[0] * 10 + digits[1]
        guard provinceCodes.contains(province) else {
            return .invalid(reason: "it starts with \(digits[0])\(digits[1]), which is not a province code")
        }
        let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + digits[$1] } }
        let birthText = String(String.UnicodeScalarView(scalars[6..<14]))
        guard let birth = CivilDate(year: number(6..<10), month: number(10..<12), day: number(12..<14)) else {
            return .invalid(reason: "the birth date \(birthText) is not a real date")
        }
        if let asOf, birth > asOf {
            return .invalid(reason: "the birth date \(birth) is after \(asOf)")
        }
        let expected = checkCharacter(digits)
        let stated = Character(scalars[17])
        guard stated == expected else {
            return .invalid(reason: "check digit is \(stated) but the first 17 digits require \(expected)")
        }
        return .valid(ResidentIDNumber(normalized: text, birthDate: birth, isMale: digits[16] % 2 == 1,
                                       provinceCode: province, repairedFromOCR: repaired))
    }
}
