import ArgumentParser
import AuditCore
import AuditPipeline
import AuditReports
import AuditRules
import Foundation
import Logging

/// `auditready check PATH`: checks an evidence archive or folder and reports the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an evidence archive (.zip, .tar.*, .7z, .rar) or folder.",
        discussion: "Exit status: 0 when no finding is at or above --fail-on, 1 when some are, 2 for a usage error or an input that cannot be opened.")

    @Argument(help: "The archive or directory to check.")
    var path: String

    @Option(help: "Rule packs to evaluate, comma-separated.")
    var ruleset: String = "china-labor-law"

    @Option(name: .customLong("as-of"), help: "The day the evidence is judged on (YYYY-MM-DD); default today.")
    var asOf: String?

    @Option(help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = "text"

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error, warning or never.")
    var failOn: String = "error"

    @Option(help: "Folder holding the rule packs (NAME.yaml); default: the Rules folder of the installation.")
    var rules: String?

    @Option(help: "Region whose minimum wage applies (e.g. shenzhen); default: read from the business license address.")
    var region: String?

    @Flag(help: "Log each stage's progress on standard error.")
    var verbose = false

    func run() throws {
        guard let reportFormat = ReportFormat(rawValue: format) else {
            throw UsageError(message: "unknown format '\(format)'; choose one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let threshold: Severity?
        switch failOn {
        case "never": threshold = nil
        default:
            guard let severity = Severity(rawValue: failOn), severity != .info else {
                throw UsageError(message: "--fail-on takes error, warning or never, not '\(failOn)'")
            }
            threshold = severity
        }
        let day = try asOf.map(Self.parseDay) ?? Self.today()
        let names = ruleset.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw UsageError(message: "--ruleset names no pack") }
        let packs = try RulePackLoader(directories: RulesLocation.directories(explicit: rules)).load(names)

        var logger = Logger(label: "auditready")
        logger.logLevel = verbose ? .debug : .warning
        let report = try AuditPipeline(logger: logger).check(path, packs: packs, asOf: day, region: region)

        let colour = output == nil && reportFormat == .text && isatty(STDOUT_FILENO) != 0
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let rendered = try reportFormat.render(report, colour: colour)
        if let output {
            do { try rendered.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw UsageError(message: "cannot write the report to \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
        if let threshold, report.count(atLeast: threshold) > 0 { throw CheckExit(code: 1) }
    }

    static func parseDay(_ text: String) throws -> CivilDate {
        guard let day = CivilDate(iso: text) else {
            throw UsageError(message: "--as-of takes a date as YYYY-MM-DD, not '\(text)'")
        }
        return day
    }

    static func today() -> CivilDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
