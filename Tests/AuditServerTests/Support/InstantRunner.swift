import AuditServer
import Foundation
import HTTPTypes
import Synchronization

/// A runner that judges nothing: it writes a one-line report of each format at once, and counts
/// its runs. For tests about routes and the queue, not about reports.
final class InstantRunner: CheckRunner {
    let runs = Mutex<[String]>([])

    func validate(ruleset names: [String]) throws {
        if names.contains("no-such-pack") { throw CheckInputError("ruleset: no-such-pack is not a rule pack") }
    }

    func run(_ request: CheckRequest, progress: @escaping @Sendable (CheckProgress) -> Void) throws -> CheckSummary {
        runs.withLock { $0.append(request.fileName) }
        progress(CheckProgress(documentsDone: 1, currentDocument: "only.pdf"))
        try FileManager.default.createDirectory(at: request.reportFolder, withIntermediateDirectories: true)
        for file in ReportFile.allCases {
            try Data("report of \(request.fileName)\n".utf8).write(to: request.reportFolder.appendingPathComponent(file.fileName))
        }
        return CheckSummary(documents: 1, openErrors: 0, openWarnings: 0, findings: 0)
    }
}
