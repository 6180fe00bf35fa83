import AuditCore
import AuditTestSupport
import AuditReports
import Testing

@Suite("CSV report")
struct CSVReportTests {
    @Test("It starts with a UTF-8 byte order mark and has a header and one row per finding, rows ending in CRLF")
    func shape() {
        let report = sampleReport()
        let csv = CSVReportRenderer().render(report)
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.hasSuffix("\r\n"))
        let records = CSVRecords.parse(csv)
        #expect(records.count == report.findings.count + 1)
        #expect(records[0] == ["severity", "category", "rule", "employeeId", "documentType", "period", "message", "limit", "actual",
                               "evidence", "clause", "action", "acceptedBy", "acceptedReason"])
        #expect(records.dropFirst().allSatisfy { $0.count == 14 })
        let first = records[1]
        #expect(first[0] == "error" && first[2] == "china-labor-law/intake" && first[3] == "E00" && first[5] == "2026-07")
        #expect(first[9] == "Evidence/payroll.pdf:2; a.csv:3")
        #expect(first[7] == "11 h/day" && first[8] == "12.5 h" && first[10] == "LL Art. 41" && first[11] == "Cap shifts")
    }

    @Test("Commas, quotes and line breaks are quoted per RFC 4180 and Chinese text is kept as is")
    func quoting() {
        var report = sampleReport()
        report.findings = [Finding(rule: "r/x", category: .intake, severity: .warning, message: "工资 \"低\", 加班\nline two\r\nthree",
                                   evidence: [Evidence(path: "工资表, 六月.pdf", page: 3)], action: "plain")]
        let csv = CSVReportRenderer().render(report)
        #expect(csv.contains(",\"工资 \"\"低\"\", 加班\nline two\r\nthree\","))
        #expect(csv.contains(",\"工资表, 六月.pdf:3\","))
        #expect(csv.contains(",plain,"))
        #expect(CSVRecords.parse(csv)[1][6] == "工资 \"低\", 加班\nline two\r\nthree")
    }

    @Test("A field a spreadsheet would run as a formula is prefixed with an apostrophe")
    func formulas() {
        var report = sampleReport()
        report.findings = [Finding(rule: "r/x", category: .intake, severity: .warning, message: "=HYPERLINK(\"x\")",
                                   evidence: [Evidence(path: "@evil.csv", row: 1)], action: "+1", accepted: Acceptance(by: "-Li", reason: "ok"))]
        let row = CSVRecords.parse(CSVReportRenderer().render(report))[1]
        #expect(row[6] == "'=HYPERLINK(\"x\")")
        #expect(row[9] == "'@evil.csv:1")
        #expect(row[11] == "'+1" && row[12] == "'-Li" && row[13] == "ok")
    }
}
