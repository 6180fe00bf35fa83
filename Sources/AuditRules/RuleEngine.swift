import AuditCore
import AuditEvidence
import Dispatch
import Foundation
import Synchronization

/// Runs every enabled rule of the given packs over the evidence and orders the findings.
public struct RuleEngine: Sendable {
    public var packs: [RulePack]
    /// The language of the findings' texts.
    public var language: ReportLanguage

    public init(packs: [RulePack], language: ReportLanguage = .en) {
        self.packs = packs
        self.language = language
    }

    public func evaluate(_ context: RuleContext) -> [Finding] {
        outcome(context).findings
    }

    /// The findings, and the notes of checks that could not run fully.
    ///
    /// Rules are evaluated at the same time on every core; the outcome does not depend on it.
    public func outcome(_ context: RuleContext) -> (findings: [Finding], notes: [String]) {
        let rules = boundRules()
        let results = RuleResults(count: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count) { index in
            let (check, rule) = rules[index]
            results.add(index, findings: check.evaluate(rule, in: context), notes: check.notes(rule, in: context))
        }
        return results.outcome()
    }

    /// The outcome of judging an input in parts: `whole` is the input without its time entries
    /// and pay lines, `batches` each batch of workers with theirs (see `WorkerBatching`), made
    /// one at a time as the sequence is walked, so that only one batch's rows are in memory.
    ///
    /// Equals `outcome(_:)` of the input held whole, with findings in the same order.
    public func outcome(whole: RuleContext, batches: some Sequence<RuleContext>) -> (findings: [Finding], notes: [String]) {
        var groups: [[Finding]] = []
        let notes = judge(whole: whole, batches: batches) { groups.append($0) }
        return (groups.flatMap { $0 }.sorted(by: Finding.reportOrder), notes)
    }

    /// Judges like `outcome(whole:batches:)`, handing the findings to `findings` group by group
    /// as they are made, each group in report order: the whole-input checks' first, then each
    /// batch's, then those of the checks that compare workers. Returns the notes.
    ///
    /// Only findings of one rule can tie in report order, and one rule's findings are all in
    /// groups of one kind; so merging the groups in report order, ties going to the earlier group,
    /// gives `outcome(whole:batches:)`'s findings, without holding them all.
    public func judge(whole: RuleContext, batches: some Sequence<RuleContext>, findings: ([Finding]) -> Void) -> [String] {
        judge(whole: whole, versionedBatches: batches.lazy.map { [$0] }, findings: findings)
    }

    /// Judges like `judge(whole:batches:findings:)`, where a batch may come in several versions
    /// (documents that give the same records differently, see `RecordReconciler`): each version
    /// is judged on its own, and the batch's findings are those of every version, each once.
    public func judge(whole: RuleContext, versionedBatches: some Sequence<[RuleContext]>, findings: ([Finding]) -> Void) -> [String] {
        let rules = boundRules()
        let wholeResults = RuleResults(count: rules.count)
        let summaries = BatchSummaries(count: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count) { index in
            let (check, rule) = rules[index]
            if check.scope == .wholeInput { wholeResults.add(index, findings: check.evaluate(rule, in: whole), notes: []) }
            wholeResults.add(index, findings: [], notes: check.notes(rule, in: whole))
        }
        let (wholeFindings, notes) = wholeResults.outcome()
        findings(wholeFindings)
        let perBatch = rules.indices.filter { rules[$0].0.scope != .wholeInput }
        for versions in versionedBatches {
            let results = RuleResults(count: rules.count)
            for context in versions {
                DispatchQueue.concurrentPerform(iterations: perBatch.count) { position in
                    let index = perBatch[position]
                    let (check, rule) = rules[index]
                    if let across = check as? any AcrossWorkersCheck {
                        summaries.add(index, across.summary(rule, in: context))
                    } else {
                        results.add(index, findings: check.evaluate(rule, in: context), notes: [])
                    }
                }
            }
            findings(versions.count > 1 ? results.outcomeOnce().findings : results.outcome().findings)
        }
        let across = RuleResults(count: rules.count)
        for index in perBatch {
            let (check, rule) = rules[index]
            if let acrossCheck = check as? any AcrossWorkersCheck {
                across.add(index, findings: acrossCheck.findings(rule, fromAny: summaries.list(index), in: whole), notes: [])
            }
        }
        findings(across.outcome().findings)
        return notes
    }

    /// The enabled rules of the packs with the checks that implement them, in pack order.
    private func boundRules() -> [(any RuleCheck, BoundRule)] {
        var rules: [(any RuleCheck, BoundRule)] = []
        for pack in packs {
            for definition in pack.rules where definition.enabled ?? true {
                guard let check = CheckRegistry.check(named: definition.check) else { continue }
                rules.append((check, BoundRule(pack: pack.pack, definition: definition, language: language)))
            }
        }
        return rules
    }
}

/// What each across-workers rule learnt from each batch, gathered from several threads.
private final class BatchSummaries: Sendable {
    private let summaries: Mutex<[[any Sendable]]>

    init(count: Int) {
        summaries = Mutex(Array(repeating: [], count: count))
    }

    func add(_ index: Int, _ summary: any Sendable) {
        summaries.withLock { $0[index].append(summary) }
    }

    func list(_ index: Int) -> [any Sendable] {
        summaries.withLock { $0[index] }
    }
}

/// Each rule's findings and notes, filled in from several threads at their rule's index.
private final class RuleResults: Sendable {
    private let results: Mutex<(findings: [[Finding]], notes: [[String]])>

    init(count: Int) {
        results = Mutex((Array(repeating: [], count: count), Array(repeating: [], count: count)))
    }

    func add(_ index: Int, findings: [Finding], notes: [String]) {
        results.withLock {
            $0.findings[index] += findings
            $0.notes[index] += notes
        }
    }

    /// Every rule's findings in report order, and the notes once each, in rule order.
    func outcome() -> (findings: [Finding], notes: [String]) {
        let (findings, notes) = results.withLock { ($0.findings, $0.notes) }
        var seen: Set<String> = []
        return (findings.flatMap { $0 }.sorted(by: Finding.reportOrder), notes.flatMap { $0 }.filter { seen.insert($0).inserted })
    }

    /// `outcome()` with each finding once: several versions of the same rows give many of the same findings.
    func outcomeOnce() -> (findings: [Finding], notes: [String]) {
        let (all, notes) = outcome()
        var seen: Set<Finding> = []
        return (all.filter { seen.insert($0).inserted }, notes)
    }
}

extension Finding {
    /// Errors first, then by rule, worker, period and document type, then by where the evidence
    /// is, so reports are stable run to run and list findings in the same order in every
    /// language; the message decides only between findings that agree on all of that.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        let (x, y) = ((a.rule, a.employeeId ?? "", a.period ?? "", a.documentType?.rawValue ?? ""),
                      (b.rule, b.employeeId ?? "", b.period ?? "", b.documentType?.rawValue ?? ""))
        if x != y { return x < y }
        if let order = evidenceOrder(a.evidence, b.evidence) { return order }
        return a.message < b.message
    }

    /// Whether evidence list `a` comes before `b`, place by place; nil when they are the same places.
    private static func evidenceOrder(_ a: [Evidence], _ b: [Evidence]) -> Bool? {
        for (p, q) in zip(a, b) {
            let (x, y) = ((p.path, p.page ?? 0, p.sheet ?? "", p.row ?? 0, p.cell ?? ""), (q.path, q.page ?? 0, q.sheet ?? "", q.row ?? 0, q.cell ?? ""))
            if x != y { return x < y }
            let (s, t) = (p.text ?? "", q.text ?? "")
            if s != t { return s < t }
        }
        return a.count == b.count ? nil : a.count < b.count
    }
}
