import AuditCore
import AuditEvidence
import Dispatch
import Foundation

/// Runs every enabled rule of the given packs over the evidence and orders the findings.
public struct RuleEngine: Sendable {
    public var packs: [RulePack]

    public init(packs: [RulePack]) {
        self.packs = packs
    }

    public func evaluate(_ context: RuleContext) -> [Finding] {
        outcome(context).findings
    }

    /// The findings, and the notes of checks that could not run fully.
    ///
    /// Rules are evaluated at the same time on every core; the outcome does not depend on it.
    public func outcome(_ context: RuleContext) -> (findings: [Finding], notes: [String]) {
        var rules: [(any RuleCheck, BoundRule)] = []
        for pack in packs {
            for definition in pack.rules where definition.enabled ?? true {
                guard let check = CheckRegistry.check(named: definition.check) else { continue }
                rules.append((check, BoundRule(pack: pack.pack, definition: definition)))
            }
        }
        let results = RuleResults(count: rules.count)
        let bound = rules
        DispatchQueue.concurrentPerform(iterations: bound.count) { index in
            let (check, rule) = bound[index]
            results.set(index, findings: check.evaluate(rule, in: context), notes: check.notes(rule, in: context))
        }
        var seen: Set<String> = []
        return (results.findings.flatMap { $0 }.sorted(by: Finding.reportOrder),
                results.notes.flatMap { $0 }.filter { seen.insert($0).inserted })
    }
}

/// Each rule's findings and notes, filled in from several threads at their rule's index.
private final class RuleResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var findings: [[Finding]]
    private(set) var notes: [[String]]

    init(count: Int) {
        findings = Array(repeating: [], count: count)
        notes = Array(repeating: [], count: count)
    }

    func set(_ index: Int, findings: [Finding], notes: [String]) {
        lock.lock()
        self.findings[index] = findings
        self.notes[index] = notes
        lock.unlock()
    }
}

extension Finding {
    /// Errors first, then by rule, worker and period, so reports are stable run to run.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        return (a.rule, a.employeeId ?? "", a.period ?? "", a.documentType?.rawValue ?? "", a.message)
            < (b.rule, b.employeeId ?? "", b.period ?? "", b.documentType?.rawValue ?? "", b.message)
    }
}
