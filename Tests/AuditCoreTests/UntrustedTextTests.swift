import AuditCore
import Testing

@Suite("Untrusted text made safe to show")
struct UntrustedTextTests {
    @Test("C0 controls, DEL and C1 controls become visible escapes")
    func controls() {
        #expect(UntrustedText.plain("a\u{1B}[2Jb\u{07}c") == "a\\x1b[2Jb\\x07c")
        #expect(UntrustedText.plain("\u{00}\u{08}\u{09}\u{7F}") == "\\x00\\x08\\x09\\x7f")
        #expect(UntrustedText.plain("x\u{9B}31my\u{85}") == "x\\u009b31my ")
        #expect(UntrustedText.plain("\u{1B}]0;title\u{07}").unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
    }

    @Test("Bidi overrides, isolates, zero-width characters and the byte order mark become visible escapes")
    func formatCharacters() {
        #expect(UntrustedText.plain("invoice\u{202E}fdp.exe") == "invoice\\u202efdp.exe")
        #expect(UntrustedText.plain("a\u{200B}b\u{200F}c") == "a\\u200bb\\u200fc")
        #expect(UntrustedText.plain("\u{2066}x\u{2069}\u{FEFF}") == "\\u2066x\\u2069\\ufeff")
        #expect(UntrustedText.plain("tag\u{E0041}") == "tag\\u{e0041}")
    }

    @Test("Chinese, spaces, punctuation, emoji and accents are kept as they are")
    func readableText() {
        for text in ["工资表 2026年7月.xlsx", "Evidence/考勤 (六月), v2.pdf", "Li Na — 加班 100%!", "😀 é e\u{301}", "C:\\evidence\\a.pdf"] {
            #expect(UntrustedText.plain(text) == text)
        }
    }

    @Test("In one-line text every line break becomes a space; kept line breaks leave LF and CRLF but escape a lone CR")
    func lineBreaks() {
        #expect(UntrustedText.plain("one\ntwo\r\nthree\rfour\u{2028}five\u{0B}six") == "one two three four five six")
        #expect(UntrustedText.visible("one\ntwo\r\nthree\rfour\u{0C}", lineBreaks: .kept) == "one\ntwo\r\nthree\\x0dfour\\x0c")
    }

    @Test("Markdown text holds no raw <, no link, emphasis or table syntax, and no control character")
    func markdown() {
        let text = UntrustedText.markdown("<img src=x onerror=alert(1)> [a](http://x) *b* | c & d\u{1B}[31m\nnext")
        #expect(text == "&lt;img src=x onerror=alert(1)&gt; \\[a\\](http://x) \\*b\\* \\| c &amp; d\\\\x1b\\[31m next")
        #expect(UntrustedText.markdown("工资表_六月") == "工资表\\_六月")
        #expect(UntrustedText.markdownCode("a`b.pdf") == "``a`b.pdf``")
        #expect(UntrustedText.markdownCode("<script>.pdf") == "&lt;script&gt;.pdf")
        #expect(UntrustedText.markdownCode("x\u{202E}.pdf") == "`x\\u202e.pdf`")
    }

    @Test("A CSV field escapes controls, keeps line breaks inside quotes and guards formulas")
    func csv() {
        #expect(UntrustedText.csvField("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(UntrustedText.csvField("@SUM(A1)") == "'@SUM(A1)")
        #expect(UntrustedText.csvField("a\u{1B}[2J\u{07}") == "a\\x1b[2J\\x07")
        #expect(UntrustedText.csvField("\t=1+1") == "\\x09=1+1")
        #expect(UntrustedText.csvField("工资\n六月") == "\"工资\n六月\"")
    }

    @Test("HTML text turns markup into entities and controls into visible escapes")
    func html() {
        #expect(UntrustedText.html("<script>alert('x')</script> & \"q\"") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        #expect(UntrustedText.html("a\u{202E}b\u{1B}") == "a\\u202eb\\x1b")
        #expect(UntrustedText.html("工资表") == "工资表")
    }
}
