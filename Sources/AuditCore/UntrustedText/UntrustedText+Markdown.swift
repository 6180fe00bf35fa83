extension UntrustedText {
    /// Characters that start Markdown syntax inline, escaped with a backslash.
    private static let markdownSyntax: Set<Character> = ["\\", "`", "*", "_", "[", "]", "#", "|", "!", "~"]

    /// Running Markdown text on one line that cannot become a link, emphasis, a table column or HTML.
    ///
    /// Controls are escaped and line breaks become spaces first; then Markdown syntax characters
    /// get a backslash and `& < >` become entities, so the Markdown holds no `<` at all and a
    /// renderer that passes HTML through never sees a tag.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for character in plain(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if markdownSyntax.contains(character) { out.append("\\") }
                out.append(character)
            }
        }
        return out
    }

    /// A Markdown code span whose fence is longer than any run of backticks inside it; running
    /// text (`markdown`) when `text` holds `<` or `>`, which a code span would show raw.
    public static func markdownCode(_ text: String) -> String {
        let text = plain(text)
        if text.contains("<") || text.contains(">") { return markdown(text) }
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""  // CommonMark strips one space each side
        return fence + pad + text + pad + fence
    }
}
