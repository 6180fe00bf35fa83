import AuditCore
import AuditEvidence
import AuditLayout
import AuditRules
import Testing

@Suite("Double books: an attendance summary that shows fewer hours than the punches it summarises")
struct SummaryBelowPunchesTests {
    /// A ZKTeco-style report workbook: a 考勤记录 sheet of glued punches and a 考勤汇总 sheet of
    /// totals, laid out as the real export in ../shared/real-world is, with made-up people.
    func workbook(summaryHours: [String: String]) -> ExtractedDocument {
        let path = "考勤报表.xls"
        func sheet(_ name: String, _ rows: [[String]]) -> SheetTable {
            let source = GridSource(path: path, sheet: name)
            return SheetTable(name: name, rows: rows.enumerated().map { number, texts in
                texts.enumerated().map { Cell(text: $1, source: source, row: number + 1, column: $0) }
            })
        }
        // Six days of 07:30 to 20:00 for 301, six of 08:00 to 17:00 for 302 (July 6–11, 2026).
        let days = ["", "", "", "", "", "6", "7", "8", "9", "10", "11"]
        let long = ["", "", "", "", "", "07:3020:00", "07:3020:00", "07:3020:00", "07:3020:00", "07:3020:00", "07:3020:00"]
        let short = ["", "", "", "", "", "08:0017:00", "08:0017:00", "08:0017:00", "08:0017:00", "08:0017:00", "08:0017:00"]
        let record = sheet("考勤记录", [
            ["考 勤 记 录 表"],
            ["考勤时间", "", "2026-07-06 ~ 2026-07-11"],
            Array(days.dropFirst(5)),
            ["工 号:", "", "301", "", "姓 名:", "", "员工甲"],
            Array(long.dropFirst(5)),
            ["工 号:", "", "302", "", "姓 名:", "", "员工乙"],
            Array(short.dropFirst(5)),
        ])
        let summary = sheet("考勤汇总", [
            ["考 勤 汇 总 表"],
            ["统计日期：", "2026-07-06 ~ 2026-07-11"],
            ["工号", "姓名", "工作时数", "", "加班时数", "", "出勤天数\n(标准/实际)"],
            ["", "", "标准", "实际", "正常", "特殊", ""],
            ["301", "员工甲", "48:00", summaryHours["301"] ?? "", "0:00", "0:00", "6/6"],
            ["302", "员工乙", "48:00", summaryHours["302"] ?? "", "0:00", "0:00", "6/6"],
        ])
        return ExtractedDocument(path: path, textSource: .spreadsheet, sheets: [record, summary])
    }

    func findings(_ document: ExtractedDocument) throws -> [Finding] {
        let layout = DocumentLayout(document)
        let model = EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
        return try AuditRulesTests.findings("summary-below-punches", model, asOf: "2026-08-31")
    }

    @Test("A summary of 48 h and no overtime beside six days punched 07:30–20:00 is an error citing the summary's cells and the punches")
    func hiddenOvertime() throws {
        let found = try findings(workbook(summaryHours: ["301": "48:00", "302": "48:00"]))
        #expect(found.map(\.employeeId) == ["301"], "302 punched 08:00–17:00: 48 h of work is what the summary says")
        let finding = try #require(found.first)
        #expect(finding.severity == .error && finding.category == .recordIntegrity)
        #expect(finding.evidence.first?.sheet == "考勤汇总" && finding.evidence.first?.cell == "D5")
        #expect(finding.evidence.contains { $0.sheet == "考勤记录" })
        #expect(finding.message.contains("48 h") && finding.message.contains("6 days"))
    }

    @Test("A summary that states the hours the punches show, overtime included, raises nothing")
    func honestSummary() throws {
        var document = workbook(summaryHours: ["301": "48:00", "302": "48:00"])
        // 301's overtime written where the summary keeps it.
        document.sheets[1].rows[4][4].text = "18:00"
        #expect(try findings(document).isEmpty)
    }
}
