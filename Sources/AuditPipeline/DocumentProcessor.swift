import AuditCache
import AuditClassification
import AuditCore
import AuditEvidence
import AuditExtraction
import Crypto
import Foundation

/// Takes one document's bytes through extraction, classification and field reading.
struct DocumentProcessor: Sendable {
    var router: ExtractionRouter
    var cache: ExtractionCache?
    var cacheSalt: String = ""
    var classifier = DocumentClassifier()
    var reader: EvidenceReader

    /// The report's record of the document and what it contributed to the evidence.
    func process(path: String, bytes: Data) -> (record: DocumentRecord, evidence: EvidenceModel) {
        let inspection = inspect(path: path, bytes: bytes, keepLines: false)
        return (inspection.record, inspection.evidence)
    }

    /// Everything learnt about one document, tables included.
    func inspect(path: String, bytes: Data, keepLines: Bool = true) -> DocumentInspection {
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let outcome = extract(path: path, bytes: bytes, sha256: digest)
        var record = DocumentRecord(path: path, sha256: digest, pages: outcome.pageCount,
                                    text: outcome.document?.textSource ?? TextSource.none,
                                    status: outcome.status, reason: outcome.reason, ocrConfidence: outcome.ocrConfidence)
        guard outcome.status == .ok, let document = outcome.document else {
            return DocumentInspection(record: record, tables: [], evidence: EvidenceModel(), lines: [])
        }
        let tables = TableDetector.tables(in: document)
        record.type = classifier.classify(document, tables: tables)
        if record.type == .unknown {
            record.reason = [record.reason, "its content did not match any evidence type this version knows, so no rule used it"]
                .compactMap { $0 }.joined(separator: "; ")
        }
        return DocumentInspection(record: record, tables: tables, evidence: reader.read(document, type: record.type, tables: tables),
                                  lines: keepLines ? document.pages.flatMap(LineBuilder.lines(of:)) : [])
    }
}

extension DocumentProcessor {
    /// The extraction outcome from the cache when this content was read before by the same
    /// extractor; otherwise extracted now and stored. Outcomes keep their path out of the key, so
    /// the same file under another name is a hit, given back under its new name.
    func extract(path: String, bytes: Data, sha256: String) -> ExtractionOutcome {
        let identity = router.cacheIdentity + "|" + cacheSalt
        if let cache, var cached = cache.outcome(sha256: sha256, extractor: identity) {
            cached.document = cached.document?.relocated(to: path)
            return cached
        }
        let outcome = router.extract(ExtractionInput(path: path, bytes: bytes))
        cache?.store(outcome, sha256: sha256, extractor: identity)
        return outcome
    }
}

/// What the pipeline made of one document: its record, the tables found, and the evidence read.
public struct DocumentInspection: Sendable {
    public var record: DocumentRecord
    public var tables: [DetectedTable]
    public var evidence: EvidenceModel
    /// The printed lines rebuilt from word positions, for showing the layout.
    public var lines: [TextLine]
}
