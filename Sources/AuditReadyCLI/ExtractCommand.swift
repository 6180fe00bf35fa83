import ArgumentParser
import AuditCore
import AuditEvidence
import AuditPipeline
import Foundation

/// `auditready extract PATH`: prints the text read from each document, line by line.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the text read from each document of an archive, folder or file, as lines rebuilt from word positions.")

    @Argument(help: "The archive, directory or document.")
    var path: String

    func run() throws {
        let logger = ProgressAwareLogHandler.logger(level: .warning)
        var output = ""
        try AuditPipeline(configuration: try CheckConfiguration.pipeline(logger: logger), logger: logger).extract(path) { documentPath, outcome in
            output += "== \(shown(documentPath)) (\(outcome.status.rawValue)\(outcome.reason.map { ": \(shown($0))" } ?? ""))\n"
            for page in outcome.document?.pages ?? [] {
                output += "-- page \(page.number)\n"
                for line in LineBuilder.lines(of: page) { output += shown(line.text) + "\n" }
            }
            for sheet in outcome.document?.sheets ?? [] {
                if let name = sheet.name { output += "-- sheet \(shown(name))\n" }
                for row in sheet.rows { output += row.map { shown($0.text) }.joined(separator: "\t") + "\n" }
            }
            if output.utf8.count > 1 << 20 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// Text from a document as the terminal may show it: one line, no control characters.
    private func shown(_ text: String) -> String { UntrustedText.plain(text) }
}
