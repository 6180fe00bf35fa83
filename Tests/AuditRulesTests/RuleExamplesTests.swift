import AuditCore
import AuditEvidence
@testable import AuditRules
import Foundation
import Testing

/// Every rule of every shipped pack, as `pack/id`.
let shippedRules: [String] = {
    let loader = RulePackLoader(directories: [rulesDirectory])
    return ((try? loader.load(loader.availablePacks())) ?? []).flatMap { pack in pack.rules.map { "\(pack.pack)/\($0.id)" } }
}()

@Suite("Rule examples")
struct RuleExamplesTests {
    static let reference = try! ReferenceData.load(from: [rulesDirectory])

    /// The rule `qualifiedId` alone, bound to its pack.
    func rule(_ qualifiedId: String) throws -> (pack: RulePack, rule: BoundRule, check: any RuleCheck) {
        let parts = qualifiedId.split(separator: "/").map(String.init)
        var pack = try RulePackLoader(directories: [rulesDirectory]).load([parts[0]])[0]
        pack.rules = pack.rules.filter { $0.id == parts[1] }
        let definition = try #require(pack.rules.first)
        return (pack, BoundRule(pack: pack.pack, definition: definition), try #require(CheckRegistry.check(named: definition.check)))
    }

    func findings(of example: RuleExamples.Example, pack: RulePack) -> [Finding] {
        RuleEngine(packs: [pack]).evaluate(RuleContext(evidence: example.evidence, asOf: example.asOf, region: example.region,
                                                       products: example.products, reference: example.reference ?? Self.reference))
    }

    @Test("The shipped packs are the five rulebooks, each loading cleanly")
    func packsLoad() throws {
        let loader = RulePackLoader(directories: [rulesDirectory])
        #expect(loader.availablePacks() == ["amfori-bsci", "china-labor-law", "eti", "rba", "sa8000"])
        #expect(shippedRules.count > 40)
    }

    @Test("Every rule carries a triggering and a non-triggering example, and each behaves as it says", arguments: shippedRules)
    func examplesBehave(qualifiedId: String) throws {
        let (pack, rule, check) = try rule(qualifiedId)
        let examples = check.examples(rule)
        #expect(!examples.triggering.isEmpty, "\(qualifiedId) has no triggering example")
        #expect(!examples.nonTriggering.isEmpty, "\(qualifiedId) has no non-triggering example")
        for example in examples.triggering {
            let found = findings(of: example, pack: pack).filter { $0.rule == qualifiedId }
            if let expected = example.expectedCount {
                #expect(found.count == expected, "\(qualifiedId): \(example.summary)")
            } else {
                #expect(!found.isEmpty, "\(qualifiedId) did not fire on: \(example.summary)")
            }
        }
        for example in examples.nonTriggering {
            let found = findings(of: example, pack: pack).filter { $0.rule == qualifiedId }
            #expect(found.isEmpty, "\(qualifiedId) fired on: \(example.summary): \(found.map(\.message))")
        }
    }

    @Test("Every rule judges its examples the same when the workers are split into batches", arguments: shippedRules)
    func examplesInBatches(qualifiedId: String) throws {
        let (pack, rule, check) = try rule(qualifiedId)
        let examples = check.examples(rule)
        for example in examples.triggering + examples.nonTriggering {
            let all = findings(of: example, pack: pack)
            let reference = example.reference ?? Self.reference
            let notes = RuleEngine(packs: [pack]).outcome(RuleContext(evidence: example.evidence, asOf: example.asOf, region: example.region,
                                                                      products: example.products, reference: reference)).notes
            for count in [2, 3, 16] {
                let (whole, batches) = WorkerBatching(count: count).contexts(of: example.evidence, asOf: example.asOf,
                                                                            region: example.region, products: example.products,
                                                                            reference: reference)
                let batched = RuleEngine(packs: [pack]).outcome(whole: whole, batches: batches)
                #expect(batched.findings == all, "\(qualifiedId), \(count) batches: \(example.summary)")
                #expect(batched.notes == notes, "\(qualifiedId), \(count) batches: \(example.summary)")
            }
        }
    }

    @Test("A batch of workers holds each worker's roster lines, time entries and pay lines together")
    func batchesKeepWorkersTogether() throws {
        let days = ExampleEvidence.days(from: "2026-07-06", to: "2026-07-10")
        let ids = (1...40).map { "E\($0)" }
        let model = EvidenceModel(employees: ids.map { ExampleEvidence.employee($0) },
                                  timeEntries: ids.flatMap { ExampleEvidence.entries($0, days, hours: 8) },
                                  payLines: ids.map { ExampleEvidence.pay($0, "2026-07", base: 3000) })
        let batching = WorkerBatching(count: 4)
        let (whole, batches) = batching.contexts(of: model, asOf: ExampleEvidence.asOf)
        #expect(whole.evidence.timeEntries.isEmpty && whole.evidence.payLines.isEmpty)
        #expect(whole.overview.timesheets.span == ExampleEvidence.day("2026-07-06")...ExampleEvidence.day("2026-07-10"))
        #expect(whole.overview.payroll.months.count == 1 && whole.overview.rosterSize == 40)
        #expect(batches.map(\.evidence.timeEntries.count).reduce(0, +) == model.timeEntries.count)
        #expect(batches.filter { !$0.evidence.employees.isEmpty }.count > 1, "40 workers all fell into one of 4 batches")
        for (index, batch) in batches.enumerated() {
            let rostered = Set(batch.evidence.employees.map(\.id.value))
            #expect(Set(batch.evidence.timeEntries.map(\.employeeId.value)) == rostered)
            #expect(Set(batch.evidence.payLines.map(\.employeeId.value)) == rostered)
            #expect(rostered.allSatisfy { batching.batch(of: $0) == index })
            #expect(batch.overview == whole.overview)
        }
        #expect(batching.batch(of: "E7") == batching.batch(of: " e7 "), "ids are compared as people mean them")
    }

    @Test("The China pack covers every category of the contract but intake")
    func chinaCoversEveryCategory() throws {
        let pack = try RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law"])[0]
        #expect(Set(pack.rules.map(\.category)) == Set(FindingCategory.allCases).subtracting([.intake]))
    }

    @Test("An unknown region is said in a note, not guessed")
    func unknownRegion() throws {
        let (pack, _, _) = try rule("china-labor-law/minimum-wage")
        var license = ExampleEvidence.document(.businessLicense, address: "12 Harbour Road, Atlantis")
        license.path = "license.pdf"
        let model = EvidenceModel(documents: [license], employees: [ExampleEvidence.employee("E1")],
                                  payLines: [ExampleEvidence.pay("E1", "2026-07", base: 100)])
        let outcome = RuleEngine(packs: [pack]).outcome(RuleContext(evidence: model, asOf: ExampleEvidence.asOf, reference: Self.reference))
        #expect(outcome.findings.isEmpty)
        #expect(outcome.notes.count == 1)
        #expect(outcome.notes.first?.contains("--region") == true)
        let (whole, batches) = WorkerBatching(count: 3).contexts(of: model, asOf: ExampleEvidence.asOf, reference: Self.reference)
        #expect(RuleEngine(packs: [pack]).outcome(whole: whole, batches: batches).notes == outcome.notes, "judged in batches")
    }

    @Test("The region is read from the business license address")
    func regionFromAddress() throws {
        let (pack, _, _) = try rule("china-labor-law/minimum-wage")
        let license = ExampleEvidence.document(.businessLicense, address: "No. 18 Fuyong Road, Bao'an District, Shenzhen, Guangdong")
        let model = EvidenceModel(documents: [license], employees: [ExampleEvidence.employee("E1")],
                                  payLines: [ExampleEvidence.pay("E1", "2026-07", base: 2400)])
        let findings = RuleEngine(packs: [pack]).evaluate(RuleContext(evidence: model, asOf: ExampleEvidence.asOf, reference: Self.reference))
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("shenzhen") == true)
    }

    @Test("Statutory holidays, extra rest days and make-up workdays come from the calendar data")
    func calendar() throws {
        let china = try #require(Self.reference.calendars["china"])
        #expect(china.kind(of: ExampleEvidence.day("2026-10-01")) == .statutoryHoliday)
        #expect(china.kind(of: ExampleEvidence.day("2026-10-06")) == .restDay)
        #expect(china.kind(of: ExampleEvidence.day("2026-10-10")) == .workday)  // a Saturday worked as a make-up day
        #expect(china.kind(of: ExampleEvidence.day("2026-07-04")) == .restDay)  // an ordinary Saturday
        #expect(china.kind(of: ExampleEvidence.day("2026-07-06")) == .workday)
    }
}
