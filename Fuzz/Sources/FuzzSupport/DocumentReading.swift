@_exported import AuditClassification
@_exported import AuditCore
@_exported import AuditEvidence
@_exported import AuditExtraction
@_exported import AuditFields
@_exported import AuditLayout
@_exported import Foundation

/// What every harness does with an extracted document: find its tables, classify it, and read
/// it as every type of evidence, the way a check would.
public enum DocumentReading {
    public static func readEveryWay(_ outcome: ExtractionOutcome) {
        guard let document = outcome.document else { return }
        let layout = DocumentLayout(document)
        let tables = TableDetector.tables(in: layout)
        _ = DocumentClassifier().classify(layout, tables: tables)
        let reader = EvidenceReader()
        for type in DocumentType.allCases {
            var coverage = RowCoverage()
            _ = reader.read(layout, type: type, tables: tables, coverage: &coverage, rowsPerPart: 7) { _ in }
            _ = coverage.shortfall(of: type)
        }
    }
}
@_exported import CFuzzDriver
