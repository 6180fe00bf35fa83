import AuditCore
import AuditEvidence
import AuditRules
import Foundation

extension AuditPipeline {
    /// Checks each of `inputs` on its own, as `check` (or `checkWithWeeklyHours`, with `weeklyHours`) would, two or
    /// more at a time, and hands each result to `deliver` in the order of `inputs`.
    ///
    /// The checks share one reader of documents (one pool of `configuration.workers` worker
    /// processes), so the cores stay busy across inputs: while one check judges its evidence or
    /// waits for a slow scan, another reads its documents. An input that cannot be opened is
    /// delivered as its error; the others are checked as usual.
    public func checkEach(_ inputs: [String], packs: [RulePack], asOf: CivilDate, region: String? = nil, products: [String] = [],
                          language: ReportLanguage = .en,
                          weeklyHours: Bool = false, progress: @escaping @Sendable (String, PipelineProgress) -> Void = { _, _ in },
                          deliver: (String, Result<CheckResult, any Error>) -> Void) {
        let shared = {
            var shared = self
            shared.sharedReader = makeReadingService()
            return shared
        }()
        let results = ResultsInOrder<Result<CheckResult, any Error>>()
        let width = max(1, min(configuration.workers, inputs.count))
        // Each check runs on a thread of its own: its intake walks the input there, and waits
        // for its documents' stage (see `read`). The group that starts them runs on an executor
        // of its own, as the stage does, while this thread hands on their results.
        let executor = CheckExecutor(name: "auditready.inputs")
        let checks = Task(executorPreference: executor) {
            await withTaskGroup(of: Void.self) { group in
                for (index, input) in inputs.enumerated() {
                    if index >= width { await group.next() }
                    group.addTask {
                        let result = await OwnThread.run("auditready.check") {
                            Result<CheckResult, any Error> {
                                if weeklyHours {
                                    return try shared.checkWithWeeklyHours(input, packs: packs, asOf: asOf, region: region, products: products,
                                                          language: language) { progress(input, $0) }
                                }
                                let report = try shared.check(input, packs: packs, asOf: asOf, region: region, products: products,
                                                              language: language) { progress(input, $0) }
                                return CheckResult(report: report, evidence: EvidenceModel())
                            }
                        }
                        results.put(result, at: index)
                    }
                }
            }
            await shared.sharedReader?.close()
        }
        // Hand on each result as soon as every earlier one is, so reports do not wait in memory longer than needed.
        for (index, input) in inputs.enumerated() {
            deliver(input, results.take(index))
        }
        executor.value(of: checks)
    }
}
