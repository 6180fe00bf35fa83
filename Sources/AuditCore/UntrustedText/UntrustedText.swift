/// The one place where text from an archive (entry names, cell values, document text) is made
/// safe to show: it is displayed, never obeyed.
///
/// Every scalar that could act on a terminal, a log reader or a renderer instead of being read is
/// replaced by a visible escape: control characters (C0, DEL, C1) and invisible format characters
/// (Unicode category Cf: bidi overrides such as U+202E, zero-width spaces U+200B…U+200F, isolates
/// U+2066…U+2069, the byte order mark U+FEFF). Everything else, Chinese, spaces and punctuation
/// included, is kept. Each kind of output has its own function on top of this one (`plain` here;
/// `markdown`, `csvField` and `html` beside it); JSON needs none, since JSON escapes itself.
public enum UntrustedText {
    /// What becomes of line breaks (LF, CR, CRLF, VT, FF, NEL, U+2028, U+2029).
    public enum LineBreaks: Sendable {
        /// Each becomes one space, for a line that must stay one line.
        case spaces
        /// LF, CRLF, U+2028 and U+2029 stay; a lone CR (which would let later text overwrite a
        /// line on a terminal), VT, FF and NEL are escaped.
        case kept
    }

    /// `text` on one line for a terminal, a log or an error message: controls and format
    /// characters escaped, line breaks turned into spaces.
    public static func plain(_ text: String) -> String {
        visible(text, lineBreaks: .spaces)
    }

    /// `text` with every control and format character shown as an escape, line breaks as `lineBreaks` says.
    public static func visible(_ text: String, lineBreaks: LineBreaks) -> String {
        guard text.unicodeScalars.contains(where: needsCare) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if character.isNewline {
                switch lineBreaks {
                case .spaces:
                    out.append(" ")
                    continue
                case .kept where character == "\n" || character == "\r\n" || character == "\u{2028}" || character == "\u{2029}":
                    out.append(character)
                    continue
                case .kept:
                    break
                }
            }
            for scalar in character.unicodeScalars {
                if isActive(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Whether `scalar` is a control character (C0, DEL, C1) or an invisible format character (Cf).
    public static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
        if scalar.isASCII { return false }
        return scalar.properties.generalCategory == .format
    }

    /// `\x1b` for a scalar below U+0080, `\u202e` up to U+FFFF, `\u{e0001}` beyond.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        switch scalar.value {
        case ..<0x80: return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
        case ..<0x10000: return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: return "\\u{" + hex + "}"
        }
    }

    /// Whether `scalar` is changed under some line-break policy: active, or a line separator.
    private static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
        isActive(scalar) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
