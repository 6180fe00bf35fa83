import ArgumentParser
import AuditCore
import AuditLayout
import AuditPipeline
import AuditReports
import Foundation

/// `auditready extract PATH`: prints the text read from each document, line by line.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the text read from each document of an archive, folder or file, as lines rebuilt from word positions.")

    @Argument(help: "The archive, directory or document.")
    var path: String

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the labels and the reasons (zh: 中文). Default from the locale: LC_ALL, LC_MESSAGES or LANG starting with zh is zh, anything else en.", valueName: "en|zh"))
    var lang: ReportLanguage?

    func run() throws {
        let logger = ProgressAwareLogHandler.logger(level: .warning)
        let language = lang ?? ReportLanguage.fromLocale(ProcessInfo.processInfo.environment)
        var output = ""
        try AuditPipeline(configuration: try CheckConfiguration.pipeline(logger: logger), logger: logger).extract(path) { documentPath, outcome in
            let status = outcome.status.label(in: language)
            if let reason = outcome.reasonText?(language) {
                output += CommandLabel.extractDocumentWithReason(language, ["path": shown(documentPath), "status": status, "reason": shown(reason)]) + "\n"
            } else {
                output += CommandLabel.extractDocument(language, ["path": shown(documentPath), "status": status]) + "\n"
            }
            let layout = outcome.document.map(DocumentLayout.init)
            for (page, lines) in zip(outcome.document?.pages ?? [], layout?.pageLines ?? []) {
                output += CommandLabel.extractPage(language, ["number": "\(page.number)"]) + "\n"
                for line in lines { output += shown(line.text) + "\n" }
            }
            for sheet in outcome.document?.sheets ?? [] {
                if let name = sheet.name { output += CommandLabel.extractSheet(language, ["name": shown(name)]) + "\n" }
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
