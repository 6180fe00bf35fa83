import AuditCore
import Foundation
import Testing

/// Findings "stored" in an array, counting how often they are read.
final class ArrayStoredFindings: StoredFindings, @unchecked Sendable {
    let findings: [Finding]
    private let lock = NSLock()
    private var readCount = 0

    init(_ findings: [Finding]) { self.findings = findings }

    var count: Int { findings.count }

    var reads: Int {
        lock.lock()
        defer { lock.unlock() }
        return readCount
    }

    func finding(at index: Int) -> Finding {
        lock.lock()
        readCount += 1
        lock.unlock()
        return findings[index]
    }
}

@Suite("Finding lists")
struct FindingListTests {
    let findings = (0..<40).map { index in
        Finding(rule: "pack/rule-\(index % 3)", category: .workingHours, severity: index % 4 == 0 ? .warning : .error,
                message: "finding \(index)", employeeId: "E\(index)", evidence: [Evidence(path: "t.csv", row: index)])
    }

    @Test("A stored list is the same collection, encoding and report summary as the list in memory")
    func storedEqualsMemory() throws {
        let stored = FindingList(stored: ArrayStoredFindings(findings))
        let memory = FindingList(findings)
        #expect(stored.isStored && !memory.isStored)
        #expect(stored == memory && Array(stored) == findings)
        let json = JSONEncoder()
        json.outputFormatting = .sortedKeys
        #expect(try json.encode(stored) == json.encode(findings))
        let writer = CompactBinaryWriter(), arrayWriter = CompactBinaryWriter()
        writer.write(stored)
        arrayWriter.write(findings)
        #expect(writer.bytes == arrayWriter.bytes)
        let day = CivilDate(year: 2026, month: 7, day: 1)!
        #expect(AuditReport(input: "a", asOf: day, ruleset: "p", documents: [], findings: stored)
                == AuditReport(input: "a", asOf: day, ruleset: "p", documents: [], findings: findings))
    }

    @Test("A change to a stored list is applied as each finding is read, after any earlier change")
    func changedLazily() {
        let source = ArrayStoredFindings(findings)
        let accepted = FindingList(stored: source)
            .changed { var f = $0; f.message += " (a)"; return f }
            .changed { var f = $0; if f.severity == .warning { f.accepted = Acceptance(by: "QA", reason: "waiver") }; return f }
        #expect(source.reads == 0, "a change must not read the file")
        #expect(accepted.isStored)
        #expect(accepted[4].message == "finding 4 (a)" && accepted[4].accepted?.by == "QA" && accepted[5].accepted == nil)
        #expect(FindingList(findings).changed { var f = $0; f.message += " (a)"; return f }[7].message == "finding 7 (a)")
    }

    @Test("Setting a finding of a stored list brings the list into memory with that one finding changed")
    func settingMaterializes() {
        var list = FindingList(stored: ArrayStoredFindings(findings))
        list[2].message = "changed"
        #expect(!list.isStored)
        #expect(list[2].message == "changed" && list[3] == findings[3] && list.count == findings.count)
    }

    @Test("Counts of open and accepted findings per severity are taken in one walk")
    func counts() {
        let source = ArrayStoredFindings(findings)
        let list = FindingList(stored: source).changed { var f = $0; if f.employeeId == "E1" { f.accepted = Acceptance(by: "QA", reason: "r") }; return f }
        let counts = FindingCounts(list)
        #expect(source.reads == findings.count)
        #expect(counts.open(.warning) == 10 && counts.open(.error) == 29 && counts.accepted(.error) == 1)
        #expect(counts.all(.error) == 30 && counts.acceptedTotal == 1 && counts.open(atLeast: .warning) == 39 && counts.open(atLeast: .error) == 29)
    }
}
