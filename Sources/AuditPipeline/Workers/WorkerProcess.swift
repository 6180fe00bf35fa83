#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// One document worker process: its pid, the pipes to it, and the file its standard error goes to.
///
/// Owns the process: `deinit` ends it (closing its input) or, if it is still running, kills it,
/// and always reaps it, so no zombie outlives its owner. One task uses it at a time (the one the
/// pool lent it to); what it learns of the process is kept under a `Mutex` all the same, so the
/// compiler can check that it may pass between the pool and that task.
final class WorkerProcess: Sendable {
    let pid: pid_t
    /// Requests go out on the worker's standard input; frames come back on its standard output.
    let pipe: FramePipe
    /// An unlinked temporary file holding what the worker wrote on standard error.
    private let errorLog: Int32
    private let state = Mutex(State())

    /// What is known of the process: how it ended, once reaped, and whether its input is closed.
    private struct State {
        var ending: Ending?
        var inputClosed = false
    }

    /// How a worker process ended.
    struct Ending: Sendable {
        /// The signal that ended it, if one did.
        var signal: Int32?
        /// Its exit status, if it exited.
        var status: Int32?
        /// Its peak resident memory, bytes.
        var peakMemory: Int
    }

    /// Starts `executable` with `arguments` (which tell it its memory limit, see `DocumentWorker`).
    /// Throws a description of what failed.
    init(executable: String, arguments: [String], temporaryDirectory: URL) throws(WorkerStartError) {
        // Every descriptor is made close-on-exec before another worker can be started, so no
        // worker inherits another's pipe (and keeps it open past that worker's end).
        let started = try Self.spawnLock.withLock { _ throws(WorkerStartError) in
            try Self.spawn(executable: executable, arguments: arguments, temporaryDirectory: temporaryDirectory)
        }
        (pid, pipe, errorLog) = (started.pid, started.pipe, started.errorLog)
    }

    /// Starts the process; its pid, the pipes to it, and its standard error's file (or -1).
    private static func spawn(executable: String, arguments: [String],
                              temporaryDirectory: URL) throws(WorkerStartError) -> (pid: pid_t, pipe: FramePipe, errorLog: Int32) {
        var request: [Int32] = [0, 0]
        var reply: [Int32] = [0, 0]
        guard Glibc.pipe(&request) == 0 else { throw WorkerStartError("no pipe: \(String(cString: strerror(errno)))") }
        guard Glibc.pipe(&reply) == 0 else {
            close(request[0]); close(request[1])
            throw WorkerStartError("no pipe: \(String(cString: strerror(errno)))")
        }
        var template = Array(temporaryDirectory.appendingPathComponent("auditready-worker-XXXXXX").path.utf8CString)
        let log = mkstemp(&template)
        if log >= 0 { unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }) }
        for descriptor in request + reply + [log] where descriptor >= 0 { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let errorTarget = log >= 0 ? log : STDERR_FILENO

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, request[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, reply[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errorTarget, STDERR_FILENO)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, nil, argv, environ)
        close(request[0])
        close(reply[1])
        guard result == 0 else {
            close(request[1]); close(reply[0])
            if log >= 0 { close(log) }
            throw WorkerStartError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return (child, FramePipe(input: reply[0], output: request[1]), log)
    }

    /// Held while a worker is started, process-wide: every descriptor is made close-on-exec
    /// before another worker can be spawned. (`pipe2` and `mkostemp`, which would do it at
    /// once, are GNU extensions that Swift's Glibc module leaves out.)
    private static let spawnLock = Mutex(())

    deinit {
        let ended = state.withLock { $0.ending != nil }
        if !ended {
            if isRunning { kill(pid, SIGKILL) }
            _ = reap()
        }
        close(pipe.input)
        if !state.withLock({ $0.inputClosed }) { close(pipe.output) }
        if errorLog >= 0 { close(errorLog) }
    }

    /// Whether the process is still there (not ended, or ended and not yet reaped).
    var isRunning: Bool {
        state.withLock { state in
            guard state.ending == nil else { return false }
            var status: Int32 = 0
            var usage = rusage()
            let result = wait4(pid, &status, WNOHANG, &usage)
            if result == pid {
                state.ending = Self.ending(status: status, usage: usage)
                return false
            }
            return result == 0
        }
    }

    /// Kills the process (if it still runs) and returns how it ended; blocks until it is reaped.
    @discardableResult
    func stop() -> Ending {
        if let ending = state.withLock({ $0.ending }) { return ending }
        kill(pid, SIGKILL)
        return reap()
    }

    /// Closes the process's input, so it finishes and exits, and waits for it.
    func finish() {
        state.withLock { state in
            if !state.inputClosed { close(pipe.output) }
            state.inputClosed = true
        }
        _ = reap()
    }

    /// The last lines the process wrote on standard error, at most `limit` bytes.
    func errorTail(limit: Int = 2048) -> String {
        guard errorLog >= 0 else { return "" }
        let size = lseek(errorLog, 0, SEEK_END)
        guard size > 0 else { return "" }
        let count = min(Int(size), limit)
        var buffer = [UInt8](repeating: 0, count: count)
        let read = pread(errorLog, &buffer, count, off_t(size) - off_t(count))
        return String(decoding: buffer.prefix(max(0, read)), as: UTF8.self)
    }

    private func reap() -> Ending {
        state.withLock { state in
            if let ending = state.ending { return ending }
            var status: Int32 = 0
            var usage = rusage()
            while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
            let ended = Self.ending(status: status, usage: usage)
            state.ending = ended
            return ended
        }
    }

    private static func ending(status: Int32, usage: rusage) -> Ending {
        let signalled = (status & 0x7f) != 0 && (status & 0x7f) != 0x7f
        return Ending(signal: signalled ? status & 0x7f : nil, status: signalled ? nil : (status >> 8) & 0xff,
                      peakMemory: usage.ru_maxrss * 1024)
    }
}

/// Why a worker process could not be started.
struct WorkerStartError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
