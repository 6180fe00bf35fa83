import AuditCore
import AuditEvidence
import AuditIntake
import Dispatch
import Foundation

/// Runs the per-document stages (extraction, classification, fields) on several documents at
/// once while intake streams the archive, handing results on in archive order.
///
/// At most `workers` documents are in flight: intake waits for a free worker before it reads the
/// next entry, so memory stays bounded by a few documents however large the archive is. Each
/// result goes to `deliver` as soon as every earlier one has; results that finished early wait
/// for a slow one before them (a scan), but never more than `pendingPerWorker` per worker.
///
/// A document long enough to be read in parts (see `DocumentProcessor.process`) hands each part
/// on as soon as every earlier entry has been delivered: its worker waits for that rather than
/// holding the parts, so a year of attendance in one file never waits whole in memory.
final class ConcurrentDocumentStage: @unchecked Sendable {
    /// One entry's result, in the order intake met it.
    enum Outcome: Sendable {
        /// Time entries and pay lines of a document still being read, with the problems met so far.
        case part(EvidenceModel)
        /// The document's record, the rest of what it contributed, and why it gave fewer rows
        /// than it holds, if it did.
        case read(DocumentRecord, EvidenceModel, rowShortfall: String?)
        case refused(DocumentRecord)
        /// An entry whose bytes are those of an earlier entry, which is read in its stead.
        case copy(DocumentRecord, of: String)
    }

    private let processor: any DocumentReadingService
    private let deliver: (Outcome) -> Void
    private let slots: DispatchSemaphore
    /// Entries submitted and not yet delivered: in flight or waiting for an earlier one.
    private let window: DispatchSemaphore
    /// Results per worker that may wait for an earlier, slower document.
    static let pendingPerWorker = 16
    private let group = DispatchGroup()
    private let queue = DispatchQueue(label: "auditready.documents", attributes: .concurrent)
    /// Guards everything below, serialises calls to `deliver`, and wakes parts waiting for their turn.
    private let lock = NSCondition()
    private var waiting: [Int: Outcome] = [:]
    private var nextToDeliver = 0
    private var next = 0
    private var delivered = 0
    private var cached = 0

    /// `deliver` is called once per submitted entry, after the entry's parts if it has any, in
    /// submission order, never two at a time.
    init(processor: any DocumentReadingService, workers: Int, deliver: @escaping (Outcome) -> Void) {
        self.processor = processor
        self.deliver = deliver
        slots = DispatchSemaphore(value: max(1, workers))
        window = DispatchSemaphore(value: max(1, workers) * Self.pendingPerWorker)
    }

    /// Hands one intake item to a worker; blocks while every worker is busy, or while too many
    /// results wait for an earlier document. `sha256` is the digest of a file's bytes when known.
    func submit(_ item: IntakeItem, sha256: String? = nil) {
        window.wait()
        let index = next
        next += 1
        switch item {
        case let .refused(path, status, reason):
            finished(.refused(DocumentRecord(path: path, status: status, reason: reason)), at: index, fromCache: false)
        case let .file(path, bytes):
            slots.wait()
            queue.async(group: group) { [self] in
                let result = processor.process(path: path, bytes: bytes, sha256: sha256) { deliverPart($0, of: index) }
                finished(.read(result.reading.record, result.reading.evidence, rowShortfall: result.reading.rowShortfall), at: index, fromCache: result.fromCache)
                slots.signal()
            }
        }
    }

    /// Lists an entry whose bytes (digest `sha256`) are those of the earlier entry `original`,
    /// without reading it: its content is judged once, as `original`.
    func submitCopy(path: String, sha256: String, of original: String) {
        window.wait()
        let index = next
        next += 1
        let record = DocumentRecord(path: path, sha256: sha256, status: .skipped,
                                    reason: "an identical copy of \(original) (the same bytes): its content is read and judged once, as \(original)")
        finished(.copy(record, of: original), at: index, fromCache: false)
    }

    /// Waits until every submitted entry has been delivered.
    func finish() {
        group.wait()
    }

    /// Entries delivered so far.
    var finishedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return delivered
    }

    /// Documents whose reading came from the result cache.
    var cachedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return cached
    }

    private func finished(_ outcome: Outcome, at index: Int, fromCache: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if fromCache { cached += 1 }
        waiting[index] = outcome
        while let ready = waiting.removeValue(forKey: nextToDeliver) {
            deliver(ready)
            nextToDeliver += 1
            delivered += 1
            window.signal()
        }
        lock.broadcast()
    }

    /// Delivers a part of entry `index` once every earlier entry has been delivered.
    private func deliverPart(_ part: EvidenceModel, of index: Int) {
        lock.lock()
        defer { lock.unlock() }
        while nextToDeliver != index { lock.wait() }
        deliver(.part(part))
    }
}
