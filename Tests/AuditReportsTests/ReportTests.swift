import AuditCore
import AuditReports
import AuditTestSupport
import Foundation
import Testing

/// A report with every category, severity, status and optional field the contract knows.
func sampleReport() -> AuditReport {
    let evidence = Evidence(path: "Evidence/payroll.pdf", page: 2, text: "12.5", bbox: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4))
    let findings = FindingCategory.allCases.enumerated().map { index, category in
        Finding(rule: "china-labor-law/\(category.rawValue)", category: category,
                severity: Severity.allCases[index % 3], message: "a \(category.rawValue) finding",
                employeeId: index % 2 == 0 ? "E0\(index)" : nil, documentType: index % 2 == 1 ? .fireCertificate : nil,
                period: "2026-07", evidence: [evidence, Evidence(path: "a.csv", text: "x", row: 3)],
                limit: "11 h/day", actual: "12.5 h", clause: "LL Art. 41", action: "Cap shifts")
    }
    let documents = [
        DocumentRecord(path: "a.pdf", sha256: String(repeating: "a", count: 64), type: .payroll, pages: 2, text: .pdfText, status: .ok),
        DocumentRecord(path: "../evil", status: .rejected, reason: "path traversal"),
        DocumentRecord(path: "scan.jpg", type: .unknown, text: TextSource.none, status: .skipped, reason: "needs OCR"),
        DocumentRecord(path: "bad.pdf", status: .unreadable, reason: "corrupt", ocrConfidence: 0.5),
    ]
    return AuditReport(input: "evidence.zip", asOf: CivilDate(year: 2026, month: 10, day: 15)!,
                       ruleset: "china-labor-law", documents: documents, findings: findings)
}

@Suite("Reports")
struct ReportTests {
    @Test("The JSON report validates against the contract's schema")
    func schemaValid() throws {
        let json = try JSONReportRenderer().render(sampleReport())
        #expect(try SchemaValidator.errors(in: json) == [])
    }

    @Test("The schema check catches a report that breaks the contract")
    func schemaCatchesBreakage() throws {
        let json = try JSONReportRenderer().render(sampleReport()).replacingOccurrences(of: "\"working-hours\"", with: "\"hours\"")
        #expect(try !SchemaValidator.errors(in: json).isEmpty)
    }

    @Test("The summary counts documents and findings per severity")
    func summary() {
        let report = sampleReport()
        #expect(report.summary.documents == 4)
        #expect(report.summary.findings["error"] == 6 && report.summary.findings["warning"] == 5 && report.summary.findings["info"] == 5)
        #expect(report.count(atLeast: .warning) == 11)
    }

    @Test("Dates and boxes are written as the contract spells them")
    func encoding() throws {
        let json = try JSONReportRenderer().render(sampleReport())
        #expect(json.contains("\"asOf\" : \"2026-10-15\""))
        #expect(json.contains("\"bbox\" : [\n            1,\n            2,\n            3,\n            4\n          ]"))
        #expect(json.contains("\"schema\" : \"auditready.report/1\""))
    }

    @Test("The JSON report written piece by piece is byte for byte what encoding the whole report gives",
          arguments: [false, true])
    func streamedJSON(withOptionalMembers: Bool) throws {
        var report = sampleReport()
        if withOptionalMembers {
            report.notes = ["minimum wage not checked: region unknown"]
            report.baselineFixed = [BaselineEntry(rule: "p/r", employeeId: "E1", acceptedBy: "Li", reason: "fixed")]
        }
        report.findings[0].evidence = []
        var large = report
        large.findings = FindingList((0..<700).map { index in report.findings[index % report.findings.count] })
        var empty = report
        empty.findings = []
        empty.documents = []
        empty.notes = report.notes.map { _ in [] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for candidate in [report, empty, large] {
            let whole = String(decoding: try encoder.encode(candidate), as: UTF8.self) + "\n"
            var pieces: [String] = []
            try JSONReportRenderer().write(candidate) { pieces.append($0) }
            #expect(pieces.joined() == whole)
            #expect(pieces.count > 3)
            #expect(pieces.allSatisfy { $0.components(separatedBy: "\"rule\" : ").count - 1 <= 64 }, "a piece holds at most 64 findings")
        }
    }

    @Test("The text report gives counts per severity, then each finding with its evidence location")
    func text() {
        let text = TextReportRenderer().render(sampleReport())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1] == "4 documents · 6 errors · 5 warnings · 5 info")
        #expect(text.contains("at Evidence/payroll.pdf, page 2: \"12.5\""))
        #expect(text.contains("at a.csv, line 3: \"x\""))
        #expect(text.contains("REJECTED ../evil"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test("Colour codes appear only when asked for")
    func colour() {
        #expect(TextReportRenderer(colour: true).render(sampleReport()).contains("\u{1B}[31m"))
    }
}

@Suite("The contract copy")
struct ContractCopyTests {
    @Test("The repository's copy of the report schema is the shared contract, byte for byte")
    func copyMatches() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = repository.deletingLastPathComponent().appendingPathComponent("shared/contract/report.schema.json")
        let copy = repository.appendingPathComponent("docs/contract/report.schema.json")
        let copyData = try Data(contentsOf: copy)
        if let sharedData = try? Data(contentsOf: shared) { #expect(sharedData == copyData) }
        #expect(copyData.count > 1000)
    }
}
