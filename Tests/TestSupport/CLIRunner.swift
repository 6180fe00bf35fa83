import Foundation

/// Runs the built `auditready` and `auditready-corpus` executables the way a user does.
public enum CLIRunner {
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The folder holding the built products (beside the test bundle).
    public static var productsDirectory: URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("auditready").path) }
            ?? candidates[0]
    }

    /// The built `auditready`.
    public static var auditready: URL { productsDirectory.appendingPathComponent("auditready") }

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `tool` with `arguments` in the repository folder, its environment this process's with
    /// `environment` over it.
    public static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let outcome = try ProgramRunner.run(productsDirectory.appendingPathComponent(tool), arguments,
                                            extraEnvironment: environment, currentDirectory: repository)
        return Result(status: outcome.status, stdout: outcome.stdoutText, stderr: outcome.stderrText)
    }

    /// Runs `tool` with `arguments` under a pseudo-terminal (util-linux `script`), so that it sees
    /// a terminal on standard output and standard error; returns everything the terminal received.
    /// Arguments must not hold a single quote.
    public static func runInTerminal(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let command = ([productsDirectory.appendingPathComponent(tool).path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let outcome = try ProgramRunner.run(URL(fileURLWithPath: "/usr/bin/script"), ["--quiet", "--return", "--command", command, "/dev/null"],
                                            extraEnvironment: environment, currentDirectory: repository)
        return Result(status: outcome.status, stdout: outcome.stdoutText, stderr: "")
    }
}
