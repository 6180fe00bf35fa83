import ArgumentParser
import AuditOCR
import Foundation

/// The process entry point: parses, runs, and turns every error into a message and an exit code.
@main
enum Entry {
    static func main() {
        // Tesseract's OpenMP must be single-threaded before any library loads it (c-libraries.md).
        OCRProcessEnvironment.ensureSingleThreadedOpenMP()
        OCRProcessEnvironment.mapLargeBlocksApart()
        do {
            var command = try AuditReadyCommand.parseAsRoot()
            try command.run()
        } catch let exit as CheckExit {
            Foundation.exit(exit.code)
        } catch {
            let code = AuditReadyCommand.exitCode(for: error)
            if code == .success {
                print(AuditReadyCommand.fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((ErrorRenderer.message(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.of(error))
        }
    }
}

/// `auditready`: the root command.
struct AuditReadyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auditready",
        abstract: "Reads a factory's compliance evidence the way a social-compliance auditor does.",
        subcommands: [CheckCommand.self, InspectCommand.self, ExtractCommand.self, RulesCommand.self, ServeCommand.self,
                      ServeWorkerCommand.self, TokenCommand.self, UserCommand.self, WorkerCommand.self])
}
