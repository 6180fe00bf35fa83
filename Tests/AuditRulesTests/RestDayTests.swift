import AuditCore
import AuditEvidence
@testable import AuditRules
import Foundation
import Testing

@Suite("Weekly rest day")
struct RestDayTests {
    /// The china-labor-law pack with only its weekly-rest-day rule, `week` set when given.
    func pack(week: String? = nil) throws -> RulePack {
        var pack = try RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law"])[0]
        pack.rules = pack.rules.filter { $0.id == "weekly-rest-day" }
        if let week { pack.rules[0].parameters["week"] = .text(week) }
        return pack
    }

    /// Days worked by `id` from `from` to `to`, each row read from `path`.
    func worked(_ id: String, from: String, to: String, in path: String) -> [TimeEntry] {
        ExampleEvidence.days(from: from, to: to).map { date in
            TimeEntry(employeeId: Located(id, at: Evidence(path: path, text: id)), date: Located(day(date), at: Evidence(path: path, text: date)),
                      hours: Located(8, at: Evidence(path: path, text: "8 (\(date))")))
        }
    }

    @Test("A run across two monthly timesheets is one finding, its first day the period, its last in the message and each of its days the evidence")
    func runAcrossDocuments() throws {
        let entries = worked("E1", from: "2026-07-25", to: "2026-07-31", in: "attendance-07.csv")
            + worked("E1", from: "2026-08-01", to: "2026-08-05", in: "attendance-08.csv")
        let found = RuleEngine(packs: [try pack()]).evaluate(RuleContext(evidence: EvidenceModel(timeEntries: entries), asOf: day("2026-10-15")))
        #expect(found.count == 1)
        #expect(found.first?.period == "2026-07-25")
        #expect(found.first?.message.contains("from 2026-07-25 to 2026-08-05") == true)
        #expect(found.first?.employeeId == "E1")
        #expect(found.first?.evidence.count == 12)
        #expect(Set(found.first?.evidence.map(\.path) ?? []) == ["attendance-07.csv", "attendance-08.csv"])
        #expect(found.first?.actual == "12 days in a row")
    }

    @Test("By default twelve days from a Tuesday to the Saturday after next are a breach though each calendar week keeps a rest day")
    func sevenDayReadingByDefault() throws {
        let entries = worked("E1", from: "2026-07-07", to: "2026-07-18", in: "t.csv")
        let evidence = EvidenceModel(timeEntries: entries + worked("E0", from: "2026-07-01", to: "2026-07-01", in: "t.csv")
            + worked("E0", from: "2026-07-31", to: "2026-07-31", in: "t.csv"))
        let context = RuleContext(evidence: evidence, asOf: day("2026-10-15"))
        #expect(RuleEngine(packs: [try pack()]).evaluate(context).map(\.period) == ["2026-07-07"])
        #expect(RuleEngine(packs: [try pack(week: "calendar")]).evaluate(context).isEmpty, "the calendar-week reading lets it pass")
    }

    @Test("With week: calendar the rule still reports a Monday-Sunday week worked through, by its ISO week")
    func calendarReading() throws {
        let pack = try pack(week: "calendar")
        let evidence = EvidenceModel(timeEntries: worked("E1", from: "2026-07-01", to: "2026-07-20", in: "t.csv"))
        let found = RuleEngine(packs: [pack]).evaluate(RuleContext(evidence: evidence, asOf: day("2026-10-15")))
        #expect(found.map(\.period) == ["2026-W28", "2026-W29"])
        let rule = BoundRule(pack: pack.pack, definition: pack.rules[0])
        let examples = WeeklyRestDayCheck().examples(rule)
        for example in examples.triggering {
            #expect(!RuleEngine(packs: [pack]).evaluate(RuleContext(evidence: example.evidence, asOf: example.asOf)).isEmpty, "\(example.summary)")
        }
        for example in examples.nonTriggering {
            #expect(RuleEngine(packs: [pack]).evaluate(RuleContext(evidence: example.evidence, asOf: example.asOf)).isEmpty, "\(example.summary)")
        }
    }

    @Test("A week parameter the check does not know is said in a note and nothing is guessed")
    func unknownWeek() throws {
        let evidence = EvidenceModel(timeEntries: worked("E1", from: "2026-07-01", to: "2026-07-20", in: "t.csv"))
        let outcome = RuleEngine(packs: [try pack(week: "fortnight")]).outcome(RuleContext(evidence: evidence, asOf: day("2026-10-15")))
        #expect(outcome.findings.isEmpty)
        #expect(outcome.notes.count == 1)
        #expect(outcome.notes.first?.contains("'fortnight'") == true)
    }

    @Test("The codes' consecutive-days rule counts the same runs: a day with punches but no hours is worked")
    func consecutiveDaysSharesRuns() throws {
        var pack = try RulePackLoader(directories: [rulesDirectory]).load(["sa8000"])[0]
        pack.rules = pack.rules.filter { $0.id == "consecutive-days" }
        let punched = ExampleEvidence.entry("E1", "2026-07-12", hours: 0, clockIn: "07:50", clockOut: "11:58")
        let entries = worked("E1", from: "2026-07-06", to: "2026-07-11", in: "t.csv") + [punched]
        let found = RuleEngine(packs: [pack]).evaluate(RuleContext(evidence: EvidenceModel(timeEntries: entries), asOf: day("2026-10-15")))
        #expect(found.map(\.period) == ["2026-07-12"])
    }
}
