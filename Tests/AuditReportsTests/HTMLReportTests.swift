import AuditCore
import AuditReports
import Foundation
import Testing

/// A one-pixel PNG standing in for a page crop, padded to `bytes` so budgets can be tested.
func fakePNG(width: UInt32 = 400, height: UInt32 = 60, bytes: Int = 200) -> Data {
    var data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    data += Array("IHDR".utf8)
    for value in [width, height] { data += withUnsafeBytes(of: value.bigEndian) { Data($0) } }
    data += Data(repeating: 7, count: max(0, bytes - data.count))
    return data
}

/// Occurrences of `needle` in `text`.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

@Suite("HTML report")
struct HTMLReportTests {
    @Test("Every finding of the sample report appears in its own section with message, rule, clause and action")
    func everyFinding() {
        let report = sampleReport()
        let html = HTMLReportRenderer().render(report)
        #expect(occurrences(of: "<section class=\"finding ", in: html) == report.findings.count)
        for (index, finding) in report.findings.enumerated() {
            #expect(html.contains("id=\"finding-\(index + 1)\""))
            #expect(html.contains(finding.message))
            #expect(html.contains("<code>\(finding.rule)</code>"))
        }
        #expect(occurrences(of: "LL Art. 41", in: html) == report.findings.count)
        #expect(occurrences(of: "<strong>Corrective action:</strong> Cap shifts", in: html) == report.findings.count)
        #expect(html.contains("<dt>Limit</dt><dd>11 h/day</dd>"))
    }

    @Test("The summary counts open findings per severity and per category")
    func summary() {
        let html = HTMLReportRenderer().render(sampleReport())
        #expect(html.contains("<div class=\"tile error\"><div class=\"n\">6</div><div class=\"l\">open errors</div>"))
        #expect(html.contains("<tr><td>working-hours</td>"))
        #expect(html.contains("6 open errors: an auditor would record non-compliances"))
    }

    @Test("The document inventory lists every document with its status and reason")
    func inventory() throws {
        let report = sampleReport()
        let html = HTMLReportRenderer().render(report)
        let start = try #require(html.range(of: "<section id=\"documents\">"))
        let inventory = String(html[start.lowerBound...])
        #expect(occurrences(of: "<td class=\"path\">", in: inventory) == report.documents.count)
        for document in report.documents {
            #expect(inventory.contains("<td class=\"path\">\(htmlEscaped(document.path))</td>"))
            #expect(inventory.contains("<span class=\"badge \(document.status.rawValue)\">"))
            if let reason = document.reason { #expect(inventory.contains(reason)) }
        }
    }

    @Test("The file references nothing outside itself: no http:, https: or // in any src or href")
    func selfContained() {
        var report = sampleReport()
        report.findings[0].evidence = [Evidence(path: "Evidence/payroll.pdf", page: 2, text: "12.5", bbox: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4))]
        let key = report.findings[0].cropKeys(limit: 3)[0]
        let html = HTMLReportRenderer(crops: [key: fakePNG()], weeklyHours: [worker("E00", [60, 65])]).render(report)
        #expect(!html.contains("http:") && !html.contains("https:"))
        let references = html.matches(of: /(?:src|href)\s*=\s*"([^"]*)"/).map { String($0.1) }
        #expect(!references.isEmpty)
        for reference in references {
            #expect(reference.hasPrefix("#") || reference.hasPrefix("data:image/png;base64,"), "external reference \(reference)")
            #expect(!reference.contains("//"))
        }
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("@import") && !html.contains("url("))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
    }

    @Test("A malicious file name, value or message is shown as text, never as markup")
    func escaping() {
        let hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'&"
        let finding = Finding(rule: "china-labor-law/x\(hostile)", category: .intake, severity: .error, message: "bad \(hostile)",
                              employeeId: hostile, evidence: [Evidence(path: "Evidence/\(hostile).pdf", page: 1, text: hostile,
                                                                       bbox: BoundingBox(x0: 1, y0: 1, x1: 9, y1: 9)),
                                                              Evidence(path: "\(hostile).csv", text: hostile, row: 2)],
                              clause: hostile, action: hostile, accepted: Acceptance(by: hostile, reason: hostile))
        var report = AuditReport(input: "in\(hostile).zip", asOf: CivilDate(year: 2026, month: 1, day: 1)!, ruleset: hostile,
                                 documents: [DocumentRecord(path: "\(hostile).pdf", status: .rejected, reason: hostile)],
                                 findings: [finding])
        report.baselineFixed = [BaselineEntry(rule: hostile, employeeId: hostile, acceptedBy: hostile, reason: hostile)]
        let key = finding.cropKeys(limit: 3)[0]
        let html = HTMLReportRenderer(crops: [key: fakePNG()], weeklyHours: [worker(hostile, [70])]).render(report)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("onerror=alert(2)>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&#39;&amp;"))
        #expect(occurrences(of: "<img ", in: html) == 1)
    }

    @Test("A page crop is embedded once as a PNG with its file and page; a later finding showing it links back")
    func cropsEmbeddedOnce() throws {
        let boxed = Evidence(path: "Evidence/payroll.pdf", page: 2, text: "778.00", bbox: BoundingBox(x0: 300, y0: 200, x1: 330, y1: 210))
        let findings = (1...2).map { n in
            Finding(rule: "china-labor-law/overtime-pay", category: .overtimePay, severity: .error, message: "finding \(n)",
                    evidence: [boxed, Evidence(path: "t.csv", text: "8.0", row: 4)])
        }
        let report = AuditReport(input: "e.zip", asOf: CivilDate(year: 2026, month: 7, day: 1)!, ruleset: "r", documents: [], findings: findings)
        let key = try #require(findings[0].cropKeys(limit: 3).first)
        let html = HTMLReportRenderer(crops: [key: fakePNG(width: 800, height: 120)]).render(report)
        #expect(occurrences(of: "<img src=\"data:image/png;base64,", in: html) == 1)
        #expect(html.contains("width=\"800\" height=\"120\""))
        #expect(html.contains("<figcaption>Evidence/payroll.pdf · page 2 · “778.00”</figcaption>"))
        #expect(html.contains("shown under <a href=\"#finding-1\">finding 1</a>"))
        #expect(occurrences(of: "<td>t.csv</td><td>line 4</td><td>8.0</td>", in: html) == 2)
        #expect(!html.contains("<td>Evidence/payroll.pdf</td>"), "pictured evidence is not listed again as text")
    }

    @Test("Crops beyond the image budget are left out, said so, and their evidence listed as text")
    func imageBudget() {
        let findings = (0..<10).map { n in
            Finding(rule: "r/x", category: .overtimePay, severity: .error, message: "finding \(n)",
                    evidence: [Evidence(path: "p.pdf", page: 1, text: "v\(n)", bbox: BoundingBox(x0: 10, y0: Double(n) * 200, x1: 40, y1: Double(n) * 200 + 10))])
        }
        let report = AuditReport(input: "e.zip", asOf: CivilDate(year: 2026, month: 7, day: 1)!, ruleset: "r", documents: [], findings: findings)
        let crops = Dictionary(uniqueKeysWithValues: findings.map { ($0.cropKeys(limit: 3)[0], fakePNG(bytes: 30_000)) })
        let html = HTMLReportRenderer(crops: crops, imageBudget: 100_000).render(report)
        #expect(occurrences(of: "<img ", in: html) == 2)
        #expect(html.contains("8 page images were left out to keep this file small"))
        #expect(html.contains("<td>p.pdf</td><td>page 1</td><td>v9</td>"))
    }

    @Test("An archive's worth of findings, evidence and crops stays under 5 MB")
    func sizeBound() {
        let findings = (0..<3000).map { n in
            Finding(rule: "china-labor-law/overtime-pay", category: .overtimePay, severity: .error,
                    message: "HR-\(n) was paid 778.00 overtime for 2026-05; 13.5 h workday overtime × 1.5 requires 1,731.39",
                    employeeId: "HR-\(n)", period: "2026-05",
                    evidence: (0..<40).map { row in
                        Evidence(path: "Evidence/4. Wages/payroll_2026\(n % 12).pdf", page: 1 + n % 100, text: "3,130.00",
                                 bbox: BoundingBox(x0: 300, y0: Double(row * 120), x1: 330, y1: Double(row * 120 + 9)))
                    },
                    limit: "≥ 1,731.39", actual: "778.00", clause: "Labour Law Art. 44", action: "Recalculate overtime and pay the arrears.")
        }
        let report = AuditReport(input: "big.zip", asOf: CivilDate(year: 2026, month: 7, day: 1)!, ruleset: "china-labor-law",
                                 documents: (0..<400).map { DocumentRecord(path: "Evidence/doc\($0).pdf", type: .payroll, pages: 1, status: .ok) },
                                 findings: findings)
        let crops = Dictionary(findings.flatMap { $0.cropKeys(limit: 3) }.map { ($0, fakePNG(bytes: 30_000)) }, uniquingKeysWith: { a, _ in a })
        let workers = (0..<600).map { worker("HR-\($0)", Array(repeating: 58, count: 26)) }
        let html = HTMLReportRenderer(crops: crops, weeklyHours: workers).render(report)
        #expect(html.utf8.count < 5_000_000, "the report is \(html.utf8.count) bytes")
        #expect(occurrences(of: "<section class=\"finding ", in: html) == findings.count)
        #expect(occurrences(of: "<section class=\"finding error brief\"", in: html) == findings.count - 25)
        #expect(html.contains("25 findings, up to 25 of each rule, are shown in full and the other 2975 briefly"))
    }

    @Test("Accepted findings are marked, left out of the open counts, and fixed entries get their own section")
    func baseline() {
        var report = sampleReport()
        report.findings[0].accepted = Acceptance(by: "Li Na", reason: "waiver 2026-031")
        report.baselineFixed = [BaselineEntry(rule: "china-labor-law/weekly-hours", employeeId: "E09", acceptedBy: "Wang Fang", reason: "peak season")]
        let html = HTMLReportRenderer().render(report)
        #expect(html.contains("<section class=\"finding error accepted\" id=\"finding-1\">"))
        #expect(html.contains("<strong>Accepted</strong> by Li Na: waiver 2026-031"))
        #expect(html.contains("<div class=\"n\">5</div><div class=\"l\">open errors</div>"))
        #expect(html.contains("<div class=\"n\">1</div><div class=\"l\">accepted in the baseline</div>"))
        #expect(html.contains("<section id=\"fixed\"><h2>Fixed since baseline</h2>"))
        #expect(html.contains("<td>china-labor-law/weekly-hours</td><td>E09</td>"))
    }

    @Test("Each worker's chart has a bar per week worked and the limit line; workers with findings come first")
    func workerCharts() throws {
        let report = sampleReport()  // findings name E00, E02, ...
        let workers = [worker("A1", [40, 50]), worker("E02", [58, 66, 0, 61])]
        let html = HTMLReportRenderer(weeklyHours: workers, weeklyLimit: 60).render(report)
        let section = try #require(html.range(of: "<section id=\"workers\">").map { String(html[$0.lowerBound...]) })
        let flagged = try #require(section.range(of: "id=\"worker-E02\""))
        let unflagged = try #require(section.range(of: "id=\"worker-A1\""))
        #expect(flagged.lowerBound < unflagged.lowerBound)
        #expect(occurrences(of: "v-", in: section) == 5, "a bar per week worked; zero-hour weeks draw none")
        let over = try #require(section.firstMatch(of: /<path fill="#c0392b" d="([^"]*)"/)).1
        #expect(occurrences(of: "v-", in: String(over)) == 2, "66 h and 61 h are over 60 h")
        #expect(section.contains("<title>Weekly hours of E02, limit 60 h: over it in 2026-W24 (66 h), 2026-W26 (61 h)</title>"))
        #expect(occurrences(of: "stroke-dasharray", in: section) == 2)
        #expect(section.contains("1 of 2 workers exceeded it at least once"))
        #expect(html.contains("<a href=\"#worker-E02\"><code>E02</code></a>"))
        #expect(!html.contains("href=\"#worker-E04\""), "no link to a worker without a chart")
    }

    /// A worker whose weeks start on consecutive Mondays from 2026-06-01.
    func worker(_ id: String, _ hours: [Double]) -> WorkerWeeklyHours {
        let monday = CivilDate(year: 2026, month: 6, day: 1)!
        return WorkerWeeklyHours(employeeId: id, weeks: hours.enumerated().map { WeekHours(weekStart: monday.adding(days: 7 * $0.offset), hours: $0.element) })
    }
}

/// The HTML-escaped form of `text`, for expectations.
func htmlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
}
