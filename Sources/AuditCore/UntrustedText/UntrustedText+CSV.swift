extension UntrustedText {
    /// One RFC 4180 CSV field: controls escaped, neutralised if a spreadsheet would run it as a
    /// formula, and quoted if RFC 4180 requires it.
    ///
    /// Line breaks (LF, CRLF) stay inside the quotes, so a multi-line cell stays one field; every
    /// other control, tab and a lone CR included, is escaped. A field starting with `=`, `+`, `-`,
    /// `@` or CR gets a leading `'`.
    public static func csvField(_ text: String) -> String {
        var value = visible(text, lineBreaks: .kept)
        if let first = value.unicodeScalars.first, "=+-@\r".unicodeScalars.contains(first) { value = "'" + value }
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
