import Foundation
import Testing

/// Runs the built `auditready` executable as a user does, standard output and error on pipes.
enum AuditReadyProcess {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

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
    static var executable: URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        let folder = candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("auditready").path) }
            ?? candidates[0]
        return folder.appendingPathComponent("auditready")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `auditready arguments` in the repository folder.
    static func run(_ arguments: [String]) throws -> Result {
        try #require(FileManager.default.isExecutableFile(atPath: executable.path),
                     "no built auditready at \(executable.path): build the package (swift build) before running these tests")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A file in a fresh temporary folder, removed by the caller's `defer`.
    static func temporaryFile(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }
}
