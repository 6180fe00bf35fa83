import AuditCore
import AuditEvidence
@testable import AuditPipeline
import Testing

@Suite("Compact form of a document's reading")
struct DocumentReadingFormTests {
    let evidence = Evidence(path: "考勤.pdf", page: 1, text: "8", bbox: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4))

    var reading: DocumentReading {
        var facts = DocumentFacts(path: "考勤.pdf", type: .timesheet)
        facts.payPeriod = Located(YearMonth(year: 2026, month: 7)!, at: evidence)
        let entry = TimeEntry(employeeId: Located("E001", at: evidence), date: Located(CivilDate(year: 2026, month: 7, day: 3)!, at: evidence),
                              hours: Located(8, at: evidence))
        return DocumentReading(record: DocumentRecord(path: "考勤.pdf", sha256: "ab", type: .timesheet, pages: 1, text: .ocr, status: .ok,
                                                      reason: "scan", chineseReason: "扫描件", ocrConfidence: 0.5),
                               evidence: EvidenceModel(documents: [facts], timeEntries: [entry]), parts: 2,
                               rowShortfall: ReasonText(en: "read 1 of 3 rows", zh: "读取 3 行中的 1 行"))
    }

    @Test("A reading with its record, evidence, parts and row shortfall comes back equal, and one cut short throws")
    func roundTrip() throws {
        let original = reading
        let bytes = original.compactBytes()
        let decoded = try DocumentReading(compactBytes: bytes)
        #expect(decoded.record == original.record)
        #expect(decoded.evidence == original.evidence)
        #expect(decoded.parts == 2)
        #expect(decoded.rowShortfall == original.rowShortfall)
        #expect(throws: DecodingError.self) { try DocumentReading(compactBytes: Array(bytes.dropLast())) }
        #expect(throws: DecodingError.self) { try DocumentReading(compactBytes: bytes + [0]) }
        #expect(throws: DecodingError.self) { try EvidenceModel(compactBytes: bytes) }
    }

    /// A property added to `DocumentReading` must be added to its compact form (in DocumentProcessor.swift), then here.
    @Test("Every stored property of a reading is in its compact form")
    func coverage() {
        #expect(Mirror(reflecting: reading).children.count == 4)
    }
}
