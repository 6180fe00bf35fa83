import AuditCore
import AuditTestSupport
import Foundation
import Testing

@Suite("End to end: hostile and broken archives")
struct HostileArchiveTests {
    /// Generates a violations archive as a folder and returns its files with its truth.
    func generatedEvidence(seed: Int) throws -> (files: [(String, Data)], truth: GroundTruth) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-hostile-\(UUID().uuidString)")
        let result = try CLIRunner.run("auditready-corpus", ["generate", "--seed", String(seed), "--profile", "violations",
                                                             "--format", "dir", "--out", out.path, "--name", "case", "--no-nest-payroll"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = out.appendingPathComponent("case")
        var files: [(String, Data)] = []
        let enumerator = FileManager.default.enumerator(atPath: root.path)!
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append((relative, try Data(contentsOf: full)))
            }
        }
        return (files.sorted { $0.0 < $1.0 }, try GroundTruth.load(out.appendingPathComponent("case.truth.json")))
    }

    @Test("Hostile entries are each rejected with an intake finding, and the evidence beside them still yields its ground truth")
    func hostileEntries() throws {
        let (files, truth) = try generatedEvidence(seed: 3)
        let pdf = try #require(files.first { $0.0.hasSuffix(".pdf") }).1
        let lockedZip = try Data(contentsOf: CLIRunner.repository.appendingPathComponent("Tests/AuditIntakeTests/Fixtures/mixed-encrypted.zip"))
        let archive = ArchiveFixture(.zip, name: "hostile.zip").write(files.map { .file($0.0, $0.1) } + [
            .file("../../escape.csv", cleanCSV),
            .file("/etc/cron.d/evidence.csv", cleanCSV),
            .symlink("Evidence/passwd.csv", target: "/etc/passwd"),
            .zeros("Evidence/zeros.bin", count: 256 << 20),
            .file("Evidence/broken.pdf", pdf.prefix(pdf.count / 2)),
            .file("Evidence/locked.zip", lockedZip),
        ])
        let (report, _, _) = try check(archive.path, asOf: truth.asOf, truth.checkArguments)

        let ruleFindings = truth.comparable(report.findings.filter { $0.category != .intake })
        #expect(Set(GroundTruth.keys(of: ruleFindings)) == Set(truth.findings))
        let intakePaths = Set(report.findings.filter { $0.category == .intake }.flatMap { $0.evidence.map(\.path) })
        #expect(intakePaths == ["../../escape.csv", "/etc/cron.d/evidence.csv", "Evidence/passwd.csv", "Evidence/zeros.bin",
                                "Evidence/broken.pdf", "Evidence/locked.zip/secret.csv"])
        let status = Dictionary(report.documents.map { ($0.path, $0.status) }, uniquingKeysWith: { a, _ in a })
        #expect(status["Evidence/zeros.bin"] == .rejected)
        #expect(status["Evidence/broken.pdf"] == .unreadable)
        #expect(status["Evidence/locked.zip/open.csv"] == .ok)
        #expect(report.documents.allSatisfy { $0.status == .ok || !($0.reason ?? "").isEmpty })
        for document in truth.documents { #expect(status[document.path] == .ok, "\(document.path)") }
    }

    @Test("A truncated archive is checked as far as it goes, with a reason for the rest")
    func truncated() throws {
        let source = try Data(contentsOf: CorpusSamples.directory.appendingPathComponent("violations-targz.tar.gz"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).tar.gz")
        try source.prefix(source.count * 6 / 10).write(to: url)
        let (report, _, _) = try check(url.path, asOf: "2026-07-18")
        #expect(report.documents.contains { $0.status == .ok })
        #expect(report.documents.contains { $0.status == .unreadable && ($0.reason ?? "").contains("truncated") })
        #expect(report.findings.contains { $0.category == .intake })
    }

    @Test("An input that cannot be opened exits with status 2 and says why")
    func missingInput() throws {
        let result = try CLIRunner.run("auditready", ["check", "/nonexistent/evidence.zip"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file"))
    }

    @Test("A usage error exits with status 2")
    func usageError() throws {
        let result = try CLIRunner.run("auditready", ["check", "Corpus/samples/clean-zip.zip", "--as-of", "yesterday"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }
}
