import AuditCore
import AuditEvidence
import AuditIntake
import Dispatch
import Foundation

/// Runs the per-document stages (extraction, classification, fields) on several documents at
/// once while intake streams the archive, keeping results in archive order.
///
/// At most `workers` documents are in flight: intake waits for a free worker before it reads the
/// next entry, so memory stays bounded by a few documents however large the archive is.
final class ConcurrentDocumentStage: @unchecked Sendable {
    /// One entry's result, in the order intake met it.
    enum Outcome: Sendable {
        case read(DocumentRecord, EvidenceModel)
        case refused(DocumentRecord)
    }

    private let processor: DocumentProcessor
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()
    private let queue = DispatchQueue(label: "auditready.documents", attributes: .concurrent)
    private let lock = NSLock()
    private var outcomes: [Int: Outcome] = [:]
    private var next = 0

    init(processor: DocumentProcessor, workers: Int) {
        self.processor = processor
        slots = DispatchSemaphore(value: max(1, workers))
    }

    /// Hands one intake item to a worker; blocks while every worker is busy.
    func submit(_ item: IntakeItem) {
        let index = next
        next += 1
        switch item {
        case let .refused(path, status, reason):
            store(.refused(DocumentRecord(path: path, status: status, reason: reason)), at: index)
        case let .file(path, bytes):
            slots.wait()
            queue.async(group: group) { [self] in
                let result = processor.process(path: path, bytes: bytes)
                store(.read(result.record, result.evidence), at: index)
                slots.signal()
            }
        }
    }

    /// Waits for every submitted document and returns the outcomes in submission order.
    func finish() -> [Outcome] {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        return outcomes.keys.sorted().map { outcomes[$0]! }
    }

    /// Documents finished so far.
    var finishedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return outcomes.count
    }

    private func store(_ outcome: Outcome, at index: Int) {
        lock.lock()
        outcomes[index] = outcome
        lock.unlock()
    }
}
