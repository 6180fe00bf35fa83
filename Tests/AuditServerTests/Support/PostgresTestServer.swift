import Foundation
import Testing

/// A throwaway PostgreSQL server for one test: `initdb` into a new temporary folder and `pg_ctl
/// start`, listening only on a Unix socket in that folder; `stop()` ends it and removes the folder.
///
/// PostgreSQL refuses to run as root, so as root (CI) the folder is given to the `postgres` system
/// user that Debian's package creates, and the server runs as that user.
final class PostgresTestServer: Sendable {
    /// The folder of PostgreSQL's server programs, newest version first; nil when none is installed.
    static let binaries: URL? = ["17", "16", "15", "14"]
        .map { URL(fileURLWithPath: "/usr/lib/postgresql/\($0)/bin") }
        .first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("initdb").path) }

    /// Whether PostgreSQL tests can run here; CI must have it (scripts/setup.sh installs it), so
    /// there a missing server fails the tests instead of skipping them.
    static let enabled = binaries != nil || ProcessInfo.processInfo.environment["CI"] != nil

    static let disabledReason: Comment = "PostgreSQL's server (initdb, pg_ctl) is not installed; scripts/setup.sh installs postgresql-15"

    /// The server's folder: its data, its log and its socket.
    let folder: URL
    let bin: URL

    /// The store URL of the server's `postgres` database, as user `auditready`.
    var url: String { "postgres://auditready@/postgres?host=\(folder.path)" }

    /// Creates, starts and waits for a new server.
    init() throws {
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
        let data = folder.appendingPathComponent("data").path
        try run("initdb", ["-D", data, "-U", "auditready", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"])
        try run("pg_ctl", ["-D", data, "-l", folder.appendingPathComponent("log").path, "-w", "-t", "30",
                           "-o", "-k \(folder.path) -c listen_addresses='' -F", "start"])
    }

    /// Stops the server at once and removes its folder.
    func stop() {
        try? run("pg_ctl", ["-D", folder.appendingPathComponent("data").path, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs one of PostgreSQL's programs, as the postgres user when this process is root.
    private func run(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        let path = bin.appendingPathComponent(program).path
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "postgres", "--", path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SetupFailure("\(program) failed (\(process.terminationStatus)): \(text)") }
    }

    /// The server could not be set up; the message says why.
    struct SetupFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
