import AuditCore
import AuditReports
import Testing

@Suite("Markdown report")
struct MarkdownReportTests {
    @Test("It opens with the verdict and a summary table, then lists findings by severity with evidence locations")
    func shape() throws {
        let markdown = MarkdownReportRenderer().render(sampleReport())
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# AuditReady report: evidence.zip")
        #expect(lines.contains("**6 open errors: an auditor would record non-compliances.**"))
        #expect(lines.contains("| Severity | Open | Accepted |"))
        #expect(lines.contains("| Error | 6 | 0 |"))
        let errors = try #require(lines.firstIndex(of: "## Errors (6)"))
        let warnings = try #require(lines.firstIndex(of: "## Warnings (5)"))
        let info = try #require(lines.firstIndex(of: "## Info (5)"))
        #expect(errors < warnings && warnings < info)
        #expect(lines.contains("1. **a intake finding**"))
        #expect(lines.contains("   - Evidence: `Evidence/payroll.pdf` page 2 “12.5”; `a.csv` line 3 “x”"))
        #expect(lines.contains("   - Rule `china-labor-law/intake` (intake) · LL Art. 41"))
        #expect(lines.contains("   - Limit 11 h/day · found 12.5 h"))
        #expect(lines.contains("| ../evil | rejected | path traversal |"))
    }

    @Test("Text from the evidence cannot add links, HTML, emphasis or table columns")
    func escaping() {
        var report = sampleReport()
        report.findings = [Finding(rule: "r/x", category: .intake, severity: .error, message: "see [here](javascript:x) <b>*now*</b> | col",
                                   evidence: [Evidence(path: "a`b.pdf", page: 1)])]
        report.documents = [DocumentRecord(path: "x|y\nz.pdf", status: .rejected, reason: "a|b")]
        let markdown = MarkdownReportRenderer().render(report)
        #expect(markdown.contains("**see \\[here\\](javascript:x) &lt;b&gt;\\*now\\*&lt;/b&gt; \\| col**"))
        #expect(markdown.contains("``a`b.pdf``"))
        #expect(markdown.contains("| x\\|y z.pdf | rejected | a\\|b |"))
    }

    @Test("Accepted findings are marked and fixed baseline entries listed")
    func baseline() {
        var report = sampleReport()
        report.findings[0].accepted = Acceptance(by: "Li Na", reason: "waiver")
        report.baselineFixed = [BaselineEntry(rule: "china-labor-law/weekly-hours", period: "2026-W19", acceptedBy: "Wang", reason: "peak")]
        let markdown = MarkdownReportRenderer().render(report)
        #expect(markdown.contains("| Error | 5 | 1 |"))
        #expect(markdown.contains("   - **Accepted** by Li Na: waiver"))
        #expect(markdown.contains("## Fixed since baseline (1)"))
        #expect(markdown.contains("| china-labor-law/weekly-hours |  |  | 2026-W19 | Wang | peak |"))
    }
}

@Suite("Text report with a baseline")
struct TextBaselineTests {
    @Test("Open counts leave accepted findings out; accepted ones are marked; fixed entries are listed")
    func text() {
        var report = sampleReport()
        report.findings[0].accepted = Acceptance(by: "Li Na", reason: "waiver")
        report.baselineFixed = [BaselineEntry(rule: "china-labor-law/weekly-hours", employeeId: "E09", acceptedBy: "Wang", reason: "peak")]
        let text = TextReportRenderer().render(report)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1] == "4 documents · 5 errors · 5 warnings · 5 info · 1 accepted in the baseline")
        #expect(text.contains("ERRORS (6, 1 accepted)"))
        #expect(text.contains("✖ [intake] ACCEPTED · a intake finding"))
        #expect(text.contains("      accepted by Li Na: waiver"))
        #expect(text.contains("FIXED SINCE BASELINE (1)\n  ✔ china-labor-law/weekly-hours · employee E09\n      was accepted by Wang: peak"))
    }
}
