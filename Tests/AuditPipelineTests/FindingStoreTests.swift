import AuditCore
@testable import AuditPipeline
import AuditRules
import AuditReports
import Foundation
import Logging
import Testing

@Suite("Findings waiting on disk")
struct FindingStoreTests {
    let asOf = CivilDate(year: 2026, month: 7, day: 18)!

    /// Groups of findings, each in report order, whose keys tie across groups (same rule, worker and message).
    static func groups(_ count: Int, size: Int) -> [[Finding]] {
        (0..<count).map { group in
            (0..<size).map { index in
                Finding(rule: "pack/rule-\(index % 5)", category: .workingHours, severity: index % 7 == 0 ? .warning : .error,
                        message: "worker over the limit on day \(index % 11)", employeeId: "E\(index % 13)",
                        evidence: [Evidence(path: "group-\(group).csv", text: String(repeating: "x", count: 40), row: index)])
            }.sorted(by: Finding.reportOrder)
        }
    }

    func store(limit: Int, groups: Int, directory: URL = FileManager.default.temporaryDirectory, byteLimit: Int64? = nil,
               recorder: LogRecorder = LogRecorder()) -> FindingStore {
        FindingStore(memoryLimit: limit, directory: directory, groups: groups, logger: Logger(label: "test") { _ in recorder },
                     spillByteLimit: byteLimit)
    }

    @Test("Groups merged from disk give the findings of sorting them all together, ties in group order, over many chunks")
    func mergedFromDisk() {
        let groups = Self.groups(6, size: 2_500)
        let expected = groups.flatMap { $0 }.sorted(by: Finding.reportOrder)
        let onDisk = store(limit: 3_000, groups: groups.count)
        for group in groups { onDisk.add(group) }
        let list = onDisk.finish()
        #expect(list.isStored)
        #expect(list.count == expected.count)
        let same = Array(list) == expected  // compared apart: a failure would print 15,000 findings
        #expect(same)
        for index in [14_999, 0, 7_321, 7_320, 1] { #expect(list[index] == expected[index]) }
        #expect(onDisk.lost == nil)
        let inMemory = store(limit: .max, groups: groups.count)
        for group in groups { inMemory.add(group) }
        #expect(!inMemory.finish().isStored)
    }

    @Test("Groups added after every partition of the file is taken are merged from memory, in their place")
    func moreGroupsThanPartitions() {
        let groups = Self.groups(5, size: 300)
        let expected = groups.flatMap { $0 }.sorted(by: Finding.reportOrder)
        let store = store(limit: 100, groups: 2)
        for group in groups { store.add(group) }
        let list = store.finish()
        #expect(list.isStored)
        let same = Array(list) == expected
        #expect(same)
    }

    @Test("When the temporary directory cannot be written, or the disk fills up part-way, the findings stay in memory, all of them, in order")
    func diskFails() {
        let groups = Self.groups(4, size: 1_000)
        let expected = groups.flatMap { $0 }.sorted(by: Finding.reportOrder)
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)")
        // The first group fits the disk and the second does not: it fills up part-way.
        let fillsUp = Int64(groups[0].reduce(0) { $0 + SpillDatabase.encode($1).count } * 3 / 2)
        let cases = [(LogRecorder(), "the temporary directory cannot take them"), (LogRecorder(), "the temporary file could not be written")]
        let stores = [store(limit: 10, groups: 4, directory: missing, recorder: cases[0].0),
                      store(limit: 1_500, groups: 4, byteLimit: fillsUp, recorder: cases[1].0)]
        for (broken, (recorder, message)) in zip(stores, cases) {
            for group in groups { broken.add(group) }
            let list = broken.finish()
            #expect(!list.isStored)
            let same = Array(list) == expected
            #expect(same)
            #expect(broken.lost == nil)
            #expect(recorder.messages.contains { $0.contains(message) }, "expected: \(message)")
        }
    }

    @Test("A sample whose findings wait on disk gets the report, in every format, of one that holds them in memory",
          arguments: ["violations-zip.zip", "violations-wages-zip.zip"])
    func sameReport(sample: String) throws {
        func check(findingsInMemory: Int, rowsInMemory: Int) throws -> AuditReport {
            try DocumentPartsTests.check(sample: sample, asOf: asOf) {
                $0.findingsInMemory = findingsInMemory
                $0.workerRowsInMemory = rowsInMemory
            }
        }
        let inMemory = try check(findingsInMemory: .max, rowsInMemory: .max)
        let onDisk = try check(findingsInMemory: 5, rowsInMemory: 7)
        #expect(onDisk.findings.isStored && inMemory.findings.count > 5)
        #expect(onDisk == inMemory)
        for format in ReportFormat.allCases where format != .html {
            #expect(try format.render(onDisk) == format.render(inMemory), "\(format)")
        }
        let baseline = Baseline(entries: [BaselineEntry(rule: inMemory.findings[2].rule, acceptedBy: "QA", reason: "known")])
        #expect(baseline.apply(to: onDisk) == baseline.apply(to: inMemory))
    }

    @Test("A check whose findings waited on disk is not kept whole in the cache, and is checked again the same")
    func notCachedWhole() throws {
        let path = PipelineTests.repository.appendingPathComponent("Corpus/samples/violations-zip.zip").path
        let recorder = LogRecorder()
        var configuration = PipelineConfiguration(cache: try DocumentPartsTests().newCache())
        configuration.findingsInMemory = 5
        let pipeline = AuditPipeline(configuration: configuration, logger: Logger(label: "test") { _ in recorder })
        let packs = try BatchedJudgementTests().packs()
        let first = try pipeline.check(path, packs: packs, asOf: asOf)
        let second = try pipeline.check(path, packs: packs, asOf: asOf)
        #expect(first == second)
        #expect(recorder.messages.filter { $0.contains("is not kept in the result cache") }.count == 2)
        #expect(!recorder.messages.contains { $0.contains("whole check was read from the result cache") })
    }
}
