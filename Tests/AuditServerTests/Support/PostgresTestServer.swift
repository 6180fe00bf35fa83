import Foundation
import Testing

/// A throwaway PostgreSQL server for one test: `initdb` into a new temporary folder, then
/// `postgres` as this process's child, listening only on a Unix socket in that folder; `stop()`
/// shuts it down and removes the folder.
///
/// PostgreSQL refuses to run as root, so as root (CI) the folder is given to the `postgres` system
/// user that Debian's package creates, and the programs run as that user (`setpriv`).
final class PostgresTestServer: @unchecked Sendable {
    /// The folder of PostgreSQL's server programs, newest version first; nil when none is installed.
    static let binaries: URL? = ["17", "16", "15", "14"]
        .map { URL(fileURLWithPath: "/usr/lib/postgresql/\($0)/bin") }
        .first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("initdb").path) }

    /// Whether PostgreSQL tests can run here; CI must have it (scripts/setup.sh installs it), so
    /// there a missing server fails the tests instead of skipping them.
    static let enabled = binaries != nil || ProcessInfo.processInfo.environment["CI"] != nil

    static let disabledReason: Comment = "PostgreSQL's server (initdb, postgres) is not installed; scripts/setup.sh installs postgresql-15"

    /// The server's folder: its data, its log and its socket.
    let folder: URL
    let bin: URL
    /// The running `postgres`.
    private let server: Process

    /// The store URL of the server's `postgres` database, as user `auditready`.
    var url: String { "postgres://auditready@/postgres?host=\(folder.path)" }

    /// Creates, starts and waits for a new server, without holding a thread while it waits.
    init() async throws {
        guard let bin = Self.binaries else { throw SetupFailure("PostgreSQL is not installed: \(Self.disabledReason)") }
        self.bin = bin
        // Short: a Unix socket's path has at most 107 bytes.
        folder = URL(fileURLWithPath: "/tmp/ar-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if getuid() == 0 {
            guard let user = getpwnam("postgres") else { throw SetupFailure("running as root, but there is no postgres user to run PostgreSQL as") }
            guard chown(folder.path, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                throw SetupFailure("cannot give \(folder.path) to the postgres user (errno \(errno))")
            }
        }
        let data = folder.appendingPathComponent("data")
        let initdb = try Self.start(bin.appendingPathComponent("initdb"), ["-D", data.path, "-U", "auditready", "--auth=trust", "-E", "UTF8",
                                                                          "--no-sync", "--no-instructions"], log: folder.appendingPathComponent("initdb.log"))
        while initdb.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        guard initdb.terminationStatus == 0 else {
            let output = Self.text(of: folder.appendingPathComponent("initdb.log"))
            try? FileManager.default.removeItem(at: folder)
            throw SetupFailure("initdb failed: \(output.suffix(2000))")
        }
        let log = folder.appendingPathComponent("server.log")
        server = try Self.start(bin.appendingPathComponent("postgres"), ["-D", data.path, "-k", folder.path, "-c", "listen_addresses=", "-F"], log: log)
        // The last line of postmaster.pid says "ready" once the server takes connections.
        let deadline = Date().addingTimeInterval(30)
        while !Self.text(of: data.appendingPathComponent("postmaster.pid")).contains("ready") {
            guard server.isRunning, Date() < deadline else {
                stop()
                throw SetupFailure("PostgreSQL did not start: \(Self.text(of: log))")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Shuts the server down (fast shutdown) and removes its folder.
    func stop() {
        if server.isRunning {
            server.interrupt()
            server.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts one of PostgreSQL's programs with its output in `log`, as the postgres user when
    /// this process is root.
    private static func start(_ program: URL, _ arguments: [String], log: URL) throws -> Process {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", program.path] + arguments
        } else {
            process.executableURL = program
            process.arguments = arguments
        }
        process.currentDirectoryURL = log.deletingLastPathComponent()
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The text of `file`, or "" when it cannot be read.
    private static func text(of file: URL) -> String {
        (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    /// The server could not be set up; the message says why.
    struct SetupFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
