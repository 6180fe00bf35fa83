import AuditEvidence
import Foundation

/// Reads one document into what the check needs from it: in this process (`DocumentProcessor`)
/// or in a worker process (`DocumentWorkerPool`), the callers cannot tell which.
///
/// Called from several threads at once, one document per call.
protocol DocumentReadingService: Sendable {
    /// The document's reading; time entries and pay lines past a part's size go to `part` first,
    /// in order (see `DocumentProcessor.process`). `sha256` is the digest of `bytes` when known.
    func process(path: String, bytes: Data, sha256: String?, part: (EvidenceModel) -> Void) -> (reading: DocumentReading, fromCache: Bool)
}

extension DocumentProcessor: DocumentReadingService {}
