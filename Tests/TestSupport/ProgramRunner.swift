import Foundation

/// Runs a program to its end, or to a time limit, with its standard output and standard error
/// collected in files: the one way the tests start a child process.
///
/// Files, not pipes: a pipe read to its end before the other fills at 64 KiB and both processes
/// wait for ever (a browser's DOM dump, a check's log at debug level).
public enum ProgramRunner {
    /// How a program ended and what it wrote.
    public struct Outcome: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: Data
        /// True when the program was stopped at the time limit.
        public var timedOut: Bool

        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Runs `executable` with `arguments`; `environment` replaces this process's when given,
    /// `extraEnvironment` goes over it. At `timeout` the program is sent SIGTERM, then SIGKILL a
    /// second later, and `timedOut` is set.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                           extraEnvironment: [String: String] = [:], currentDirectory: URL? = nil,
                           timeout: Duration = .seconds(600)) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let base = environment ?? ProcessInfo.processInfo.environment
        process.environment = base.merging(extraEnvironment) { _, given in given }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        var timedOut = false
        if ended.wait(timeout: .now() + timeout.seconds) == .timedOut {
            timedOut = true
            process.terminate()
            if ended.wait(timeout: .now() + 1) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                ended.wait()
            }
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: try Data(contentsOf: out), stderr: try Data(contentsOf: err),
                       timedOut: timedOut)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
