import AuditCache
import AuditCore
import AuditEvidence
import AuditExtraction
import Foundation
import Testing

/// The hand-written compact forms of the values the result cache stores (extraction outcomes,
/// evidence models, reports), read back through the one helper the cache and the spill database
/// share (`compactBytes()` / `init(compactBytes:)`).
@Suite("Compact forms of cached values")
struct CachedValueFormsTests {
    func roundTrip<T: CompactCodable>(_ value: T) throws -> T {
        try T(compactBytes: value.compactBytes())
    }

    let evidence = Evidence(path: "工资/2026-07.xlsx", page: 2, text: "¥2,360.00", bbox: BoundingBox(x0: 1.5, y0: 2, x1: 30.25, y1: 12),
                            row: 7, sheet: "七月", cell: "C7", confidence: 0.91)

    /// An OCR outcome: a page of words with boxes and confidences, a page that could not be read,
    /// a page without words, and a workbook's cells, some holding their evidence, some made from their grid.
    var outcome: ExtractionOutcome {
        let grid = GridSource(path: "a.pdf", sheet: "Sheet1")
        let document = ExtractedDocument(
            path: "a.pdf", textSource: .mixed,
            pages: [ExtractedPage(number: 1, width: 595, height: 842.5, words: [
                        Word(text: "工资", box: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4)),
                        Word(text: "-0.0", box: BoundingBox(x0: -1, y0: .greatestFiniteMagnitude, x1: 3, y1: 4), confidence: 0.5),
                        Word(text: "", box: BoundingBox(x0: 0, y0: 0, x1: 0, y1: 0), confidence: 0)]),
                    ExtractedPage(number: 2, width: 595, height: 842, words: [], problem: "blank page"),
                    ExtractedPage(number: 3, width: 0, height: 0, words: [])],
            sheets: [SheetTable(name: "Sheet1", rows: [[Cell(text: "工号", evidence: evidence), Cell(text: "", evidence: Evidence(path: "x"))], [],
                                                       [Cell(text: "E001", source: grid, row: 3, column: 27)]]),
                     SheetTable(rows: [[Cell(text: "a", source: GridSource(path: "b.csv"), row: 1, column: 0)]])])
        return ExtractionOutcome(status: .ok, reason: ReasonText(en: "page 2 was not read", zh: "第 2 页未读取"), pageCount: 3,
                                 document: document, ocrConfidence: 0.875)
    }

    func expectEqual(_ decoded: ExtractionOutcome, _ original: ExtractionOutcome) {
        #expect(decoded.status == original.status)
        #expect(decoded.reason == original.reason)
        #expect(decoded.chineseReason == original.chineseReason)
        #expect(decoded.pageCount == original.pageCount)
        #expect(decoded.document == original.document)
        #expect(decoded.ocrConfidence == original.ocrConfidence)
    }

    @Test("An extraction outcome with OCR pages, words with boxes and confidences, and workbook cells comes back equal")
    func extractionOutcome() throws {
        let original = outcome
        let decoded = try roundTrip(original)
        expectEqual(decoded, original)
        #expect(decoded.document?.pages.first?.words.map(\.confidence) == [nil, 0.5, 0])
        #expect(decoded.document?.sheets.first?.rows.last?.first?.evidence.cell == "AB3")
    }

    @Test("An extraction outcome without document, reason, page count or confidence comes back equal")
    func bareOutcome() throws {
        let original = ExtractionOutcome(status: .skipped)
        expectEqual(try roundTrip(original), original)
        var english = ExtractionOutcome(status: .unreadable, document: ExtractedDocument(path: "", textSource: .none))
        english.reason = "only English"
        expectEqual(try roundTrip(english), english)
    }

    @Test("A report and the cache's plain values come back equal")
    func reportAndPlainValues() throws {
        let finding = Finding(rule: "r", category: .intake, severity: .info, message: "m", evidence: [evidence])
        let report = AuditReport(input: "/tmp/a.zip", asOf: CivilDate(year: 2026, month: 7, day: 31)!, ruleset: "rba",
                                 documents: [DocumentRecord(path: "a.pdf", status: .ok)], findings: [finding])
        #expect(try roundTrip(report) == report)
        #expect(try roundTrip("report 7") == "report 7")
        #expect(try roundTrip(["a reading", ""]) == ["a reading", ""])
    }

    @Test("An evidence model with every kind of located value comes back equal")
    func evidenceModel() throws {
        var facts = DocumentFacts(path: "license.pdf", type: .businessLicense)
        facts.companyName = Located("东莞市某某制衣有限公司", at: evidence)
        facts.validUntil = Located(CivilDate(year: 2027, month: 2, day: 28)!, at: evidence)
        facts.openEnded = evidence
        facts.payPeriod = Located(YearMonth(year: 2026, month: 7)!, at: evidence)
        var employee = Employee(id: Located("E001", at: evidence))
        employee.birthDate = Located(CivilDate(year: 2010, month: 1, day: 1)!, at: Evidence(path: "roster.csv", row: 3))
        var entry = TimeEntry(employeeId: Located("E001", at: evidence), date: Located(CivilDate(year: 2026, month: 7, day: 3)!, at: evidence),
                              hours: Located(11.5, at: evidence))
        entry.clockIn = Located(8 * 60, at: evidence)
        entry.identifiedByName = true
        var pay = PayLine(employeeId: Located("E001", at: evidence), period: Located(YearMonth(year: 2026, month: 7)!, at: evidence))
        pay.gross = Located(-236_000, at: evidence)
        pay.earningsComplete = true
        let model = EvidenceModel(documents: [facts], employees: [employee], timeEntries: [entry, entry], payLines: [pay],
                                  problems: [ReadProblem(evidence: evidence, .ambiguousDate, ["text": "03/07/2026"])])
        #expect(try roundTrip(model) == model)
    }

    @Test("An evidence model with every field of every type set comes back equal")
    func evidenceModelFull() throws {
        var facts = DocumentFacts(path: "license.pdf", type: .businessLicense)
        facts.companyName = Located("东莞市某某制衣有限公司", at: evidence)
        facts.registrationCode = Located("91441900MA4W0XXX0X", at: evidence)
        facts.address = Located("广东省东莞市", at: evidence)
        facts.issueDate = Located(CivilDate(year: 2020, month: 2, day: 29)!, at: evidence)
        facts.validFrom = Located(CivilDate(year: 2020, month: 3, day: 1)!, at: evidence)
        facts.validUntil = Located(CivilDate(year: 2027, month: 2, day: 28)!, at: evidence)
        facts.openEnded = evidence
        facts.payPeriod = Located(YearMonth(year: 2026, month: 7)!, at: evidence)
        facts.scope = Located("服装的生产", at: evidence)
        var certificate = CertificateFacts()
        certificate.standard = Located("ISO 9001:2015", at: evidence)
        certificate.number = Located("00124Q31234R1M", at: evidence)
        certificate.body = Located("中国质量认证中心", at: evidence)
        certificate.accreditations = [Located("CNAS C001-M", at: evidence), Located("IAF", at: evidence)]
        certificate.coveredAddresses = [Located("广东省东莞市长安镇", at: evidence)]
        certificate.auditDate = Located(CivilDate(year: 2025, month: 11, day: 20)!, at: evidence)
        certificate.rating = Located("C", at: evidence)
        certificate.siteId = Located("ZS7654321", at: evidence)
        certificate.auditReference = Located("ZA1122334", at: evidence)
        certificate.level = Located("Gold", at: evidence)
        certificate.calledCertificate = evidence
        facts.certificate = certificate
        var employee = Employee(id: Located("E001", at: evidence))
        employee.name = Located("李雷", at: evidence)
        employee.sex = Located("男", at: evidence)
        employee.birthDate = Located(CivilDate(year: 2010, month: 1, day: 1)!, at: evidence)
        employee.nationalId = Located("11010519491231002X", at: evidence)
        employee.hireDate = Located(CivilDate(year: 2025, month: 1, day: 1)!, at: evidence)
        employee.leaveDate = Located(CivilDate(year: 2026, month: 1, day: 1)!, at: evidence)
        var entry = TimeEntry(employeeId: Located("E001", at: evidence), date: Located(CivilDate(year: 2026, month: 7, day: 3)!, at: evidence),
                              hours: Located(11.5, at: evidence))
        entry.clockIn = Located(8 * 60, at: evidence)
        entry.clockOut = Located(20 * 60 + 30, at: evidence)
        entry.overtimeHours = Located(3.5, at: evidence)
        entry.regularHours = Located(8, at: evidence)
        entry.identifiedByName = true
        entry.workedWithoutHours = true
        var pay = PayLine(employeeId: Located("E001", at: evidence), period: Located(YearMonth(year: 2026, month: 7)!, at: evidence))
        pay.name = Located("李雷", at: evidence)
        pay.baseWage = Located(236_000, at: evidence)
        pay.overtimePay = Located(50_000, at: evidence)
        pay.allowances = Located(1, at: evidence)
        pay.gross = Located(-236_000, at: evidence)
        pay.deductions = Located(0, at: evidence)
        pay.net = Located(Int.max, at: evidence)
        pay.regularHours = Located(174, at: evidence)
        pay.overtimeHours = Located(36.5, at: evidence)
        pay.daysWorked = Located(21.75, at: evidence)
        pay.identifiedByName = true
        pay.earningsComplete = true
        var summary = AttendanceSummary(employeeId: Located("E001", at: evidence), from: Located(CivilDate(year: 2026, month: 7, day: 1)!, at: evidence),
                                        to: Located(CivilDate(year: 2026, month: 7, day: 31)!, at: evidence))
        summary.name = Located("李雷", at: evidence)
        summary.regularHours = Located(151.95, at: evidence)
        summary.overtimeHours = Located(0, at: evidence)
        summary.totalHours = Located(160, at: evidence)
        summary.daysWorked = Located(19, at: evidence)
        summary.identifiedByName = true
        let model = EvidenceModel(documents: [facts], employees: [employee], timeEntries: [entry], payLines: [pay],
                                  problems: [ReadProblem(evidence: evidence, reason: "x", chineseReason: "某")], attendanceSummaries: [summary])
        #expect(try roundTrip(model) == model)
    }

    @Test("Strings repeated across values are stored once")
    func interning() throws {
        let path = "供应商资料/2026年7月/考勤记录/第一车间-考勤表.pdf"
        let many = Array(repeating: Evidence(path: path), count: 1000)
        #expect(many.compactBytes().count < 1000 * 20, "the path is \(path.utf8.count) bytes; stored each time it would take more")
        #expect(try roundTrip(many) == many)
    }

    @Test("Cut-short bytes of every cached type throw instead of trapping or decoding a shorter value")
    func truncated() throws {
        let values: [any CompactCodable] = [outcome, EvidenceModel(documents: [DocumentFacts(path: "a.pdf", type: .roster)]), evidence]
        for value in values {
            let bytes = value.compactBytes()
            for length in 0..<bytes.count {
                #expect(throws: DecodingError.self, "\(type(of: value)) cut to \(length) of \(bytes.count) bytes") {
                    try Self.decode(type(of: value), Array(bytes.prefix(length)))
                }
            }
        }
    }

    @Test("Bytes left over after a value throw")
    func trailingBytes() throws {
        #expect(throws: DecodingError.self) { try ExtractionOutcome(compactBytes: outcome.compactBytes() + [0]) }
        #expect(throws: DecodingError.self) { try Evidence(compactBytes: evidence.compactBytes() + [0]) }
        #expect(throws: DecodingError.self) { try String(compactBytes: "text".compactBytes() + "text".compactBytes()) }
    }

    @Test("A value of one cached type does not decode as another")
    func otherTypes() throws {
        let report = AuditReport(input: "a.zip", asOf: CivilDate(year: 2026, month: 7, day: 31)!, ruleset: "rba", documents: [], findings: [])
        let values: [any CompactCodable] = [outcome, ExtractionOutcome(status: .skipped), EvidenceModel(), report, ["text"], "text", evidence,
                                            Word(text: "工资", box: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4))]
        for (index, value) in values.enumerated() {
            for (other, type) in values.map({ Swift.type(of: $0) }).enumerated()
            where ObjectIdentifier(type) != ObjectIdentifier(Swift.type(of: value)) {
                #expect(throws: DecodingError.self, "a \(Swift.type(of: value)) read as \(type) (\(index), \(other))") {
                    try Self.decode(type, value.compactBytes())
                }
            }
        }
    }

    static func decode(_ type: any CompactCodable.Type, _ bytes: [UInt8]) throws {
        _ = try type.init(compactBytes: bytes)
    }

    @Test("Optional values, nested optionals and lists of optionals keep nil apart from a value")
    func optionals() throws {
        let list: [Double?] = [nil, 0, -1.5]
        #expect(try roundTrip(list) == list)
        let nested: Int?? = .some(nil)
        #expect(try roundTrip(nested) == nested)
        #expect(try roundTrip(Int?.none) == nil)
        #expect(try roundTrip(Int.min) == Int.min)
    }

    /// The number of stored properties each hand-written form covers; a type that gains one must
    /// add it to its compact form (Sources/AuditExtraction/ExtractionOutcome+Compact.swift,
    /// Sources/AuditEvidence/EvidenceModel+Compact.swift), then here.
    @Test("Every stored property of the extraction outcome and the evidence model's types is in their compact forms")
    func coverage() throws {
        let located = Located("E001", at: evidence)
        let day = Located(CivilDate(year: 2026, month: 7, day: 3)!, at: evidence)
        let counts: [(Any, Int)] = [
            (ExtractionOutcome(status: .ok), 6),
            (EvidenceModel(), 6), (DocumentFacts(path: "", type: .roster), 12), (CertificateFacts(), 11), (Employee(id: located), 7),
            (TimeEntry(employeeId: located, date: day, hours: Located(8, at: evidence)), 9),
            (PayLine(employeeId: located, period: Located(YearMonth(year: 2026, month: 7)!, at: evidence)), 14),
            (ReadProblem(evidence: evidence, reason: "", chineseReason: ""), 3),
            (AttendanceSummary(employeeId: located, from: day, to: day), 9),
        ]
        for (value, count) in counts {
            #expect(Mirror(reflecting: value).children.count == count, "\(type(of: value)) has a property its compact form may not write")
        }
    }
}
