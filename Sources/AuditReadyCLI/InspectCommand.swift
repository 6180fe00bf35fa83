import ArgumentParser
import AuditCore
import AuditEvidence
import AuditPipeline
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

    /// One document as `--json` prints it.
    struct InspectionJSON: Encodable {
        var record: DocumentRecord
        var tables: [[String]]
        var evidence: EvidenceModel
    }

    func run() throws {
        let logger = ProgressAwareLogHandler.logger(level: .warning)
        let pipeline = AuditPipeline(configuration: try CheckConfiguration.pipeline(logger: logger), logger: logger)
        if json {
            var all: [InspectionJSON] = []
            try pipeline.inspect(path) { inspection in
                all.append(InspectionJSON(record: inspection.record,
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
            print("  \(record.status.rawValue), type \(record.type.rawValue), text \(record.text?.rawValue ?? "-"), pages \(record.pages.map(String.init) ?? "-")")
            if let reason = record.reason { print("  reason: \(shown(reason))") }
            for fact in inspection.evidence.documents {
                let parts: [(String, String?)] = [
                    ("company", fact.companyName?.value), ("code", fact.registrationCode?.value),
                    ("issued", fact.issueDate?.value.description), ("valid from", fact.validFrom?.value.description),
                    ("valid until", fact.validUntil?.value.description), ("open-ended", fact.openEnded == nil ? nil : "yes"),
                    ("pay period", fact.payPeriod?.value.description),
                ]
                let facts = parts.compactMap { name, value in value.map { "\(name): \(shown($0))" } }
                if !facts.isEmpty { print("  " + facts.joined(separator: " · ")) }
            }
            for (index, table) in inspection.tables.enumerated() {
                let columns = table.columns.map { "\(shown($0.header))→\($0.field?.rawValue ?? "?")" }.joined(separator: ", ")
                print("  table \(index + 1): \(table.rows.count) rows; \(columns)")
            }
            let model = inspection.evidence
            print("  read: \(model.employees.count) employees, \(model.timeEntries.count) time entries, \(model.payLines.count) pay lines, \(model.problems.count) problems")
            for problem in model.problems.prefix(5) { print("    problem: \(shown(problem.reason))") }
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
