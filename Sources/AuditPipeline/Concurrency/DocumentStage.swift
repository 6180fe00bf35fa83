import AuditCore
import AuditEvidence
import AuditIntake
import Foundation

/// Runs the per-document stages (extraction, classification, fields) on several documents at
/// once while intake streams the archive, handing results on in archive order.
///
/// The entries come from intake one at a time (`HandOff`); a task group reads at most `width`
/// documents at once, and asks intake for the next entry only once a reader is free, so memory
/// stays bounded by a few documents however large the archive is. Each result goes to the
/// `ArchiveOrder` as soon as it is ready; one that finished early waits there for a slow one
/// before it (a scan), but intake stops while `pendingPerWorker` per reader wait.
struct DocumentStage: Sendable {
    /// One entry's result, in the order intake met it.
    enum Outcome: Sendable {
        /// Time entries and pay lines of a document still being read, with the problems met so far.
        case part(EvidenceModel)
        /// The document's record, the rest of what it contributed, and why it gave fewer rows
        /// than it holds, if it did.
        case read(DocumentRecord, EvidenceModel, rowShortfall: ReasonText?)
        case refused(DocumentRecord)
        /// An entry whose bytes are those of an earlier entry, which is read in its stead.
        case copy(DocumentRecord, of: String)
    }

    /// What intake hands the stage for each entry.
    enum Entry: Sendable {
        /// A file to read, with the digest of its bytes.
        case file(path: String, bytes: Data, sha256: String)
        /// An entry intake refused or could not read.
        case refused(path: String, status: DocumentStatus, reason: ReasonText)
        /// An entry whose bytes (digest `sha256`) are those of the earlier entry `original`: it is
        /// listed, not read, and its content is judged once, as `original`.
        case copy(path: String, sha256: String, of: String)
    }

    /// Results per reader that may wait for an earlier, slower document.
    static let pendingPerWorker = 16

    let reader: any DocumentReadingService
    /// Documents read at once.
    let width: Int

    init(reader: any DocumentReadingService, workers: Int) {
        self.reader = reader
        width = max(1, workers)
    }

    /// The window of `ArchiveOrder` that goes with this stage.
    var window: Int { width * Self.pendingPerWorker }

    /// Reads every entry of `entries` and hands each result to `order`; returns once all are there.
    ///
    /// The next entry is asked of intake only once `order` has room for it; a file then waits
    /// for a free reader.
    func read(_ entries: HandOff<Entry>, into order: ArchiveOrder<some DocumentOutcomeSink>) async {
        await withTaskGroup(of: Void.self) { group in
            var reading = 0
            var index = 0
            var intake = entries.makeAsyncIterator()
            while true {
                await order.waitForRoom(for: index)
                guard let entry = await intake.next() else { break }
                defer { index += 1 }
                switch entry {
                case let .refused(path, status, reason):
                    await order.finished(.refused(DocumentRecord(path: path, status: status, reasonText: reason)), at: index)
                case let .copy(path, sha256, original):
                    let record = DocumentRecord(path: path, sha256: sha256, status: .skipped,
                                                reasonText: PipelineReason.identicalCopy(["original": original]))
                    await order.finished(.copy(record, of: original), at: index)
                case let .file(path, bytes, sha256):
                    if reading == width {
                        await group.next()
                        reading -= 1
                    }
                    reading += 1
                    group.addTask { [reader, index] in
                        let result = await reader.read(path: path, bytes: bytes, sha256: sha256) { await order.part($0, of: index) }
                        let reading = result.reading
                        await order.finished(.read(reading.record, reading.evidence, rowShortfall: reading.rowShortfall), at: index,
                                             fromCache: result.fromCache)
                    }
                }
            }
        }
    }
}
