import AuditCore
import AuditTestSupport
import Foundation
import Synchronization
import Testing

/// Runs the CLI on an input and decodes its JSON report; `extra` are further `check` arguments.
func check(_ input: String, asOf: String, ruleset: String = "china-labor-law", _ extra: [String] = []) throws
    -> (report: AuditReport, json: String, status: Int32) {
    let result = try CLIRunner.run("auditready", ["check", input, "--as-of", asOf, "--format", "json", "--ruleset", ruleset, "--no-cache"] + extra)
    guard result.status == 0 || result.status == 1 else {
        throw CheckFailure(message: "auditready exited \(result.status): \(result.stderr)")
    }
    return (try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8)), result.stdout, result.status)
}

struct CheckFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Compares a report with a ground truth: findings as sets, document types by path.
///
/// Certificate findings are compared like every other finding (see `GroundTruth.comparable`); the
/// notes saying where to verify a certificate are held to one per certificate.
func expectMatches(_ report: AuditReport, _ truth: GroundTruth, _ label: String) {
    let judged = truth.comparable(Array(report.findings))
    if truth.ruleset == "china-labor-law" {
        let certificateFindings = report.findings.filter { $0.category == .certificate }
        let certificates = truth.documents.filter { $0.type == DocumentType.certificate.rawValue }.map(\.path)
        let verified = certificateFindings.filter { $0.rule.hasSuffix("/certificate-verify") }.flatMap { $0.evidence.map(\.path) }
        let verifyCount = certificateFindings.filter { $0.rule.hasSuffix("/certificate-verify") }.count
        #expect(Set(verified) == Set(certificates) && verifyCount == certificates.count,
                "\(label): certificates \(certificates), told where to verify \(verified)")
    }
    let found = Set(GroundTruth.keys(of: judged))
    let expected = Set(truth.findings)
    let missed = expected.subtracting(found)
    let extra = found.subtracting(expected)
    #expect(missed.isEmpty, "\(label): missed \(missed.map { "\($0.rule) \($0.employeeId ?? $0.documentType ?? "") \($0.period ?? "")" }.sorted())")
    #expect(extra.isEmpty, "\(label): extra \(extra.map { "\($0.rule) \($0.employeeId ?? $0.documentType ?? "") \($0.period ?? "")" }.sorted())")
    #expect(judged.count == found.count, "\(label): the same finding was reported twice")
    for document in truth.documents {
        let record = report.documents.first { $0.path == document.path }
        #expect(record?.status == .ok, "\(label): \(document.path) was not read: \(record?.reason ?? "missing from the report")")
        #expect(record?.type.rawValue == document.type, "\(label): \(document.path) classified as \(record?.type.rawValue ?? "nothing"), not \(document.type)")
    }
    #expect(report.documents.count == truth.documents.count, "\(label): \(report.documents.count) documents listed, \(truth.documents.count) in the archive")
}

@Suite("End to end: the CLI on the Corpus samples")
struct CorpusEndToEndTests {
    @Test("There are committed samples to check")
    func samplesExist() {
        #expect(CorpusSamples.names.count >= 4)
    }

    @Test("The findings on each sample equal its ground truth under every pack: none missed, none extra", arguments: CorpusSamples.truthFiles)
    func findingsEqualTruth(truthFile: String) throws {
        let name = String(truthFile.prefix { $0 != "." })
        let truth = try GroundTruth.load(CorpusSamples.directory.appendingPathComponent(truthFile))
        let input = try #require(CorpusSamples.input(named: name))
        let (report, _, status) = try check(input, asOf: truth.asOf, ruleset: truth.ruleset, truth.checkArguments)
        expectMatches(report, truth, truthFile)
        #expect(status == (truth.findings.contains { $0.severity == "error" } ? 1 : 0))
    }

    @Test("The whole JSON report of each sample equals the expected one committed beside it", arguments: CorpusSamples.names)
    func wholeReport(name: String) throws {
        let truth = try GroundTruth.load(CorpusSamples.directory.appendingPathComponent("\(name).truth.json"))
        let input = try #require(CorpusSamples.input(named: name))
        let (_, json, _) = try check(input, asOf: truth.asOf)
        let expectedURL = CorpusSamples.directory.appendingPathComponent("\(name).expected.json")
        if ProcessInfo.processInfo.environment["AUDITREADY_UPDATE_EXPECTED"] == "1" {
            try json.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(json == expected, "the report of \(name) changed; if the change is intended, rerun with AUDITREADY_UPDATE_EXPECTED=1 and review the diff")
    }

    @Test("The JSON report of a sample validates against the contract's schema")
    func schema() throws {
        let name = try #require(CorpusSamples.names.first { $0.contains("violations") })
        let truth = try GroundTruth.load(CorpusSamples.directory.appendingPathComponent("\(name).truth.json"))
        let (_, json, _) = try check(try #require(CorpusSamples.input(named: name)), asOf: truth.asOf)
        #expect(try SchemaValidator.errors(in: json) == [])
    }
}

@Suite("End to end: freshly generated archives")
struct GeneratedEndToEndTests {
    /// Seeds never committed, in every output format, clean and with violations.
    static let cases: [(seed: Int, profile: String, format: String)] = [
        (101, "violations", "zip"), (102, "clean", "tar.gz"), (103, "violations", "dir"),
        (104, "violations", "tar.gz"), (105, "clean", "zip"), (106, "violations", "zip"),
        // A time clock's summary hiding hours of three workers' punched days (a double book); 102,
        // 103 and 105 carry honest summaries.
        (31, "violations", "tar.gz"),
    ]

    /// Seeds whose varied layouts (Chinese or bilingual documents, other date and money formats,
    /// workbooks, grids, payslips) hold text documents only; scanned variants are not yet here.
    static let variedCases: [(seed: Int, profile: String)] = [
        (41, "violations"), (42, "violations"), (43, "violations"), (44, "clean"), (46, "violations"), (48, "clean"),
        (29, "violations"),
    ]

    static let specs: [String] = cases.map { "\($0.seed) \($0.profile) \($0.format)" }
        + variedCases.map { "\($0.seed) \($0.profile) zip varied" }

    @Test("Archives generated from new seeds, in every format and varied layouts, yield exactly their ground truth", arguments: specs)
    func generated(spec: String) throws {
        let parts = spec.split(separator: " ").map(String.init)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let generated = try CLIRunner.run("auditready-corpus", ["generate", "--seed", parts[0], "--profile", parts[1],
                                                                "--format", parts[2], "--out", out.path, "--name", "case"]
                                          + (parts.count > 3 ? ["--varied"] : []))
        #expect(generated.status == 0, "\(generated.stderr)")
        let truth = try GroundTruth.load(out.appendingPathComponent("case.truth.json"))
        let input = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasPrefix("case") && !$0.hasSuffix(".json") })
        let (report, _, _) = try check(out.appendingPathComponent(input).path, asOf: truth.asOf, truth.checkArguments)
        expectMatches(report, truth, spec)
        if parts[1] == "violations" { #expect(!truth.findings.isEmpty) }
    }
}

@Suite("End to end: the result cache")
struct CacheEndToEndTests {
    @Test("A re-check by a new process reads the unchanged check whole, and a check on another day reads every document from the cache")
    func warmRecheck() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let arguments = ["check", "Corpus/samples/violations-zip.zip", "--format", "json", "--verbose"]
        let cold = try CLIRunner.run("auditready", arguments + ["--as-of", "2026-07-18", "--cache", cache.path])
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("results.sqlite").path))
        #expect(Self.cacheCounts(cold.stderr)?.cached == 0)
        let warm = try CLIRunner.run("auditready", arguments + ["--as-of", "2026-07-18", "--cache", cache.path])
        #expect(cold.status == warm.status)
        #expect(cold.stdout == warm.stdout)
        #expect(!cold.stdout.isEmpty)
        #expect(warm.stderr.contains("the whole check was read from the result cache"), "\(warm.stderr)")

        let later = try CLIRunner.run("auditready", arguments + ["--as-of", "2026-12-31", "--cache", cache.path])
        let counts = try #require(Self.cacheCounts(later.stderr), "\(later.stderr)")
        #expect(counts.cached == counts.entries && counts.entries > 5)
        let uncached = try CLIRunner.run("auditready", arguments + ["--as-of", "2026-12-31", "--no-cache"])
        #expect(later.stdout == uncached.stdout)
        #expect(later.stdout != cold.stdout)
    }

    @Test("Two checks run side by side on one cache both finish with the same report and no cache failure")
    func sideBySide() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let arguments = ["check", "Corpus/samples/violations-zip.zip", "--as-of", "2026-07-18", "--format", "json", "--cache", cache.path]
        let results = Mutex<[CLIRunner.Result?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            let result = try? CLIRunner.run("auditready", arguments)
            results.withLock { $0[side] = result }
        }
        let (first, second) = try results.withLock { (try #require($0[0]), try #require($0[1])) }
        #expect(first.status == 1 && second.status == 1, "findings at error level exit 1: \(first.stderr) \(second.stderr)")
        #expect(first.stdout == second.stdout && !first.stdout.isEmpty)
        #expect(!first.stderr.contains("cache") && !second.stderr.contains("cache"), "\(first.stderr)\n\(second.stderr)")
    }

    /// The "N of M archive entries were read from the result cache" figures a verbose check logs.
    static func cacheCounts(_ log: String) -> (cached: Int, entries: Int)? {
        guard let line = log.split(separator: "\n").first(where: { $0.contains("read from the result cache") }) else { return nil }
        guard let of = line.range(of: " of ") else { return nil }
        let before = line[..<of.lowerBound].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.last
        let after = line[of.upperBound...].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.first
        guard let before, let after else { return nil }
        return (before, after)
    }

    @Test("--cache and --no-cache together are a usage error")
    func exclusive() throws {
        let result = try CLIRunner.run("auditready", ["check", "Corpus/samples/clean-zip.zip", "--cache", "/tmp/x", "--no-cache"])
        #expect(result.status == 2)
    }
}
