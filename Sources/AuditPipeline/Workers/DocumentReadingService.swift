import AuditEvidence
import Foundation

/// Reads one document into what the check needs from it: in this process (`InProcessReading`)
/// or in a worker process (`DocumentWorkerPool`), the callers cannot tell which.
///
/// Called from several tasks at once, one document per call; the calling task is suspended, never
/// blocked, while the document is read.
protocol DocumentReadingService: Sendable {
    /// The document's reading; time entries and pay lines past a part's size go to `part` first,
    /// in order (see `DocumentProcessor.process`), and the reading waits while `part` does.
    /// `sha256` is the digest of `bytes` when known.
    func read(path: String, bytes: Data, sha256: String?,
              part: (EvidenceModel) async -> Void) async -> (reading: DocumentReading, fromCache: Bool)

    /// Ends what the reader keeps between documents (worker processes) and waits for it, so none
    /// outlives the check; the reader is not used after.
    func close() async
}
