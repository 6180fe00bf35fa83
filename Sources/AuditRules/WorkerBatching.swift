import AuditCore
import AuditEvidence

/// Splits a large input's workers into batches that are judged one after another.
///
/// A worker belongs to one batch, chosen from their normalised id, so their roster lines, time
/// entries and pay lines always meet in the same batch, whatever document they came from. The
/// choice is the same in every run and on every machine.
public struct WorkerBatching: Sendable, Equatable {
    /// How many batches there are (1...`buckets`).
    public let count: Int

    public init(count: Int) {
        self.count = min(max(1, count), Self.buckets)
    }

    /// The batching that keeps about `entriesPerBatch` rows in each batch of `entryCount` rows
    /// (more past `buckets` batches).
    public init(entryCount: Int, entriesPerBatch: Int) {
        let perBatch = max(1, entriesPerBatch)
        self.init(count: (entryCount + perBatch - 1) / perBatch)
    }

    /// The batch of the worker with this id (0..<count).
    public func batch(of employeeId: String) -> Int {
        batch(of: EmployeeKey(employeeId))
    }

    /// Buckets a worker's rows can be filed under before the number of batches is known; batch
    /// `i` is the buckets `b` with `b % count == i`.
    public static let buckets = 256

    /// The batch of the worker with this key (0..<count).
    public func batch(of key: EmployeeKey) -> Int {
        count > 1 ? Self.bucket(of: key) % count : 0
    }

    /// The bucket of the worker with this key (0..<buckets): FNV-1a of the key, so stable run to run.
    public static func bucket(of key: EmployeeKey) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.value.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return Int(hash % UInt64(buckets))
    }

    /// The roster lines of `whole` sorted into batches once, to make each batch's evidence.
    public func parts(of whole: EvidenceModel) -> BatchParts {
        var employees = Array(repeating: [Int](), count: count)
        for (position, employee) in whole.employees.enumerated() { employees[batch(of: employee.id.value)].append(position) }
        var summaries = Array(repeating: [Int](), count: count)
        for (position, summary) in whole.attendanceSummaries.enumerated() { summaries[batch(of: summary.employeeId.value)].append(position) }
        return BatchParts(whole: whole, employees: employees, summaries: summaries)
    }

    /// The contexts of every batch of `evidence`, held in memory (for tests and small inputs),
    /// and the whole input's context without time entries and pay lines.
    public func contexts(of evidence: EvidenceModel, asOf: CivilDate, region: String? = nil, products: [String] = [],
                         reference: ReferenceData = ReferenceData()) -> (whole: RuleContext, batches: [RuleContext]) {
        let overview = InputOverview(evidence)
        var wholeEvidence = evidence
        wholeEvidence.timeEntries = []
        wholeEvidence.payLines = []
        let whole = RuleContext(evidence: wholeEvidence, asOf: asOf, region: region, products: products, reference: reference, overview: overview)
        let entries = Dictionary(grouping: evidence.timeEntries) { batch(of: $0.employeeId.value) }
        let lines = Dictionary(grouping: evidence.payLines) { batch(of: $0.employeeId.value) }
        let parts = parts(of: wholeEvidence)
        let batches = (0..<count).map { index in
            RuleContext(evidence: parts.evidence(of: index, timeEntries: entries[index] ?? [], payLines: lines[index] ?? []),
                        asOf: asOf, region: region, products: products, reference: reference, overview: overview)
        }
        return (whole, batches)
    }
}

/// Which roster lines and attendance summaries of an input belong to each batch of workers.
public struct BatchParts: Sendable {
    let whole: EvidenceModel
    let employees: [[Int]]
    let summaries: [[Int]]

    /// The evidence of batch `index`: the documents, its workers' roster lines and attendance
    /// summaries, and the time entries and pay lines the caller has already chosen for the batch.
    public func evidence(of index: Int, timeEntries: [TimeEntry], payLines: [PayLine]) -> EvidenceModel {
        EvidenceModel(documents: whole.documents, employees: employees[index].map { whole.employees[$0] },
                      timeEntries: timeEntries, payLines: payLines,
                      attendanceSummaries: summaries[index].map { whole.attendanceSummaries[$0] })
    }
}
