import AuditCore
import AuditTestSupport
import Foundation
import Testing

@Suite("End to end: several archives in one run, one report each")
struct SeveralInputsTests {
    let samples = ["clean-zip.zip", "violations-zip.zip", "violations-targz.tar.gz"].map {
        CorpusSamples.directory.appendingPathComponent($0).path
    }

    func freshFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("several-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("Each input's report in --output-dir is the report of that input checked alone, named after it")
    func eachAsAlone() throws {
        let folder = try freshFolder()
        let options = ["--as-of", "2026-07-18", "--format", "json", "--no-cache"]
        let together = try CLIRunner.run("auditready", ["check"] + samples + options + ["--output-dir", folder.path])
        #expect(together.status == 1, "\(together.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["clean-zip.json", "violations-targz.json", "violations-zip.json"])
        for (sample, name) in zip(samples, ["clean-zip.json", "violations-zip.json", "violations-targz.json"]) {
            let alone = try CLIRunner.run("auditready", ["check", sample] + options)
            let written = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(written == alone.stdout, "\(name)")
        }
    }

    @Test("Text reports of several inputs follow one another on standard output in the order given")
    func textInOrder() throws {
        let result = try CLIRunner.run("auditready", ["check", samples[1], samples[0], "--as-of", "2026-07-18", "--no-cache"])
        #expect(result.status == 1)
        let first = try #require(result.stdout.range(of: "AuditReady check of \(samples[1])"))
        let second = try #require(result.stdout.range(of: "AuditReady check of \(samples[0])"))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test("An input that cannot be opened is named on standard error, the others are still reported, and the exit status is 2")
    func oneMissing() throws {
        let folder = try freshFolder()
        let missing = folder.appendingPathComponent("gone.zip").path
        let result = try CLIRunner.run("auditready", ["check", missing, samples[0], "--as-of", "2026-07-18", "--no-cache",
                                                      "--format", "json", "--output-dir", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("gone.zip"))
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(contentsOf: folder.appendingPathComponent("clean-zip.json")))
        #expect(report.documents.count == 10)
    }

    @Test("Several JSON reports without --output-dir, or with --output, are refused as a usage error")
    func usage() throws {
        let json = try CLIRunner.run("auditready", ["check", samples[0], samples[1], "--format", "json"])
        #expect(json.status == 2)
        #expect(json.stderr.contains("--output-dir"))
        let output = try CLIRunner.run("auditready", ["check", samples[0], samples[1], "--output", "/tmp/one.txt"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--output-dir"))
    }
}
