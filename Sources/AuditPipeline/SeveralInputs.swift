import AuditCore
import AuditEvidence
import AuditRules
import Dispatch
import Foundation

extension AuditPipeline {
    /// Checks each of `inputs` on its own, as `check` (or `run`, with `keepEvidence`) would, two or
    /// more at a time, and hands each result to `deliver` in the order of `inputs`.
    ///
    /// The checks share one reader of documents (one pool of `configuration.workers` worker
    /// processes), so the cores stay busy across inputs: while one check judges its evidence or
    /// waits for a slow scan, another reads its documents. An input that cannot be opened is
    /// delivered as its error; the others are checked as usual.
    public func checkEach(_ inputs: [String], packs: [RulePack], asOf: CivilDate, region: String? = nil, products: [String] = [],
                          language: ReportLanguage = .en,
                          keepEvidence: Bool = false, progress: @escaping @Sendable (String, PipelineProgress) -> Void = { _, _ in },
                          deliver: (String, Result<CheckResult, any Error>) -> Void) {
        var shared = self
        shared.sharedReader = makeReadingService()
        let results = OrderedResults(count: inputs.count)
        let width = max(1, min(configuration.workers, inputs.count))
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: width)
        let queue = DispatchQueue(label: "auditready.inputs", attributes: .concurrent)
        var delivered = 0
        for (index, input) in inputs.enumerated() {
            slots.wait()
            queue.async(group: group) { [shared] in
                let result = Result<CheckResult, any Error> {
                    if keepEvidence {
                        return try shared.run(input, packs: packs, asOf: asOf, region: region, products: products, language: language) { progress(input, $0) }
                    }
                    let report = try shared.check(input, packs: packs, asOf: asOf, region: region, products: products, language: language) { progress(input, $0) }
                    return CheckResult(report: report, evidence: EvidenceModel())
                }
                results.set(index, result)
                slots.signal()
            }
            // Hand on what is ready in order, so reports do not wait in memory longer than needed.
            while let ready = results.take(delivered, waiting: false) {
                deliver(inputs[delivered], ready)
                delivered += 1
            }
        }
        while delivered < inputs.count {
            deliver(inputs[delivered], results.take(delivered, waiting: true)!)
            delivered += 1
        }
        group.wait()
    }
}

/// Results of checks finished in any order, taken in order.
private final class OrderedResults: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Result<CheckResult, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<CheckResult, any Error>) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Result `index`, removed from the store; nil when it is not ready and `waiting` is false.
    func take(_ index: Int, waiting: Bool) -> Result<CheckResult, any Error>? {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil {
            guard waiting else { return nil }
            condition.wait()
        }
        defer { results[index] = nil }
        return results[index]
    }
}
