import AuditCore
import AuditIntake
@testable import AuditPipeline
import AuditRules
import AuditTestSupport
import Foundation
import Logging
import Testing

/// The same record handed over twice (the same file again, a re-export, a PDF print, a second
/// version) is judged once; versions that disagree are reported, never added together.
@Suite("Duplicate records")
struct DuplicateRecordsTests {
    let asOf = CivilDate(year: 2026, month: 7, day: 18)!
    static let sample = "violations-zip.zip"
    static let timesheet = "Evidence/3. Time Records/timesheet_202605.csv"
    static let payroll = "Evidence/4. Wages/payroll_202605.pdf"

    /// The sample's entries, read through intake.
    static let entries: [(path: String, bytes: Data)] = {
        var entries: [(String, Data)] = []
        let path = PipelineTests.repository.appendingPathComponent("Corpus/samples/\(sample)").path
        try! EvidenceIntake(logger: Logger(label: "test")).walk(path) { item in
            if case let .file(path, bytes) = item { entries.append((path, bytes)) }
        }
        return entries
    }()

    /// The report of a folder holding the sample's entries and `extra` ones.
    func check(_ extra: [(String, Data)], rowsInMemory: Int = .max) throws -> AuditReport {
        try check(entries: Self.entries + extra, rowsInMemory: rowsInMemory)
    }

    /// The report of the sample with one entry's bytes replaced.
    func check(replacing path: String, with bytes: Data) throws -> AuditReport {
        try check(entries: Self.entries.map { ($0.path, $0.path == path ? bytes : $0.bytes) })
    }

    /// The report of a folder holding `entries`.
    func check(entries: [(String, Data)], rowsInMemory: Int = .max) throws -> AuditReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duplicates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, bytes) in entries {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        var configuration = PipelineConfiguration()
        configuration.workerRowsInMemory = rowsInMemory
        let packs = try RulePackLoader(directories: [PipelineTests.repository.appendingPathComponent("Rules")]).load(["china-labor-law"])
        return try AuditPipeline(configuration: configuration, logger: Logger(label: "test")).check(folder.path, packs: packs, asOf: asOf)
    }

    static func bytes(of path: String) -> Data {
        entries.first { $0.path == path }!.bytes
    }

    /// What a finding says, without where: a duplicate adds places to the evidence, nothing else.
    static func claims(_ report: AuditReport) -> [String] {
        claims(Array(report.findings))
    }

    static func claims(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.severity) \($0.rule) \($0.employeeId ?? "-") \($0.period ?? "-") \($0.message)" }
    }

    /// The timesheet's rows with its columns in another order: the same records, other bytes.
    static func reExported(_ csv: Data) -> Data {
        let lines = String(decoding: csv, as: UTF8.self).split(whereSeparator: \.isNewline)
        return Data(lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return ([fields[1], fields[0]] + fields[2...]).joined(separator: ",")
        }.joined(separator: "\r\n").utf8)
    }

    /// The timesheet printed as a PDF: the same columns laid out on A4 pages with a header on each.
    static func printed(_ csv: Data) -> Data {
        let lines = String(decoding: csv, as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = ["Date", "Emp ID", "Name", "In", "Out", "Reg Hrs", "OT"]
        let columns: [Double] = [30, 115, 175, 300, 350, 410, 480]
        var pages: [[(String, Double, Double)]] = []
        for chunk in stride(from: 1, to: lines.count, by: 40).map({ Array(lines[$0..<min($0 + 40, lines.count)]) }) {
            var page = zip(header, columns).map { ($0, $1, 50.0) }
            for (row, fields) in chunk.enumerated() {
                page += zip(fields, columns).map { ($0, $1, 70.0 + Double(row) * 18) }
            }
            pages.append(page)
        }
        return PDFFixture.text(pages: pages)
    }

    /// The timesheet with one worker's clock-out on one day moved two hours later.
    static func changed(_ csv: Data) -> (bytes: Data, employee: String, day: String) {
        var lines = String(decoding: csv, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        var fields = lines[5].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let out = fields[4].split(separator: ":").map { Int($0)! }
        fields[4] = String(format: "%02d:%02d", out[0] + 2, out[1])
        fields[6] = String(Double(fields[6])! + 2)
        lines[5] = fields.joined(separator: ",")
        return (Data((lines.joined(separator: "\n") + "\n").utf8), fields[1], fields[0])
    }

    @Test("An identical copy is listed as a copy of the first met and changes no finding")
    func identicalCopies() throws {
        let base = try check([])
        let copies = [("Evidence/copies/timesheet_202605 (1).csv", Self.timesheet), ("Evidence/4. Wages/payroll_202605 final.pdf", Self.payroll)]
        let report = try check(copies.map { ($0.0, Self.bytes(of: $0.1)) })
        #expect(Self.claims(report) == Self.claims(base))
        #expect(report.documents.count == base.documents.count + 2)
        for (copy, original) in copies {
            // A folder is walked in name order: `payroll_202605 final.pdf` comes before `payroll_202605.pdf`.
            let records = report.documents.filter { $0.path == copy || $0.path == original }
            #expect(records.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.ok, .skipped])
            let first = try #require(records.first { $0.status == .ok }), later = try #require(records.first { $0.status == .skipped })
            #expect(later.reason?.contains("an identical copy of \(first.path)") == true)
            #expect(later.type == first.type && later.sha256 == first.sha256)
        }
    }

    @Test("A re-export with other bytes and the same records changes no finding, and its evidence names both files",
          arguments: [Int.max, 7])
    func reExport(rowsInMemory: Int) throws {
        let base = try check([], rowsInMemory: rowsInMemory)
        let copyPath = "Evidence/export/attendance May.csv"
        let report = try check([(copyPath, Self.reExported(Self.bytes(of: Self.timesheet)))], rowsInMemory: rowsInMemory)
        #expect(Self.claims(report) == Self.claims(base))
        #expect(report.documents.first { $0.path == copyPath }?.status == .ok)
        let cited = Array(report.findings).filter { finding in finding.evidence.contains { $0.path == Self.timesheet } }
        #expect(!cited.isEmpty, "the sample has findings on May's timesheet")
        #expect(cited.allSatisfy { finding in finding.evidence.contains { $0.path == copyPath } })
    }

    @Test("A PDF print of a timesheet beside the CSV changes no finding")
    func printedCopy() throws {
        let base = try check([])
        let print = "Evidence/3. Time Records/timesheet_202605 print.pdf"
        let report = try check([(print, Self.printed(Self.bytes(of: Self.timesheet)))])
        #expect(report.documents.first { $0.path == print }?.type == .timesheet)
        #expect(Self.claims(report) == Self.claims(base))
    }

    @Test("Two versions that disagree give the findings of each and one record-integrity finding naming both",
          arguments: [Int.max, 7])
    func disagreeingVersions(rowsInMemory: Int) throws {
        let base = try check([], rowsInMemory: rowsInMemory)
        let change = Self.changed(Self.bytes(of: Self.timesheet))
        let other = "Evidence/other/timesheet_202605.csv"
        let report = try check([(other, change.bytes)], rowsInMemory: rowsInMemory)
        let conflicts = Array(report.findings).filter { $0.rule == RecordConflictReport.rule }
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict.category == .recordIntegrity && conflict.severity == .error)
        #expect(conflict.message.contains(Self.timesheet) && conflict.message.contains(other))
        #expect(conflict.message.contains("1 worker-day") && conflict.message.contains(change.employee))
        #expect(Set(conflict.evidence.map(\.path)) == [Self.timesheet, other])
        // Nothing is added up: the findings are those of each version judged alone.
        let alone = try check(replacing: Self.timesheet, with: change.bytes)
        #expect(Set(Self.claims(report)).subtracting([Self.claims(conflicts)[0]]) == Set(Self.claims(base) + Self.claims(alone)))
        #expect(Self.claims(alone) != Self.claims(base), "the changed value must change a finding for this test to tell anything")
        #expect(report.notes?.contains { $0.contains("each version was judged on its own") } == true)
    }

    @Test("A version whose name marks it final is the one judged")
    func finalVersionJudged() throws {
        let change = Self.changed(Self.bytes(of: Self.timesheet))
        let final = "Evidence/3. Time Records/timesheet_202605 final.csv"
        let report = try check([(final, change.bytes)])
        let alone = try check(replacing: Self.timesheet, with: change.bytes)
        #expect(Array(report.findings).filter { $0.rule == RecordConflictReport.rule }.count == 1)
        #expect(Self.claims(report).filter { !$0.contains(RecordConflictReport.rule) } == Self.claims(alone))
        #expect(report.notes?.contains { $0.contains("\(final) was judged") && $0.contains("\"final\"") } == true)
    }
}
