import AuditCore
import AuditEvidence
@testable import AuditPipeline
@testable import AuditRules
import Foundation
import Testing

/// Whether `text` holds a Chinese character.
private func hasChinese(_ text: String?) -> Bool {
    (text ?? "").unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}

@Suite("Findings in Chinese: every rule and intake finding")
struct IntakeTranslationTests {
    static let rules = PipelineTests.repository.appendingPathComponent("Rules")

    @Test("Every rule of every pack, and every intake finding (auditready/…), has its message and corrective action in both languages")
    func everyRuleAndIntakeFindingHasBothTexts() throws {
        let loader = RulePackLoader(directories: [Self.rules])
        var missing: [String] = []
        for pack in try loader.load(loader.availablePacks()) {
            for rule in pack.rules {
                guard let zh = rule.zh, hasChinese(zh.action), hasChinese(zh.clause), hasChinese(zh.rationale) else {
                    missing.append("\(pack.pack)/\(rule.id)")
                    continue
                }
                #expect(!rule.action.isEmpty && !rule.clause.isEmpty)
            }
        }
        #expect(missing.isEmpty, "rules without Chinese texts: \(missing)")
        let intake = IntakeFindings.phrases.map(\.rule)
        for required in ["auditready/entry-rejected", "auditready/entry-unreadable", "auditready/rows-unread", "auditready/values-unreadable",
                         "auditready/records-disagree", "auditready/finding-unreadable"] {
            #expect(intake.contains(required), "\(required) has no phrases")
        }
        for (rule, message, action) in IntakeFindings.phrases {
            for phrase in [message, action] {
                #expect(!phrase.text.en.isEmpty && hasChinese(phrase.text.zh), "\(rule): \(phrase)")
                #expect(Set(Bilingual.placeholders(in: phrase.text.en)) == Set(Bilingual.placeholders(in: phrase.text.zh)), "\(rule): \(phrase)")
            }
        }
    }

    @Test("Intake findings are written in the check's language, about the same entry, with a value's reason in that language and a document's reason quoted as it is")
    func intakeFindingsInChinese() throws {
        let rejected = DocumentRecord(path: "../evil.pdf", status: .rejected, reason: "path traversal")
        let unreadable = DocumentRecord(path: "broken.xlsx", status: .unreadable, reason: "the file is truncated")
        var coverage = RowCoverage()
        coverage.rowsWithContent = 75
        coverage.note(.gridNoMonth)
        let shortfall = try #require(coverage.shortfallInBothLanguages(of: .timesheet))
        let problems = [ReadProblem(evidence: Evidence(path: "pay.csv", text: "13/31/2026", row: 3), .notADateInColumn,
                                    ["text": "13/31/2026", "column": "Pay Date"])]
        let pairs: [(Finding, Finding)] = [
            (IntakeFindings.rejected(rejected), IntakeFindings.rejected(rejected, language: .zh)),
            (IntakeFindings.unreadable(unreadable), IntakeFindings.unreadable(unreadable, language: .zh)),
            (IntakeFindings.rowsUnread(unreadable, shortfall), IntakeFindings.rowsUnread(unreadable, shortfall, language: .zh)),
            (IntakeFindings.unreadableValues(problems)[0], IntakeFindings.unreadableValues(problems, language: .zh)[0]),
        ]
        for (english, chinese) in pairs {
            #expect(english.rule == chinese.rule && english.category == chinese.category && english.severity == chinese.severity)
            #expect(english.evidence.map(\.path) == chinese.evidence.map(\.path) && english.evidence.map(\.row) == chinese.evidence.map(\.row))
            #expect(english.documentType == chinese.documentType && english.period == chinese.period)
            #expect(!hasChinese(english.message) && !hasChinese(english.action))
            #expect(hasChinese(chinese.message) && hasChinese(chinese.action), "\(chinese.message)")
        }
        #expect(pairs[0].0.message == "../evil.pdf was rejected: path traversal")
        #expect(pairs[0].1.message == "../evil.pdf 被拒收：path traversal")
        #expect(pairs[3].0.message == "1 value in pay.csv could not be read and went unchecked; first: '13/31/2026' in the Pay Date column is not a date")
        #expect(pairs[3].1.message == "pay.csv 中有 1 个值无法读取，未被检查；第一个：“Pay Date”列中的“13/31/2026”不是日期")
        #expect(pairs[3].1.evidence[0].text == "13/31/2026: “Pay Date”列中的“13/31/2026”不是日期")
        #expect(pairs[2].0.message.contains("read 0 of 75 rows of this timesheet: the day columns have no dates"))
        #expect(pairs[2].1.message.contains("该考勤表共 75 行，读取了 0 行：日期列没有具体日期"), "\(pairs[2].1.message)")
    }

    @Test("Findings of one rule that differ only in their messages come in the same order in both languages")
    func orderDoesNotFollowTheMessage() {
        // English sorts "1 value in z.csv" before "2 values in b.csv"; Chinese would put b.csv first
        // if the message decided.
        let problems = [ReadProblem(evidence: Evidence(path: "z.csv", text: "x", row: 2), .notADateInColumn, ["text": "x", "column": "Date"]),
                        ReadProblem(evidence: Evidence(path: "b.csv", text: "y", row: 2), .notADateInColumn, ["text": "x", "column": "Date"]),
                        ReadProblem(evidence: Evidence(path: "b.csv", text: "y", row: 3), .notADateInColumn, ["text": "x", "column": "Date"])]
        let english = IntakeFindings.unreadableValues(problems).sorted(by: Finding.reportOrder)
        let chinese = IntakeFindings.unreadableValues(problems, language: .zh).sorted(by: Finding.reportOrder)
        #expect(english.map { $0.evidence.map(\.path) } == chinese.map { $0.evidence.map(\.path) })
        #expect(english.map { $0.evidence[0].path } == ["b.csv", "z.csv"])
    }

    @Test("A pack rule without Chinese texts is named in a note of a Chinese check, which reports its clause and action in English")
    func untranslatedRuleNoted() throws {
        var packs = try RulePackLoader(directories: [Self.rules]).load(["china-labor-law"])
        let index = try #require(packs[0].rules.firstIndex { $0.id == "daily-hours" })
        packs[0].rules[index].zh = nil
        let notes = AuditPipeline.untranslated(packs, language: .zh)
        #expect(notes.count == 1 && notes[0].contains("china-labor-law/daily-hours"))
        #expect(AuditPipeline.untranslated(packs, language: .en).isEmpty)
        let bound = BoundRule(pack: packs[0].pack, definition: packs[0].rules[index], language: .zh)
        let finding = bound.finding("x", evidence: [])
        #expect(finding.action == packs[0].rules[index].action && finding.clause == packs[0].rules[index].clause)
    }
}
