import AuditCore
import Testing

@Suite("Compact binary forms of the report types")
struct CompactFormsTests {
    func roundTrip<T: CompactCodable>(_ value: T) throws -> T {
        let writer = CompactBinaryWriter()
        writer.write(value)
        let reader = CompactBinaryReader(bytes: writer.bytes)
        let decoded = try reader.read(T.self)
        #expect(reader.isAtEnd, "\(T.self) left bytes unread")
        return decoded
    }

    func bytes<T: CompactCodable>(_ value: T) -> [UInt8] {
        let writer = CompactBinaryWriter()
        writer.write(value)
        return writer.bytes
    }

    let box = BoundingBox(x0: -0.5, y0: 12, x1: 1e300, y1: .leastNonzeroMagnitude)

    var finding: Finding {
        Finding(rule: "china-labor-law/overtime-monthly", category: .overtimePay, severity: .error, message: "加班 52 h > 36 h",
                employeeId: "E007", documentType: .timesheet, period: "2026-07",
                evidence: [Evidence(path: "a/考勤.pdf", page: 3, text: "52", bbox: box), Evidence(path: "b.xlsx", row: 9, sheet: "七月", cell: "D9")],
                limit: "36 h/month", actual: "52 h", clause: "Labour Law Art. 41", action: "Cut overtime",
                accepted: Acceptance(by: "Li Na", reason: "waiver"))
    }

    @Test("Evidence comes back equal with every combination of its optional fields present or absent")
    func evidenceCombinations() throws {
        for mask in 0..<128 {
            func has(_ bit: Int) -> Bool { mask & (1 << bit) != 0 }
            let evidence = Evidence(path: "工资/七月.xlsx", page: has(0) ? 0 : nil, text: has(1) ? "" : nil, bbox: has(2) ? box : nil,
                                    row: has(3) ? -1 : nil, sheet: has(4) ? "Sheet 1" : nil, cell: has(5) ? "AA10" : nil,
                                    confidence: has(6) ? 0.0 : nil)
            #expect(try roundTrip(evidence) == evidence, "fields \(mask)")
        }
    }

    @Test("A finding with every field set, and one with none of its optional fields, come back equal")
    func findings() throws {
        #expect(try roundTrip(finding) == finding)
        let bare = Finding(rule: "r", category: .intake, severity: .info, message: "", evidence: [])
        #expect(try roundTrip(bare) == bare)
    }

    @Test("A report with documents, findings, summary, accepted baseline entries and notes comes back equal")
    func report() throws {
        var report = AuditReport(input: "/tmp/供应商.zip", asOf: CivilDate(year: 2026, month: 12, day: 31)!, ruleset: "china-labor-law,rba",
                                 documents: [DocumentRecord(path: "a.pdf", sha256: "ab", type: .payroll, pages: 2, text: .ocr, status: .ok,
                                                            reason: "scan", chineseReason: "扫描件", ocrConfidence: 0.875),
                                             DocumentRecord(path: "../x", status: .rejected)],
                                 findings: [finding, finding])
        report.baselineFixed = [BaselineEntry(rule: "r", employeeId: "E1", documentType: .roster, period: "2026-W05", acceptedBy: "me", reason: "ok")]
        report.notes = ["minimum wage not checked: unknown region"]
        #expect(try roundTrip(report) == report)
        report.baselineFixed = nil
        report.notes = nil
        #expect(try roundTrip(report) == report)
    }

    @Test("An extracted document with pages of words, a page that could not be read and sheets of cells comes back equal")
    func extractedDocument() throws {
        let grid = GridSource(path: "工资.xlsx", sheet: "七月")
        let document = ExtractedDocument(
            path: "工资.xlsx", textSource: .spreadsheet,
            pages: [ExtractedPage(number: 1, width: 595.25, height: 842, words: [Word(text: "工资", box: box), Word(text: "8", box: box, confidence: 0.25)]),
                    ExtractedPage(number: 2, width: 595, height: 842, words: [], problem: "could not be read")],
            sheets: [SheetTable(name: "七月", rows: [[Cell(text: "E001", source: grid, row: 2, column: 0),
                                                      Cell(text: "", evidence: Evidence(path: "x", row: 2))], []]),
                     SheetTable(rows: [])])
        #expect(try roundTrip(document) == document)
        #expect(try roundTrip(document).sheets[0].rows[0][0].evidence.cell == "A2")
        #expect(throws: DecodingError.self) { try CompactBinaryReader(bytes: bytes("scanned")).read(TextSource.self) }
    }

    @Test("Cut-short bytes, unknown enumeration values and impossible dates throw instead of trapping")
    func corruption() throws {
        let encoded = bytes(finding)
        for length in [0, 1, encoded.count / 3, encoded.count / 2, encoded.count - 1] {
            #expect(throws: DecodingError.self) { try CompactBinaryReader(bytes: Array(encoded.prefix(length))).read(Finding.self) }
        }
        #expect(throws: DecodingError.self) { try CompactBinaryReader(bytes: bytes("not-a-severity")).read(Severity.self) }
        #expect(throws: DecodingError.self) { try CompactBinaryReader(bytes: bytes([2026, 2, 30])).read(CivilDate.self) }
        #expect(throws: DecodingError.self) { try CompactBinaryReader(bytes: [0xff, 0xff, 0xff, 0x7f]).read([Finding].self) }
    }

    /// The number of stored properties each hand-written form covers; a type that gains one must
    /// add it to its compact form (Sources/AuditCore/CompactCoreForms.swift), then here.
    @Test("Every stored property of the report types is in their compact forms")
    func coverage() throws {
        let report = AuditReport(input: "", asOf: CivilDate(year: 2026, month: 1, day: 1)!, ruleset: "", documents: [], findings: [])
        let counts: [(Any, Int)] = [
            (finding, 13), (DocumentRecord(path: "", status: .ok), 9), (report, 9), (report.summary, 2),
            (BaselineEntry(rule: "", acceptedBy: "", reason: ""), 6), (Acceptance(by: "", reason: ""), 2), (box, 4),
            (CivilDate(year: 2026, month: 1, day: 1)!, 3), (YearMonth(year: 2026, month: 1)!, 2), (Located(1, at: Evidence(path: "")), 2),
            (Word(text: "", box: box), 3), (ExtractedPage(number: 1, width: 0, height: 0, words: []), 5),
            (Cell(text: "", evidence: Evidence(path: "")), 2), (SheetTable(rows: []), 2), (ExtractedDocument(path: "", textSource: .none), 4),
        ]
        for (value, count) in counts {
            #expect(Mirror(reflecting: value).children.count == count, "\(type(of: value)) has a property its compact form may not write")
        }
    }
}
