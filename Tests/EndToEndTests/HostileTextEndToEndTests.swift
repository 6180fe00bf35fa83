import AuditCore
import AuditTestSupport
import Foundation
import Testing

/// An evidence archive whose entry names and cell values carry text meant to act: terminal
/// sequences, BEL, bidi overrides, invisible characters, HTML, a Markdown link, a spreadsheet
/// formula and a line break; or, for comparison, the same archive with harmless text.
struct HostileEvidence {
    static let hostile = HostileEvidence(text: "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}evil\u{200B}\u{FEFF}<script>alert(1)</script>"
                                             + "<img src=x onerror=alert(1)>[click](http://evil.example)",
                                         formula: "=HYPERLINK(\"evil.example\",\"x\")", lineBreak: "\nsecond line",
                                         tail: "\u{1B}]0;pwned\u{07}\u{202E}")
    static let harmless = HostileEvidence(text: "", formula: "", lineBreak: "", tail: "")

    /// Put in folder names, file names, employee IDs and names.
    var text: String
    /// Starts a file name and fills a name cell.
    var formula: String
    /// Ends a name cell.
    var lineBreak: String
    /// Ends the timesheet's file name, where a progress bar that shortens names still shows it.
    var tail: String

    /// A month of attendance with hours over the limits for two workers, a damaged PDF, and an
    /// entry that leaves the archive, each named or filled with this text; written as a zip.
    func archive() -> URL {
        var rows = ["Date,Employee ID,Name,Clock In,Clock Out"]
        for day in 1...28 {
            let date = "2026-07-" + (day < 10 ? "0\(day)" : "\(day)")
            rows.append("\(date),E001,\(csvCell("李娜 \(text)\(lineBreak)")),07:00,23:00")
            rows.append("\(date),\(text)E002,\(csvCell(formula.isEmpty ? "王伟" : formula)),08:00,17:00")
        }
        let timesheet = Data((rows.joined(separator: "\r\n") + "\r\n").utf8)
        return ArchiveFixture(.zip, name: "evidence.zip").write([
            .file("Evidence/考勤 \(text)/timesheet_202607\(tail).csv", timesheet),
            .file("Evidence/\(text)scan.pdf", Data("%PDF-1.4\n damaged".utf8)),
            .file("\(formula)broken.pdf", Data("%PDF-1.4\n damaged, not a copy of the scan".utf8)),
            .file("../\(text)escape.csv", cleanCSV),
        ])
    }

    private func csvCell(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

@Suite("End to end: text from an archive is shown, never obeyed")
struct HostileTextEndToEndTests {
    let hostile = HostileEvidence.hostile.archive()

    /// Runs `auditready check` on `archive` in `format`; the report is standard output.
    func report(_ archive: URL, _ format: String, _ extra: [String] = []) throws -> CLIRunner.Result {
        let result = try CLIRunner.run("auditready", ["check", archive.path, "--as-of", "2026-08-15", "--format", format, "--no-cache"] + extra)
        #expect(result.status == 1, "\(result.stderr)")
        return result
    }

    /// A finding as compared across the two archives: what it says, not where.
    func keys(_ report: AuditReport) -> [String] {
        report.findings.map { finding in
            let employee = finding.employeeId?.replacingOccurrences(of: HostileEvidence.hostile.text, with: "") ?? "-"
            return "\(finding.rule) \(finding.severity.rawValue) \(employee) \(finding.period ?? "-") \(finding.evidence.count)"
        }.sorted()
    }

    @Test("The JSON report keeps the names exactly and has the same findings and documents as with harmless names")
    func json() throws {
        let hostileReport = try JSONDecoder().decode(AuditReport.self, from: Data(report(hostile, "json").stdout.utf8))
        let harmless = HostileEvidence.harmless.archive()
        let harmlessReport = try JSONDecoder().decode(AuditReport.self, from: Data(report(harmless, "json").stdout.utf8))
        #expect(hostileReport.findings.count > 30)
        #expect(keys(hostileReport) == keys(harmlessReport))
        #expect(hostileReport.documents.map(\.status) == harmlessReport.documents.map(\.status))
        #expect(hostileReport.documents.contains { $0.path.hasPrefix("Evidence/考勤 \u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}evil") })
        #expect(hostileReport.findings.contains { $0.employeeId?.hasPrefix("\u{1B}]0;pwned\u{07}") == true })
        #expect(hostileReport.findings.contains { $0.evidence.contains { $0.text?.contains("<img src=x onerror=alert(1)>") == true } })
        #expect(hostileReport.findings.contains { $0.evidence.contains { $0.text?.contains("\nsecond line") == true } })
    }

    @Test("The text report holds no byte below 0x20 but newline, shows the escapes, keeps Chinese names and its lines")
    func text() throws {
        let text = try report(hostile, "text").stdout
        #expect(activeCharacters(in: text) == [])
        #expect(text.contains("Evidence/考勤 \\x1b]0;pwned\\x07\\x1b[2J\\u009b31m\\u202eevil\\u200b\\ufeff<script>"))
        #expect(text.contains("李娜 \\x1b]0;pwned"))
        let harmless = try report(HostileEvidence.harmless.archive(), "text").stdout
        #expect(text.split(separator: "\n").count == harmless.split(separator: "\n").count)
    }

    @Test("The Markdown report holds no raw < and no control character")
    func markdown() throws {
        let markdown = try report(hostile, "markdown").stdout
        #expect(!markdown.contains("<"))
        #expect(activeCharacters(in: markdown) == [])
        #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;\\[click\\]"))
    }

    @Test("The CSV report holds no raw control byte but its line breaks and runs no formula")
    func csv() throws {
        let csv = try report(hostile, "csv").stdout
        #expect(activeCharacters(in: String(csv.dropFirst()), allowing: ["\n", "\r"]) == [])
        #expect(csv.contains("\"'=HYPERLINK(\"\"evil.example\"\",\"\"x\"\")broken.pdf\""))
        #expect(!csv.contains(",=") && !csv.contains(",\"=") && !csv.contains(",@") && !csv.contains(",+"))
    }

    @Test("The HTML report shows every name as text: no tag, no control or format character")
    func html() throws {
        let html = try report(hostile, "html").stdout
        #expect(!html.contains("<script") && !html.contains("<img src=x") && !html.contains("href=\"http://evil"))
        #expect(activeCharacters(in: html) == [])
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test("Log lines on standard error hold no control character and name the entry with escapes")
    func log() throws {
        let result = try report(hostile, "json", ["--verbose"])
        #expect(result.stderr.contains("entry not read"))
        #expect(activeCharacters(in: result.stderr) == [])
        #expect(result.stderr.contains("../\\x1b]0;pwned\\x07"))
    }

    @Test("On a terminal, the progress bar and log lines send no escape sequence but their own")
    func progressBar() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).json")
        let result = try CLIRunner.runInTerminal("auditready", ["check", hostile.path, "--as-of", "2026-08-15", "--format", "json",
                                                                "--no-cache", "--output", output.path], environment: ["TERM": "xterm", "COLUMNS": "200"])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("Reading ["))
        #expect(result.stdout.contains("timesheet_202607\\x1b]0;pwned\\x07\\u202e.csv"))
        let ownSequences = result.stdout.replacingOccurrences(of: "\u{1B}[K", with: "")
        #expect(activeCharacters(in: ownSequences, allowing: ["\n", "\r"]) == [])
    }

    @Test("An error message naming a hostile path holds no control character")
    func errorMessage() throws {
        let result = try CLIRunner.run("auditready", ["check", "/nonexistent/\u{1B}]0;pwned\u{07}\u{202E}.zip"])
        #expect(result.status == 2)
        #expect(activeCharacters(in: result.stderr) == [])
        #expect(result.stderr.contains("\\x1b]0;pwned\\x07\\u202e.zip"))
    }
}
