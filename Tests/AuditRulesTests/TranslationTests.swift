import AuditCore
import AuditEvidence
@testable import AuditRules
import Foundation
import Testing

/// Whether `text` holds a Chinese character.
func hasChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}

/// A finding without its texts: what it is about and where the proof is, the same in every language.
struct FindingIdentity: Equatable, CustomStringConvertible {
    var rule: String
    var category: FindingCategory
    var severity: Severity
    var employeeId: String?
    var documentType: DocumentType?
    var period: String?
    var evidence: [Evidence]

    init(_ finding: Finding) {
        (rule, category, severity, employeeId, documentType, period, evidence) =
            (finding.rule, finding.category, finding.severity, finding.employeeId, finding.documentType, finding.period, finding.evidence)
    }

    var description: String { "\(rule) \(employeeId ?? "-") \(period ?? "-") \(documentType?.rawValue ?? "-")" }
}

@Suite("Findings in Chinese")
struct TranslationTests {
    static let reference = try! ReferenceData.load(from: [rulesDirectory])

    @Test("Every phrase a finding is built from has an English and a Chinese text with the same placeholders",
          arguments: FindingPhrase.allCases)
    func phraseHasBothLanguages(phrase: FindingPhrase) {
        let text = phrase.text
        #expect(!text.en.isEmpty && !text.zh.isEmpty)
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)),
                "\(phrase): \(text.en) | \(text.zh)")
        // The Chinese of a text with words in it is Chinese (a phrase of figures or punctuation alone may not be).
        let words = Bilingual.fill(text.en, Dictionary(uniqueKeysWithValues: Bilingual.placeholders(in: text.en).map { ($0, "") }))
        if words.contains(where: \.isLetter), !["--region {region}"].contains(text.en) {
            #expect(hasChinese(text.zh), "\(phrase) is not translated: \(text.zh)")
        }
    }

    @Test("Every count a finding writes has its English singular and plural and its Chinese")
    func countsHaveBothLanguages() {
        for count in FindingCount.allCases {
            #expect(count(1, .en).hasPrefix("1 ") && count(2, .en).hasPrefix("2 "), "\(count)")
            #expect(count(1, .en) != count(2, .en).replacingOccurrences(of: "2", with: "1"), "\(count) has no English plural")
            #expect(hasChinese(count(3, .zh)) && count(3, .zh).contains("3"), "\(count)")
            #expect(!count(1, .en).contains("{") && !count(3, .zh).contains("{"))
        }
        #expect(FindingCount.day(1, .en) == "1 day" && FindingCount.day(2, .en) == "2 days" && FindingCount.day(2, .zh) == "2 天")
    }

    @Test("Every rule of every shipped pack carries its rationale, clause and corrective action in Chinese", arguments: shippedRules)
    func ruleHasChineseTexts(qualifiedId: String) throws {
        let parts = qualifiedId.split(separator: "/").map(String.init)
        let pack = try RulePackLoader(directories: [rulesDirectory]).load([parts[0]])[0]
        let rule = try #require(pack.rules.first { $0.id == parts[1] })
        let zh = try #require(rule.zh, "\(qualifiedId) has no zh: block")
        for (name, text) in [("rationale", zh.rationale), ("clause", zh.clause), ("action", zh.action)] {
            #expect(hasChinese(text), "\(qualifiedId): zh.\(name) is not Chinese: \(text)")
        }
        #expect(rule.texts(in: .zh) == zh)
        #expect(rule.texts(in: .en) == RuleTexts(rationale: rule.rationale, clause: rule.clause, action: rule.action))
    }

    @Test("Chinese clauses cite PRC law as Chinese law cites it: 《劳动法》第三十六条, 《工资支付暂行规定》")
    func clausesCiteChineseLaw() throws {
        let pack = try RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law"])[0]
        func clause(_ id: String) throws -> String { try #require(pack.rules.first { $0.id == id }?.zh?.clause) }
        #expect(try clause("daily-hours").contains("《劳动法》第三十六条"))
        #expect(try clause("overtime-monthly").contains("《劳动法》第四十一条"))
        #expect(try clause("overtime-pay").contains("《劳动法》第四十四条"))
        #expect(try clause("weekly-rest-day").contains("《劳动法》第三十八条"))
        #expect(try clause("minimum-wage").contains("《最低工资规定》"))
        #expect(try clause("rostered-not-paid").contains("《工资支付暂行规定》"))
        #expect(try clause("paid-not-on-roster").contains("《劳动合同法实施条例》第八条"))
        #expect(try clause("minimum-age").contains("《禁止使用童工规定》"))
        #expect(try clause("juvenile-worker").contains("《未成年工特殊保护规定》"))
    }

    @Test("Each rule's triggering examples give the same findings in Chinese as in English, with Chinese texts",
          arguments: shippedRules)
    func examplesInChinese(qualifiedId: String) throws {
        let parts = qualifiedId.split(separator: "/").map(String.init)
        var pack = try RulePackLoader(directories: [rulesDirectory]).load([parts[0]])[0]
        pack.rules = pack.rules.filter { $0.id == parts[1] }
        let definition = try #require(pack.rules.first)
        let check = try #require(CheckRegistry.check(named: definition.check))
        for example in check.examples(BoundRule(pack: pack.pack, definition: definition)).triggering {
            let context = RuleContext(evidence: example.evidence, asOf: example.asOf, region: example.region,
                                      products: example.products, reference: example.reference ?? Self.reference)
            let english = RuleEngine(packs: [pack], language: .en).evaluate(context)
            let chinese = RuleEngine(packs: [pack], language: .zh).evaluate(context)
            #expect(english.map(FindingIdentity.init) == chinese.map(FindingIdentity.init), "\(qualifiedId): \(example.summary)")
            #expect(!chinese.isEmpty, "\(qualifiedId) did not fire in Chinese on: \(example.summary)")
            for finding in chinese {
                #expect(hasChinese(finding.message), "\(qualifiedId): \(finding.message)")
                #expect(finding.limit.map(hasChinese) ?? true, "\(qualifiedId): limit \(finding.limit ?? "")")
                #expect(finding.clause.map(hasChinese) == true && finding.action.map(hasChinese) == true, "\(qualifiedId)")
                #expect(!finding.message.contains("{") && !(finding.limit ?? "").contains("{") && !(finding.actual ?? "").contains("{"))
            }
            for finding in english {
                #expect(finding.clause == definition.clause && finding.action == definition.action)
            }
        }
    }

    @Test("Numbers, amounts and dates are written the same in both languages")
    func figuresAlike() throws {
        let worker = employee("E1", hired: "2024-01-02")
        var line = payLine("E1", "2026-07")
        line.baseWage = located(240_000, "2,400.00")
        let model = EvidenceModel(employees: [worker], timeEntries: [entry("E1", "2026-07-06", hours: 12.5)], payLines: [line])
        let pack = try RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law"])[0]
        let context = RuleContext(evidence: model, asOf: day("2026-10-15"), region: "shenzhen", reference: Self.reference)
        let chinese = RuleEngine(packs: [pack], language: .zh).evaluate(context)
        let daily = try #require(chinese.first { $0.rule.hasSuffix("/daily-hours") })
        #expect(daily.message == "E1 于 2026-07-06 工作 12.5 小时，超过每日 11 小时的上限")
        let wage = try #require(chinese.first { $0.rule.hasSuffix("/minimum-wage") })
        #expect(wage.message.contains("2,400.00 元") && wage.message.contains("2,520.00 元") && wage.message.contains("2026-07"), "\(wage.message)")
        #expect(wage.message.contains("深圳"), "\(wage.message)")
        #expect(formatNumber(36.999999) == "37" && formatNumber(12.5) == "12.5" && formatNumber(16.4333) == "16.43",
                "a sum that floating point leaves a hair under a whole number is written whole, not \"37.\"")
    }

    @Test("Findings are listed in the same order in both languages, whatever the messages sort as")
    func orderIndependentOfLanguage() throws {
        // Two certificates: the same rule, document type and no worker or period, so only where
        // their evidence is tells them apart.
        var first = ExampleEvidence.certificate(standard: "ISO 9001:2015", number: "B-1")
        var second = ExampleEvidence.certificate(standard: "ISO 14001:2015", number: "A-1")
        (first.path, second.path) = ("b.pdf", "a.pdf")
        let certificates = [first, second]
        let pack = try RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law"])[0]
        let context = RuleContext(evidence: EvidenceModel(documents: certificates), asOf: day("2026-10-15"), reference: Self.reference)
        let english = RuleEngine(packs: [pack], language: .en).evaluate(context)
        let chinese = RuleEngine(packs: [pack], language: .zh).evaluate(context)
        #expect(english.count >= 2)
        #expect(english.map(FindingIdentity.init) == chinese.map(FindingIdentity.init))
    }

    @Test("Records two documents give differently are reported in Chinese, quoting the same evidence")
    func recordsDisagreeInChinese() throws {
        var first = entry("E1", "2026-07-06", hours: 9)
        first.employeeId = Located("E1", at: Evidence(path: "a.csv", text: "E1", row: 2))
        first.hours = Located(9, at: Evidence(path: "a.csv", text: "9", row: 2))
        var second = first
        second.employeeId = Located("E1", at: Evidence(path: "b.csv", text: "E1", row: 2))
        second.hours = Located(12, at: Evidence(path: "b.csv", text: "12", row: 2))
        let reconciled = RecordReconciler().reconcile(timeEntries: [first, second], payLines: [])
        var english = RecordConflictReport(), chinese = RecordConflictReport(language: .zh)
        english.add(reconciled.conflicts)
        chinese.add(reconciled.conflicts)
        let en = try #require(english.outcome().findings.first), zh = try #require(chinese.outcome().findings.first)
        #expect(FindingIdentity(en) == FindingIdentity(zh))
        #expect(en.message.contains("give different values for the same 1 worker-day"), "\(en.message)")
        #expect(zh.message.contains("9 小时") && zh.message.contains("12 小时") && zh.message.contains("员工工作日"), "\(zh.message)")
        #expect(hasChinese(zh.action ?? "") && zh.actual == "1 个员工工作日存在两个版本")
    }

    @Test("The pack loader refuses a zh: block with an unknown key, a missing text or an empty one, naming the rule")
    func loaderValidatesTranslations() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zh-packs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func pack(_ zh: String) -> String {
            """
            pack: test
            title: Test
            rules:
              - id: daily-hours
                check: daily-hours
                category: working-hours
                severity: error
                rationale: Long days.
                clause: "Labour Law Art. 36"
                action: Shorten the days.
            \(zh)
                parameters:
                  max_hours: 11
            """
        }
        let cases: [(String, String)] = [
            ("    zh:\n      rationale: \"工时过长。\"\n      clause: \"《劳动法》第三十六条\"\n      acton: \"缩短工时。\"", "action"),
            ("    zh:\n      rationale: \"工时过长。\"\n      clause: \"《劳动法》第三十六条\"\n      action: \"缩短工时。\"\n      message: \"x\"", "unknown key 'message'"),
            ("    zh:\n      rationale: \"工时过长。\"\n      clause: \"  \"\n      action: \"缩短工时。\"", "empty zh.clause"),
            ("    zh: 缩短工时", "zh"),
        ]
        for (index, (block, reason)) in cases.enumerated() {
            let file = folder.appendingPathComponent("bad\(index).yaml")
            try pack(block).write(to: file, atomically: true, encoding: .utf8)
            #expect {
                try RulePackLoader(directories: [folder]).load(file: file)
            } throws: { error in
                "\(error)".contains(reason) && "\(error)".contains(file.path)
            }
        }
        let good = folder.appendingPathComponent("good.yaml")
        try pack("    zh:\n      rationale: \"工时过长。\"\n      clause: \"《劳动法》第三十六条\"\n      action: \"缩短工时。\"")
            .write(to: good, atomically: true, encoding: .utf8)
        #expect(try RulePackLoader(directories: [folder]).load(file: good).rules[0].zh?.clause == "《劳动法》第三十六条")
        let english = folder.appendingPathComponent("english.yaml")
        try pack("").write(to: english, atomically: true, encoding: .utf8)
        let rule = try RulePackLoader(directories: [folder]).load(file: english).rules[0]
        #expect(rule.zh == nil && rule.texts(in: .zh).action == "Shorten the days.")
    }
}
