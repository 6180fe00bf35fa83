import Foundation

/// Text folded to NFKC as an array of scalars, remembering which source character each came from.
///
/// The hand-written scanners in this module work on scalars; `dates(in:)` uses the recorded
/// origins to report ranges in the caller's original string.
struct ScalarText {
    /// The folded scalars.
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each scalar, the range of the source character that produced it.
    private var origins: [Range<String.Index>] = []

    /// Folds `text` character by character, keeping each scalar's origin.
    init(_ text: String) {
        scalars.reserveCapacity(text.unicodeScalars.count)
        origins.reserveCapacity(text.unicodeScalars.count)
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            for scalar in ScalarText.fold(text[index]) {
                scalars.append(scalar)
                origins.append(index..<next)
            }
            index = next
        }
    }

    /// The source range covered by the folded scalars `range` (which must be non-empty).
    func sourceRange(of range: Range<Int>) -> Range<String.Index> {
        origins[range.lowerBound].lowerBound..<origins[range.upperBound - 1].upperBound
    }

    /// The NFKC form of one character, avoiding Foundation for the common cases.
    static func fold(_ character: Character) -> [Unicode.Scalar] {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let simple = TextNormalizer.simpleNFKC(scalars.first!) { return [simple] }
        return Array(String(character).precomposedStringWithCompatibilityMapping.unicodeScalars)
    }

    /// The scalars of a whole value after `TextNormalizer.fold` (NFKC, trimmed).
    static func folded(_ text: String) -> [Unicode.Scalar] {
        Array(TextNormalizer.fold(text).unicodeScalars)
    }
}

extension Unicode.Scalar {
    /// True for `0`...`9`.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// The value of an ASCII digit.
    var asciiDigitValue: Int? { isASCIIDigit ? Int(value - 0x30) : nil }

    /// True for `A`...`Z` and `a`...`z`.
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

    /// The ASCII lower-case form (other scalars unchanged).
    var asciiLowercased: Unicode.Scalar {
        value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : self
    }

    /// True for CJK unified ideographs (including extension A/B.. and compatibility ideographs) and 〇.
    var isCJKIdeograph: Bool {
        switch value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// True for white space, including the no-break and ideographic spaces.
    var isSpace: Bool { properties.isWhitespace }
}

/// Small cursor-free scanning primitives over folded scalars; every function is bounds-safe.
enum Scan {
    /// A maximal run of ASCII digits starting at `i`.
    struct Number {
        /// The digits' value (meaningful only when `count` ≤ 18).
        var value: Int
        /// How many digits the run has.
        var count: Int
        /// The index just past the run.
        var end: Int
    }

    /// The maximal digit run at `i`, or nil when `s[i]` is not a digit.
    static func number(_ s: [Unicode.Scalar], _ i: Int) -> Number? {
        var j = i
        var value = 0
        while j < s.count, let digit = s[j].asciiDigitValue {
            if j - i < 18 { value = value * 10 + digit }
            j += 1
        }
        return j > i ? Number(value: value, count: j - i, end: j) : nil
    }

    /// The index of the first non-space scalar at or after `i`.
    static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, s[j].isSpace { j += 1 }
        return j
    }

    /// The end of `literal` when `s` has it at `i`, comparing ASCII letters case-insensitively.
    static func literal(_ s: [Unicode.Scalar], _ i: Int, _ literal: String) -> Int? {
        var j = i
        for expected in literal.unicodeScalars {
            guard j < s.count, s[j].asciiLowercased == expected.asciiLowercased else { return nil }
            j += 1
        }
        return j
    }

    /// The end of the longest of `literals` found at `i`, with the literal itself.
    static func longestLiteral(_ s: [Unicode.Scalar], _ i: Int, in literals: [String]) -> (String, Int)? {
        var best: (String, Int)?
        for candidate in literals {
            if let end = literal(s, i, candidate), end > (best?.1 ?? i) { best = (candidate, end) }
        }
        return best
    }

    /// The maximal run of ASCII letters at `i`, lower-cased, with its end.
    static func word(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        var j = i
        var text = String.UnicodeScalarView()
        while j < s.count, s[j].isASCIILetter {
            text.append(s[j].asciiLowercased)
            j += 1
        }
        return j > i ? (String(text), j) : nil
    }

    /// True when `s[i]` exists and satisfies `test`.
    static func has(_ s: [Unicode.Scalar], _ i: Int, _ test: (Unicode.Scalar) -> Bool) -> Bool {
        i >= 0 && i < s.count && test(s[i])
    }
}
