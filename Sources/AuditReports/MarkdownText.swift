/// Text made safe for Markdown: untrusted file names and document text must not turn into
/// links, HTML, emphasis or table columns.
enum MarkdownText {
    /// Characters that start Markdown or HTML syntax inline.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "~", "&"]

    /// Running text on one line, with every syntax character escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in oneLine(text) {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A code span whose fence is longer than any run of backticks inside it.
    static func code(_ text: String) -> String {
        let text = oneLine(text)
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

    /// A table cell: running text, which already escapes `|`.
    static func cell(_ text: String) -> String { inline(text) }

    /// Line breaks become spaces, so one value never breaks a list item or a table row.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
