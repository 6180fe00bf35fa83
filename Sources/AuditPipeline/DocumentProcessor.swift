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
    var cache: ResultCache?
    /// Added to every cache key: settings that change results without changing the code (OCR languages).
    var cacheSalt: String = ""
    var classifier = DocumentClassifier()
    var reader: EvidenceReader

    /// The report's record of the document and what it contributed to the evidence.
    ///
    /// With a cache, a document read before (same content, same path, same reading settings)
    /// is not extracted nor read again.
    func process(path: String, bytes: Data) -> (reading: DocumentReading, fromCache: Bool) {
        let digest = Self.sha256(bytes)
        let variant = readingVariant(path: path)
        if let cache, let reading = cache.value(DocumentReading.self, kind: .reading, sha256: digest, variant: variant) {
            return (reading, true)
        }
        let inspection = inspect(path: path, bytes: bytes, sha256: digest, keepLines: false)
        let reading = DocumentReading(record: inspection.record, evidence: inspection.evidence)
        cache?.store(reading, kind: .reading, sha256: digest, variant: variant)
        return (reading, false)
    }

    /// The version of the reading stages and their settings, with the path: evidence names its file.
    private func readingVariant(path: String) -> String {
        settingsVariant + "|" + path
    }

    /// The version of the extraction and reading stages and their settings.
    var settingsVariant: String {
        [extractionVariant, Self.readingFormatVersion, "\(reader.configuration)"].joined(separator: "|")
    }

    /// The version of what classification and reading produce, for caches shared by programs
    /// that do not key their entries by build; bump it whenever either changes its output.
    static let readingFormatVersion = "reading/1"

    private var extractionVariant: String { router.cacheIdentity + "|" + cacheSalt }

    static func sha256(_ bytes: Data) -> String {
        InputFingerprint.hex(SHA256.hash(data: bytes))
    }

    /// Everything learnt about one document, tables included.
    func inspect(path: String, bytes: Data, sha256 digest: String? = nil, keepLines: Bool = true) -> DocumentInspection {
        let digest = digest ?? Self.sha256(bytes)
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
        if let cache, var cached = cache.outcome(sha256: sha256, extractor: extractionVariant) {
            cached.document = cached.document?.relocated(to: path)
            return cached
        }
        let outcome = router.extract(ExtractionInput(path: path, bytes: bytes))
        if Self.worthCaching(outcome) { cache?.store(outcome, sha256: sha256, extractor: extractionVariant) }
        return outcome
    }

    /// Whether keeping an extraction saves more than it costs: OCR'd pages take seconds each to
    /// read again, while a text layer, CSV or workbook is extracted faster than its stored form
    /// is written and read back (the document's reading is cached in any case).
    static func worthCaching(_ outcome: ExtractionOutcome) -> Bool {
        switch outcome.document?.textSource {
        case .ocr?, .mixed?: return true
        default: return false
        }
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

/// What one document contributed to a check: its record for the report and the evidence read.
public struct DocumentReading: Sendable, Codable {
    public var record: DocumentRecord
    public var evidence: EvidenceModel
}

extension DocumentReading: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(record: try reader.read(), evidence: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(record)
        writer.write(evidence)
    }
}
