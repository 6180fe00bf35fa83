/// The PRC Unified Social Credit Code of an organisation (GB 32100-2015, domain §4.2).
///
/// A failed check is a reason to verify the code on gsxt.gov.cn, not proof of forgery: some early
/// pilot-region codes were issued with check characters that do not compute.
public enum SocialCreditCode {
    /// The 31 characters a code may use, in value order (I, O, S, V and Z never occur).
    static let alphabet: [Unicode.Scalar] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".unicodeScalars)
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// The code as it is compared across documents: NFKC, upper-case, without spaces or hyphens.
    public static func normalize(_ text: String) -> String {
        String(String.UnicodeScalarView(
            TextNormalizer.nfkc(text).uppercased().unicodeScalars.filter { !$0.isSpace && $0 != "-" }))
    }

    /// True when the text is 18 characters of the code alphabet, positions 3–8 (the region) are
    /// digits, and the check character (position 18) is the one the first 17 require.
    public static func isValid(_ text: String) -> Bool {
        let scalars = Array(normalize(text).unicodeScalars)
        guard scalars.count == 18, scalars[2..<8].allSatisfy(\.isASCIIDigit),
              let expected = checkScalar(scalars.prefix(17)) else { return false }
        return scalars[17] == expected
    }

    /// The check character that 17 leading characters require, or nil when they are not 17 code characters.
    public static func checkCharacter(for first17: String) -> Character? {
        let scalars = Array(normalize(first17).unicodeScalars)
        guard scalars.count == 17 else { return nil }
        return checkScalar(scalars[...]).map(Character.init)
    }

    /// True when the embedded organisation code (positions 9–17) passes its own GB 11714 check.
    public static func hasValidOrganizationCode(_ text: String) -> Bool {
        let scalars = Array(normalize(text).unicodeScalars)
        guard scalars.count == 18 else { return false }
        let body = scalars[8..<16]
        let values = body.compactMap(organizationValue)
        guard values.count == 8 else { return false }
        let sum = zip(values, [3, 7, 9, 10, 5, 8, 4, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        let check = 11 - sum % 11
        let expected: Unicode.Scalar = check == 10 ? "X" : (check == 11 ? "0" : Unicode.Scalar(UInt8(48 + check)))
        return scalars[16] == expected
    }

    /// `S = Σ vᵢ·wᵢ`, check value `(31 − S mod 31) mod 31`.
    private static func checkScalar(_ first17: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        var sum = 0
        for (scalar, weight) in zip(first17, weights) {
            guard let value = alphabet.firstIndex(of: scalar) else { return nil }
            sum += value * weight
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// GB 11714 character values: digits as themselves, letters A=10 ... Z=35.
    private static func organizationValue(_ u: Unicode.Scalar) -> Int? {
        if let digit = u.asciiDigitValue { return digit }
        guard u.value >= 0x41, u.value <= 0x5A else { return nil }
        return Int(u.value - 0x41) + 10
    }
}
