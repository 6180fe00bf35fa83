import AuditCache
import AuditClassification
import AuditCore
import AuditEvidence
import AuditExtraction
import AuditLayout
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

    /// Time entries and pay lines one part of a document's reading holds (see `process`).
    var rowsPerPart = Int.max

    /// The report's record of the document and what it contributed to the evidence; a document
    /// of more than `rowsPerPart` time entries or pay lines hands them to `part` as they are read,
    /// `rowsPerPart` at a time, and the returned reading has the rest (see `EvidenceReader.read`).
    ///
    /// With a cache, a document read before (same content, same path, same reading settings)
    /// is not extracted nor read again: its parts are read back from the cache one at a time.
    /// `sha256` is the digest of `bytes` when the caller knows it.
    func process(path: String, bytes: Data, sha256: String? = nil,
                 part: (EvidenceModel) -> Void = { _ in }) -> (reading: DocumentReading, fromCache: Bool) {
        let digest = sha256 ?? Self.sha256(bytes)
        let variant = readingVariant(path: path)
        var delivered = 0
        if let cache, let reading = cache.value(DocumentReading.self, kind: .reading, sha256: digest, variant: variant) {
            while delivered < reading.parts,
                  let stored = cache.value(EvidenceModel.self, kind: .readingPart, sha256: digest, variant: Self.partVariant(variant, delivered)) {
                part(stored)
                delivered += 1
            }
            if delivered == reading.parts { return (reading, true) }
        }
        // Reading is deterministic: parts already handed on from the cache are read again and skipped.
        let skipped = delivered
        var parts = 0
        let inspection = inspect(path: path, bytes: bytes, sha256: digest, keepLines: false, rowsPerPart: rowsPerPart) { model in
            cache?.store(model, kind: .readingPart, sha256: digest, variant: Self.partVariant(variant, parts))
            if parts >= skipped { part(model) }
            parts += 1
        }
        let reading = DocumentReading(record: inspection.record, evidence: inspection.evidence, parts: parts,
                                      rowShortfall: inspection.rowShortfall)
        cache?.store(reading, kind: .reading, sha256: digest, variant: variant)
        return (reading, false)
    }

    /// The cache variant of part `index` of a reading (of kind `readingPart`).
    static func partVariant(_ variant: String, _ index: Int) -> String {
        "\(index)|" + variant
    }

    /// The version of the reading stages and their settings, with the path: evidence names its file.
    func readingVariant(path: String) -> String {
        settingsVariant + "|\(rowsPerPart)|" + path
    }

    /// The version of the extraction and reading stages and their settings.
    var settingsVariant: String {
        [extractionVariant, Self.readingFormatVersion, "\(reader.configuration)"].joined(separator: "|")
    }

    /// The version of what classification and reading produce, for caches shared by programs
    /// that do not key their entries by build; bump it whenever either changes its output.
    static let readingFormatVersion = "reading/22"

    private var extractionVariant: String { router.cacheIdentity + "|" + cacheSalt }

    static func sha256(_ bytes: Data) -> String {
        InputFingerprint.hex(SHA256.hash(data: bytes))
    }

    /// Everything learnt about one document, tables included, all of its rows in the evidence.
    func inspect(path: String, bytes: Data) -> DocumentInspection {
        inspect(path: path, bytes: bytes, sha256: Self.sha256(bytes), keepLines: true, rowsPerPart: .max) { _ in }
    }

    /// Everything learnt about one document; time entries and pay lines past `rowsPerPart` go to
    /// `part` instead of the returned evidence.
    private func inspect(path: String, bytes: Data, sha256 digest: String, keepLines: Bool, rowsPerPart: Int,
                         part: (EvidenceModel) -> Void) -> DocumentInspection {
        let outcome = extract(path: path, bytes: bytes, sha256: digest)
        var record = DocumentRecord(path: path, sha256: digest, pages: outcome.pageCount,
                                    text: outcome.document?.textSource ?? TextSource.none,
                                    status: outcome.status, reason: outcome.reason, chineseReason: outcome.chineseReason,
                                    ocrConfidence: outcome.ocrConfidence)
        guard outcome.status == .ok, let document = outcome.document else {
            return DocumentInspection(record: record, tables: [], evidence: EvidenceModel(), lines: [], rowShortfall: nil)
        }
        // The document's lines are built here once, for the table detector, classifier and reader.
        let layout = DocumentLayout(document)
        let tables = TableDetector.tables(in: layout)
        record.type = classifier.classify(layout, tables: tables)
        if record.type == .unknown {
            record.reasonText = ReasonText.joined([record.reasonText, PipelineReason.unknownType()])
        }
        var coverage = RowCoverage()
        let evidence = reader.read(layout, type: record.type, tables: tables, coverage: &coverage, rowsPerPart: rowsPerPart, emit: part)
        let shortfall = coverage.shortfallInBothLanguages(of: record.type)
        if let shortfall {
            record.reasonText = ReasonText.joined([record.reasonText, ReasonText(en: shortfall.en, zh: shortfall.zh)])
        }
        return DocumentInspection(record: record, tables: tables, evidence: evidence,
                                  lines: keepLines ? layout.lines : [], rowShortfall: shortfall)
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
    /// Why a roster, timesheet or payroll gave fewer rows than it visibly holds
    /// ("read 0 of 75 rows of this timesheet: …"), nil when it gave them all.
    public var rowShortfall: ReasonText?
}

/// What one document contributed to a check: its record for the report and the evidence read
/// after its last part.
public struct DocumentReading: Sendable, Codable {
    public var record: DocumentRecord
    public var evidence: EvidenceModel
    /// How many parts of time entries and pay lines were handed on before this reading.
    public var parts: Int
    /// Why the document gave fewer rows than it visibly holds (see `DocumentInspection`).
    public var rowShortfall: ReasonText?
}

extension DocumentReading: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(record: try reader.read(), evidence: try reader.read(), parts: try reader.read(), rowShortfall: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(record)
        writer.write(evidence)
        writer.write(parts)
        writer.write(rowShortfall)
    }
}
