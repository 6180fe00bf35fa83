import AuditCore
import AuditTestSupport
import Foundation
import Testing

@Suite("The check command's people-facing options", .serialized)
struct CheckCommandTests {
    let sample = AuditReadyProcess.violationsSample
    let asOf: String

    init() throws {
        asOf = try AuditReadyProcess.violationsAsOf
    }

    /// The sample's JSON report.
    func report(_ extra: [String] = []) throws -> (report: AuditReport, status: Int32) {
        let result = try AuditReadyProcess.run(["check", sample, "--as-of", asOf, "--format", "json"] + extra)
        try #require(result.status == 0 || result.status == 1, "auditready exited \(result.status): \(result.stderr)")
        return (try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8)), result.status)
    }

    @Test("A baseline accepting every error turns the exit status to 0, and the errors are still listed, marked")
    func baselineAcceptsErrors() throws {
        let (plain, plainStatus) = try report()
        let errors = plain.findings.filter { $0.severity == .error }
        try #require(plainStatus == 1 && !errors.isEmpty, "the sample has errors")
        let entries = errors.map { finding -> [String: String] in
            var entry = ["rule": finding.rule, "acceptedBy": "Li Na", "reason": "reviewed with the buyer"]
            entry["employeeId"] = finding.employeeId
            entry["documentType"] = finding.documentType?.rawValue
            entry["period"] = finding.period
            return entry
        }
        let file = try AuditReadyProcess.temporaryFile("baseline.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try JSONSerialization.data(withJSONObject: entries).write(to: file)

        let (accepted, status) = try report(["--baseline", file.path])
        #expect(status == 0)
        #expect(accepted.findings.count == plain.findings.count)
        #expect(accepted.findings.filter { $0.severity == .error }.allSatisfy { $0.accepted == Acceptance(by: "Li Na", reason: "reviewed with the buyer") })
        #expect(accepted.baselineFixed == [])
        let text = try AuditReadyProcess.run(["check", sample, "--as-of", asOf, "--baseline", file.path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("· 0 errors ·") && text.stdout.contains("ACCEPTED ·"))
    }

    @Test("A baseline entry that matches nothing is reported fixed, and the verdict is unchanged")
    func fixedEntry() throws {
        let file = try AuditReadyProcess.temporaryFile("baseline.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try """
        - rule: china-labor-law/minimum-age
          employeeId: NOBODY-1
          acceptedBy: Li Na
          reason: apprentice programme
        """.write(to: file, atomically: true, encoding: .utf8)
        let (report, status) = try report(["--baseline", file.path])
        #expect(status == 1)
        #expect(report.baselineFixed?.map(\.employeeId) == ["NOBODY-1"])
        #expect(report.findings.allSatisfy { $0.accepted == nil })
        let markdown = try AuditReadyProcess.run(["check", sample, "--as-of", asOf, "--baseline", file.path, "--format", "markdown"])
        #expect(markdown.stdout.contains("## Fixed since baseline (1)"))
    }

    @Test("A malformed baseline is a usage error: exit 2, naming the file and the problem")
    func malformedBaseline() throws {
        let file = try AuditReadyProcess.temporaryFile("baseline.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try #"[{"rule": "china-labor-law/weekly-hours", "acceptedBy": "Li Na"}]"#.write(to: file, atomically: true, encoding: .utf8)
        let result = try AuditReadyProcess.run(["check", sample, "--as-of", asOf, "--baseline", file.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "auditready: --baseline: baseline \(file.path): entry 1 has no 'reason' (why it is accepted)\n")
        let missing = try AuditReadyProcess.run(["check", sample, "--baseline", "/nonexistent/accepted.yaml"])
        #expect(missing.status == 2 && missing.stderr.contains("/nonexistent/accepted.yaml: no such file"))
    }

    @Test("No progress bar or chatter reaches standard error when it is a pipe, with --quiet or without")
    func noProgressOnPipe() throws {
        for extra in [[], ["--quiet"], ["--format", "html", "--output", "/dev/null"]] {
            let result = try AuditReadyProcess.run(["check", sample, "--as-of", asOf] + extra)
            #expect(result.status == 1)
            #expect(result.stderr.isEmpty, "stderr with \(extra): \(result.stderr.debugDescription)")
        }
        // Written to, not replaced: a report renamed over /dev/null would leave a plain file there.
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "--output /dev/null replaced the device with a file")
    }

    @Test("On a terminal the progress bar is drawn on standard error, and --quiet silences it")
    func progressOnTerminal() throws {
        let output = try AuditReadyProcess.temporaryFile("report.json")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        func onTerminal(_ extra: [String]) throws -> String {
            // `script` gives the command a pseudo-terminal for its standard streams.
            let command = ([AuditReadyProcess.executable.path, "check", sample, "--as-of", asOf, "--format", "json",
                            "--output", output.path] + extra).map { "'\($0)'" }.joined(separator: " ")
            return try ProgramRunner.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"],
                                         environment: ["TERM": "xterm", "PATH": "/usr/bin:/bin"]).stdoutText
        }
        // Without the cache: a check read back whole from it reads no document and draws no bar.
        let shown = try onTerminal(["--no-cache"])
        #expect(shown.contains("Reading ["), "terminal output: \(shown.debugDescription)")
        #expect(shown.contains("\u{1B}[K"), "the bar is erased at the end")
        #expect(!(try onTerminal(["--quiet", "--no-cache"])).contains("Reading ["))
    }

    @Test("--format csv and --format markdown write their formats")
    func formats() throws {
        let csv = try AuditReadyProcess.run(["check", sample, "--as-of", asOf, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}severity,category,rule,employeeId,documentType,period,message,"))
        let (report, _) = try report()
        #expect(csv.stdout.components(separatedBy: "\r\n").count - 2 >= report.findings.count)
        let markdown = try AuditReadyProcess.run(["check", sample, "--as-of", asOf, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# AuditReady report: "))
        #expect(markdown.status == 1)
    }
}
