import AuditCore
import AuditReports
import Foundation
import Testing

/// The report as the contract defines its bytes: `JSONEncoder`'s encoding of the whole report,
/// then the line break the renderer ends with.
func encoderJSON(_ report: AuditReport) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
}

/// Where two texts first differ, with a little of each around it, for a failure message.
func firstDifference(_ written: String, _ expected: String) -> String {
    let common = zip(written.utf8, expected.utf8).prefix { $0 == $1 }.count
    func around(_ text: String) -> String {
        String(decoding: text.utf8.dropFirst(max(0, common - 60)).prefix(120), as: UTF8.self).debugDescription
    }
    return "byte \(common): written \(around(written)), expected \(around(expected))"
}

@Suite("The JSON report writer")
struct JSONReportWriterTests {
    @Test("Generated reports are written byte for byte as JSONEncoder encodes them", arguments: [0.0, 0.5, 1.0])
    func matchesEncoder(presence: Double) throws {
        for seed in UInt64(0)..<150 {
            var generator = ReportGenerator(seed: seed, presence: presence)
            let report = generator.report()
            let written = try JSONReportRenderer().render(report)
            let expected = try encoderJSON(report)
            #expect(written == expected, "seed \(seed): \(firstDifference(written, expected))")
        }
    }

    @Test("Every escaping hazard and awkward number is written as JSONEncoder writes it")
    func hazards() throws {
        var report = sampleReport()
        let hazards = ReportGenerator.fragments
        report.input = hazards.joined()
        report.notes = hazards
        report.findings[0].evidence = ReportGenerator.awkwardNumbers.map { number in
            Evidence(path: "/a/b", text: hazards.joined(separator: "|"),
                     bbox: BoundingBox(x0: number, y0: -number, x1: number / 3, y1: number / 7), confidence: number)
        }
        report.documents = ReportGenerator.awkwardNumbers.map { DocumentRecord(path: "scan.jpg", status: .ok, ocrConfidence: $0) }
        report.summary.findings = Dictionary(hazards.map { ($0, $0.utf8.count) }) { first, _ in first }
        let written = try JSONReportRenderer().render(report)
        let expected = try encoderJSON(report)
        #expect(written == expected, "\(firstDifference(written, expected))")
    }

    @Test("Lists longer than one piece are written as JSONEncoder writes them")
    func longLists() throws {
        var generator = ReportGenerator(seed: 99, presence: 0.5)
        var report = generator.report()
        report.documents = (0..<300).map { _ in generator.document() }
        report.findings = FindingList((0..<300).map { _ in generator.finding() })
        report.baselineFixed = (0..<150).map { _ in generator.baselineEntry() }
        report.notes = (0..<150).map { _ in generator.string() }
        let written = try JSONReportRenderer().render(report)
        let expected = try encoderJSON(report)
        #expect(written == expected, "\(firstDifference(written, expected))")
    }

    @Test("Empty lists and a summary without counts are written as JSONEncoder writes them")
    func emptyContainers() throws {
        var report = sampleReport()
        report.documents = []
        report.findings = [Finding(rule: "p/r", category: .intake, severity: .info, message: "m", evidence: [])]
        report.baselineFixed = []
        report.notes = []
        report.summary.findings = [:]
        let written = try JSONReportRenderer().render(report)
        #expect(written == (try encoderJSON(report)))
        #expect(written.contains("\"documents\" : [\n\n  ]"))
        #expect(written.contains("\"evidence\" : [\n\n      ]"))
    }

    @Test("A number JSON cannot hold is refused, as JSONEncoder refuses it",
          arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteNumbers(number: Double) {
        var inDocument = sampleReport()
        inDocument.documents[0].ocrConfidence = number
        var inBox = sampleReport()
        inBox.findings[1].evidence[0].bbox = BoundingBox(x0: 1, y0: number, x1: 3, y1: 4)
        for report in [inDocument, inBox] {
            #expect(throws: EncodingError.self) { try encoderJSON(report) }
            #expect(throws: EncodingError.self) { try JSONReportRenderer().render(report) }
        }
    }

    @Test("The generator fills every stored property of every written type, so a field added later is compared too")
    func generatorCoversEveryField() throws {
        var generator = ReportGenerator(seed: 1, presence: 1)
        var report = generator.report()
        report.summary = generator.summary()
        let finding = generator.finding()
        #expect(try keyCount(report) == Mirror(reflecting: report).children.count)
        #expect(try keyCount(report.summary) == Mirror(reflecting: report.summary).children.count)
        #expect(try keyCount(finding) == Mirror(reflecting: finding).children.count)
        #expect(try keyCount(finding.accepted) == Mirror(reflecting: finding.accepted!).children.count)
        let document = generator.document()
        // Less `chineseReason`, which the contract does not carry: a report lists each reason in its language.
        #expect(try keyCount(document) == Mirror(reflecting: document).children.count - 1)
        let entry = generator.baselineEntry()
        #expect(try keyCount(entry) == Mirror(reflecting: entry).children.count)
        let evidence = generator.evidence()
        #expect(try keyCount(evidence) == evidenceFieldCount(evidence))
    }

    /// How many members `JSONEncoder` writes for `value`, an object.
    private func keyCount(_ value: some Encodable) throws -> Int {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any]
        return object?.count ?? 0
    }

    /// How many fields `Evidence` stores: they live in a shared box (`storage`) holding one struct
    /// (`fields`), so they are the stored properties two levels down.
    private func evidenceFieldCount(_ evidence: Evidence) -> Int {
        let storage = Mirror(reflecting: evidence).children.first!.value
        let fields = Mirror(reflecting: storage).children.first!.value
        return Mirror(reflecting: fields).children.count
    }
}
