import AuditCore
import AuditReports
import AuditTestSupport
import Foundation
import Testing

/// Text an archive could carry to act instead of being read: terminal sequences, bidi overrides,
/// invisible characters, markup, a Markdown link, a spreadsheet formula and line breaks.
enum HostilePayload {
    static let parts = [
        "\u{1B}]0;pwned\u{07}\u{1B}[2J", "\u{9B}31m", "\u{7F}", "invoice\u{202E}fdp.exe", "zero\u{200B}width\u{FEFF}\u{2066}",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](http://evil.example)", "line\nbreak\r\nand\rCR",
    ]
    static let formula = "=HYPERLINK(\"http://evil.example\",\"x\")"
    static let text = parts.joined(separator: " ")

    /// A report every text of which is `text`, or harmless text when `text` is nil.
    static func report(_ text: String?) -> AuditReport {
        let value = text ?? "plain"
        let evidence = [Evidence(path: "Evidence/\(value)/工资表.pdf", page: 2, text: value),
                        Evidence(path: "\(value).xlsx", text: value, row: 4, sheet: value, cell: "B4")]
        let findings = [Severity.error, .warning].map { severity in
            Finding(rule: "china-labor-law/\(value)", category: .minimumWage, severity: severity, message: value, employeeId: value,
                    period: value, evidence: evidence, limit: value, actual: text.map { _ in formula } ?? "plain",
                    clause: value, action: value, accepted: severity == .warning ? Acceptance(by: value, reason: value) : nil)
        }
        var report = AuditReport(input: "\(value).zip", asOf: CivilDate(year: 2026, month: 7, day: 1)!, ruleset: value,
                                 documents: [DocumentRecord(path: "\(value).pdf", status: .unreadable, reason: value),
                                             DocumentRecord(path: "ok.pdf", type: .payroll, status: .ok)],
                                 findings: findings)
        report.baselineFixed = [BaselineEntry(rule: value, employeeId: value, period: value, acceptedBy: value, reason: value)]
        return report
    }
}

@Suite("Hostile text in every report format")
struct HostileTextTests {
    let hostile = HostilePayload.report(HostilePayload.text)
    let harmless = HostilePayload.report(nil)

    @Test("The text report holds no control character but its line ends, and as many lines as with harmless text")
    func text() throws {
        let text = try ReportFormat.text.render(hostile)
        #expect(activeCharacters(in: text) == [])
        #expect(text.contains("invoice\\u202efdp.exe") && text.contains("\\x1b]0;pwned\\x07\\x1b[2J"))
        #expect(text.contains("/工资表.pdf, page 2"))
        #expect(text.split(separator: "\n").count == (try ReportFormat.text.render(harmless)).split(separator: "\n").count)
    }

    @Test("In colour, the only escape sequences in the text report are the colours it adds itself")
    func colouredText() throws {
        let text = try ReportFormat.text.render(hostile, colour: true)
        let withoutColours = text.replacing(/\x{1B}\[[0-9]+m/, with: "")
        #expect(activeCharacters(in: withoutColours) == [])
    }

    @Test("The Markdown report holds no raw <, no live link and no control character, and keeps its structure")
    func markdown() throws {
        let markdown = try ReportFormat.markdown.render(hostile)
        #expect(!markdown.contains("<"))
        #expect(activeCharacters(in: markdown) == [])
        #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(markdown.contains("\\[click\\](http://evil.example)"))
        #expect(!markdown.contains(/[^\\]\[click/))
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let harmlessLines = try ReportFormat.markdown.render(harmless).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == harmlessLines.count)
        for (line, harmlessLine) in zip(lines, harmlessLines) where harmlessLine.hasPrefix("|") {
            #expect(line.replacing("\\|", with: "").count(where: { $0 == "|" }) == harmlessLine.count(where: { $0 == "|" }))
        }
    }

    @Test("The CSV report holds no control byte but its line breaks, runs no formula and has one record per finding")
    func csv() throws {
        let csv = try ReportFormat.csv.render(hostile)
        #expect(activeCharacters(in: String(csv.dropFirst()), allowing: ["\n", "\r"]) == [])
        let scalars = Array(csv.unicodeScalars)
        #expect(scalars.indices.allSatisfy { scalars[$0] != "\r" || ($0 + 1 < scalars.count && scalars[$0 + 1] == "\n") })
        let records = CSVRecords.parse(csv)
        #expect(records.count == hostile.findings.count + 1)
        #expect(records.allSatisfy { $0.count == CSVReportRenderer.columns.count })
        for field in records.joined() { #expect(!"=+-@".contains(field.first ?? " "), "\(field)") }
        #expect(records[1][8] == "'" + HostilePayload.formula)
    }

    @Test("The HTML report shows hostile text as text: no tag, no control or format character from the evidence")
    func html() throws {
        let html = try ReportFormat.html.render(hostile)
        #expect(!html.contains("<script") && !html.contains("<img src=x") && !html.contains("<a href=\"http://evil"))
        #expect(activeCharacters(in: html) == [])
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;") && html.contains("invoice\\u202efdp.exe"))
    }

    @Test("The JSON report keeps every text exactly, escaped by JSON itself")
    func json() throws {
        let json = try ReportFormat.json.render(hostile)
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let decoded = try JSONDecoder().decode(AuditReport.self, from: Data(json.utf8))
        #expect(decoded.findings[0].message == HostilePayload.text)
        #expect(decoded.documents[0].path == "\(HostilePayload.text).pdf")
        #expect(decoded.findings[0].evidence[1].sheet == HostilePayload.text)
    }
}
