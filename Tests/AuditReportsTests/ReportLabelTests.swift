import AuditCore
import AuditReports
import Testing

@Suite("Report labels in both languages")
struct ReportLabelTests {
    @Test("Every label of the text, Markdown, CSV and HTML reports has an English and a Chinese text with the same placeholders",
          arguments: ReportLabel.allCases)
    func labelHasBothLanguages(label: ReportLabel) {
        let text = label.text
        #expect(!text.en.isEmpty && !text.zh.isEmpty)
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(label): \(text.en) | \(text.zh)")
        let words = Bilingual.fill(text.en, Dictionary(uniqueKeysWithValues: Bilingual.placeholders(in: text.en).map { ($0, "") }))
        // The English plural's S after a severity name, and OCR, are no words to translate.
        if words.contains(where: \.isLetter), ![ReportLabel.textSeverityHeading, .htmlOCR].contains(label) {
            #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(label) is not translated: \(text.zh)")
        }
    }

    @Test("Every label of the inspect and extract commands' output has an English and a Chinese text with the same placeholders",
          arguments: CommandLabel.allCases)
    func commandLabelHasBothLanguages(label: CommandLabel) {
        let text = label.text
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(label): \(text.en) | \(text.zh)")
        let words = Bilingual.fill(text.en, Dictionary(uniqueKeysWithValues: Bilingual.placeholders(in: text.en).map { ($0, "") }))
        if words.contains(where: \.isLetter) {
            #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(label) is not translated: \(text.zh)")
        }
    }

    @Test("Every count a report writes has its English plural and its Chinese")
    func countsHaveBothLanguages() {
        for count in ReportCount.allCases {
            #expect(count(2, .en).hasPrefix("2 ") && count(2, .zh).contains("2"))
            #expect(count(2, .zh).unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(count)")
        }
        #expect(ReportCount.error(1, .en) == "1 error" && ReportCount.error(3, .en) == "3 errors" && ReportCount.info(3, .en) == "3 info")
    }

    @Test("A report rendered in Chinese keeps its findings' texts as the check wrote them and labels them in Chinese")
    func rendersInChinese() throws {
        let finding = Finding(rule: "china-labor-law/daily-hours", category: .workingHours, severity: .error,
                              message: "E1 于 2026-07-06 工作 12.5 小时，超过每日 11 小时的上限", employeeId: "E1", period: "2026-07-06",
                              evidence: [Evidence(path: "t.csv", text: "12.5", row: 3)], limit: "每日 11 小时", actual: "12.5 小时",
                              clause: "《劳动法》第三十六条", action: "控制工时。")
        let report = AuditReport(input: "in.zip", asOf: CivilDate(year: 2026, month: 7, day: 18)!, ruleset: "china-labor-law",
                                 documents: [DocumentRecord(path: "t.csv", type: .timesheet, status: .ok)], findings: [finding])
        let text = try ReportFormat.text.render(report, language: .zh)
        #expect(text.contains("不符合项（1）") && text.contains("[工作时间] E1 于 2026-07-06") && text.contains("见 t.csv，第 3 行：“12.5”"))
        let markdown = try ReportFormat.markdown.render(report, language: .zh)
        #expect(markdown.contains("限值 每日 11 小时 · 实际 12.5 小时") && markdown.contains("员工 `E1` · 期间 2026-07-06"))
        let html = try ReportFormat.html.render(report, language: .zh)
        #expect(html.contains("<dt>员工</dt>") && html.contains("<td>第 3 行</td>") && html.contains("<td>考勤记录</td>"))
        let json = try ReportFormat.json.render(report, language: .zh)
        #expect(json == (try ReportFormat.json.render(report, language: .en)), "JSON has no labels: the same in both languages")
        #expect(try ReportFormat.text.render(report, language: .en).contains("ERRORS (1)"))
    }
}
