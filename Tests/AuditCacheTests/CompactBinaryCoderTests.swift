import AuditCache
import AuditCore
import AuditEvidence
import AuditExtraction
import Foundation
import Testing

@Suite("Compact binary coder")
struct CompactBinaryCoderTests {
    func roundTrip<T: Codable>(_ value: T) throws -> T {
        try CompactBinaryDecoder().decode(T.self, from: CompactBinaryEncoder().encode(value))
    }

    let evidence = Evidence(path: "工资/2026-07.xlsx", page: 2, text: "¥2,360.00", bbox: BoundingBox(x0: 1.5, y0: 2, x1: 30.25, y1: 12),
                            row: 7, sheet: "七月", cell: "C7", confidence: 0.91)

    @Test("An extraction outcome with pages, words and workbook cells comes back equal")
    func extractionOutcome() throws {
        let document = ExtractedDocument(
            path: "a.pdf", textSource: .mixed,
            pages: [ExtractedPage(number: 1, width: 595, height: 842, words: [
                        Word(text: "工资", box: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4)),
                        Word(text: "-0.0", box: BoundingBox(x0: -1, y0: .greatestFiniteMagnitude, x1: 3, y1: 4), confidence: 0.5)]),
                    ExtractedPage(number: 2, width: 595, height: 842, words: [], problem: "blank page")],
            sheets: [SheetTable(name: "Sheet1", rows: [[Cell(text: "工号", evidence: evidence), Cell(text: "", evidence: Evidence(path: "x"))], []])])
        let outcome = ExtractionOutcome(status: .ok, reason: nil, pageCount: 2, document: document, ocrConfidence: 0.875)
        let decoded = try roundTrip(outcome)
        #expect(decoded.document == document)
        #expect(decoded.status == .ok && decoded.reason == nil && decoded.pageCount == 2 && decoded.ocrConfidence == 0.875)
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

    /// The number of stored properties each hand-written form covers; a type that gains one must
    /// add it to its compact form (Sources/AuditEvidence/EvidenceModel+Compact.swift), then here.
    @Test("Every stored property of the evidence model's types is in their compact forms")
    func evidenceModelCoverage() throws {
        let located = Located("E001", at: evidence)
        let day = Located(CivilDate(year: 2026, month: 7, day: 3)!, at: evidence)
        let counts: [(Any, Int)] = [
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
        let bytes = try CompactBinaryEncoder().encode(many)
        #expect(bytes.count < 1000 * 20, "the path is \(path.utf8.count) bytes; stored each time it would take more")
        #expect(try roundTrip(many) == many)
    }

    @Test("Cut-short or altered bytes throw instead of trapping or decoding wrong values")
    func corruption() throws {
        let bytes = try CompactBinaryEncoder().encode(evidence)
        for length in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: DecodingError.self) { try CompactBinaryDecoder().decode(Evidence.self, from: Array(bytes.prefix(length))) }
        }
        #expect(throws: DecodingError.self) { try CompactBinaryDecoder().decode(Evidence.self, from: bytes + [0]) }
        #expect(throws: DecodingError.self) { try CompactBinaryDecoder().decode(Word.self, from: bytes) }
    }

    /// Writes `a` then `b`, but reads `b` first.
    struct OutOfOrder: Codable, Equatable {
        var a: String
        var b: String
        enum CodingKeys: String, CodingKey { case a, b }
        init(a: String, b: String) { self.a = a; self.b = b }
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            b = try container.decode(String.self, forKey: .b)
            a = try container.decode(String.self, forKey: .a)
        }
    }

    @Test("A type that reads its keys in another order than it wrote them fails to decode")
    func keyOrder() throws {
        #expect(throws: DecodingError.self) { try roundTrip(OutOfOrder(a: "x", b: "y")) }
    }

    @Test("Keys of the same length and first letter are told apart: a value written under 'width' is not read as 'words'")
    func keysOfTheSameShape() throws {
        struct Written: Codable { var width: Int }
        struct Read: Codable { var words: Int }
        let bytes = try CompactBinaryEncoder().encode(Written(width: 7))
        #expect(throws: DecodingError.self) { try CompactBinaryDecoder().decode(Read.self, from: bytes) }
        #expect(try CompactBinaryDecoder().decode(Written.self, from: bytes).width == 7)
    }

    @Test("Optional values, nested optionals and lists of optionals keep nil apart from a value")
    func optionals() throws {
        struct Holder: Codable, Equatable {
            var number: Int?
            var nested: Int??
            var list: [Double?]
            var zero: Int
        }
        let value = Holder(number: 0, nested: .some(nil), list: [nil, 0, -1.5], zero: 0)
        #expect(try roundTrip(value) == value)
        let empty = Holder(number: nil, nested: nil, list: [], zero: Int.min)
        #expect(try roundTrip(empty) == empty)
    }
}
