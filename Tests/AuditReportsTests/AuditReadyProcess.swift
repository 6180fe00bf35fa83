import AuditTestSupport
import Foundation
import Testing

/// Runs the built `auditready` executable as a user does, standard output and error on pipes.
enum AuditReadyProcess {
    static let repository = CLIRunner.repository

    static let violationsSample = repository.appendingPathComponent("Corpus/samples/violations-zip.zip").path

    /// The audit date the sample's ground truth is computed for.
    static var violationsAsOf: String {
        get throws {
            let truth = repository.appendingPathComponent("Corpus/samples/violations-zip.truth.json")
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: truth)) as? [String: Any]
            return try #require(object?["asOf"] as? String, "\(truth.path) has no asOf")
        }
    }

    /// The built executable, beside the test bundle.
    static var executable: URL { CLIRunner.productsDirectory.appendingPathComponent("auditready") }

    /// Runs `auditready arguments` in the repository folder.
    static func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try #require(FileManager.default.isExecutableFile(atPath: executable.path),
                     "no built auditready at \(executable.path): build the package (swift build) before running these tests")
        return try CLIRunner.run("auditready", arguments)
    }

    /// A file in a fresh temporary folder, removed by the caller's `defer`.
    static func temporaryFile(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }
}
