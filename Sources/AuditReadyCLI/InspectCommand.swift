import ArgumentParser
import AuditCore
import AuditEvidence
import AuditLayout
import AuditPipeline
import AuditReports
import Foundation

/// `auditready inspect PATH`: shows how each document was read, without judging it.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how each document was read: its type, the tables and columns found, and the facts read.")

    @Argument(help: "The archive, directory or document to inspect.")
    var path: String

    @Flag(help: "Also print each page's lines as rebuilt from word positions, cells separated by ' | '.")
    var layout = false

    @Flag(help: "Print one JSON array: each document's record, its tables' columns, and the evidence read from it.")
    var json = false

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the labels and the reasons (zh: 中文). Default from the locale: LC_ALL, LC_MESSAGES or LANG starting with zh is zh, anything else en.", valueName: "en|zh"))
    var lang: ReportLanguage?

    /// One document as `--json` prints it.
    struct InspectionJSON: Encodable {
        var record: DocumentRecord
        var tables: [[String]]
        var evidence: EvidenceModel
    }

    func run() throws {
        let logger = ProgressAwareLogHandler.logger(level: .warning)
        let pipeline = AuditPipeline(configuration: try CheckConfiguration.pipeline(logger: logger), logger: logger)
        let language = lang ?? ReportLanguage.fromLocale(ProcessInfo.processInfo.environment)
        if json {
            var all: [InspectionJSON] = []
            try pipeline.inspect(path) { inspection in
                all.append(InspectionJSON(record: inspection.record.listed(in: language),
                                          tables: inspection.tables.map { $0.columns.map { $0.field?.rawValue ?? "" } },
                                          evidence: inspection.evidence))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(all) + Data("\n".utf8))
            return
        }
        try pipeline.inspect(path) { inspection in
            let record = inspection.record
            print(shown(record.path))
            print("  " + CommandLabel.inspectSummary(language, [
                "status": record.status.label(in: language), "type": record.type.label(in: language),
                "text": record.text?.label(in: language) ?? "-", "pages": record.pages.map(String.init) ?? "-"]))
            if let reason = record.reason(in: language) { print("  " + CommandLabel.inspectReason(language, ["reason": shown(reason)])) }
            for fact in inspection.evidence.documents {
                let parts: [(CommandLabel, String?)] = [
                    (.inspectCompany, fact.companyName?.value), (.inspectCode, fact.registrationCode?.value),
                    (.inspectIssued, fact.issueDate?.value.description), (.inspectValidFrom, fact.validFrom?.value.description),
                    (.inspectValidUntil, fact.validUntil?.value.description),
                    (.inspectOpenEnded, fact.openEnded == nil ? nil : CommandLabel.inspectYes(language)),
                    (.inspectPayPeriod, fact.payPeriod?.value.description),
                ]
                let facts = parts.compactMap { name, value in value.map { CommandLabel.inspectFact(language, ["name": name(language), "value": shown($0)]) } }
                if !facts.isEmpty { print("  " + facts.joined(separator: " · ")) }
            }
            for (index, table) in inspection.tables.enumerated() {
                let columns = language.enumeration(table.columns.map { "\(shown($0.header))→\($0.field?.rawValue ?? "?")" })
                print("  " + CommandLabel.inspectTable(language, ["number": "\(index + 1)", "rows": "\(table.rows.count)", "columns": columns]))
            }
            let model = inspection.evidence
            print("  " + CommandLabel.inspectRead(language, ["employees": "\(model.employees.count)", "entries": "\(model.timeEntries.count)",
                                                           "lines": "\(model.payLines.count)", "problems": "\(model.problems.count)"]))
            for problem in model.problems.prefix(5) { print("    " + CommandLabel.inspectProblem(language, ["reason": shown(problem.reason(in: language))])) }
            if layout {
                for line in inspection.lines {
                    print("    p\(line.page) y\(Int(line.box.y0)): " + line.cells.map { shown($0.text) }.joined(separator: " | "))
                }
            }
        }
    }

    /// Text from the evidence as the terminal may show it: one line, no control characters.
    private func shown(_ text: String) -> String { UntrustedText.plain(text) }
}
