#if canImport(Glibc)
import Glibc
#endif
import AuditEvidence
import Foundation
import Logging

/// The worker side of `DocumentWorkerPool`: reads the documents asked for on standard input and
/// answers with their readings on standard output, until its input ends.
public enum DocumentWorker {
    /// A fault to act out, for the fault tests: `AUDITREADY_WORKER_FAULT=ACTION:SUFFIX` makes the
    /// worker, asked for a document whose path ends with SUFFIX, crash (`segv`), trap (`trap`),
    /// kill itself (`kill`), hang (`hang`) or allocate without end (`allocate`) instead of reading it,
    /// or read it as if the disk of its temporary files were full (`disk-full`); `linger:` makes
    /// it take two seconds to end once its input does.
    public static let faultVariable = "AUDITREADY_WORKER_FAULT"

    /// Serves requests with the documents read as `configuration` says; returns when the input
    /// ends. Anything a library prints on standard output goes to standard error instead, so it
    /// cannot corrupt the frames.
    public static func serve(configuration: PipelineConfiguration, logger: Logger) {
        let replies = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        let pipe = FramePipe(input: STDIN_FILENO, output: replies)
        let processor = AuditPipeline(configuration: configuration, logger: logger).makeProcessor()
        let fault = ProcessInfo.processInfo.environment[faultVariable].flatMap(WorkerFault.init)
        while true {
            let frame: WorkerFrame
            do {
                frame = try pipe.receive()
            } catch {
                if case .closed = error {
                    // A worker slow to end once its input does, which the check must still wait for.
                    if fault?.action == "linger" { sleep(2) }
                    return
                }
                logger.error("document worker: \(error)")
                exit(3)
            }
            guard case let .request(path, sha256, bytes) = frame else {
                logger.error("document worker: a frame other than a request")
                exit(3)
            }
            let faulted = fault.flatMap { path.hasSuffix($0.suffix) ? $0 : nil }
            do throws(FramePipe.Failure) {
                var sendFailure: FramePipe.Failure?
                let result = WorkerFault.acting(faulted) {
                    processor.process(path: path, bytes: bytes, sha256: sha256) { model in
                        guard sendFailure == nil else { return }
                        do throws(FramePipe.Failure) { try pipe.send(.part(model)) } catch { sendFailure = error }
                    }
                }
                if let sendFailure { throw sendFailure }
                try pipe.send(.done(result.reading, fromCache: result.fromCache))
                // A worker lives for many documents: what one document's pages and cells took is
                // given back to the system before the next, so the workers' memory stays flat.
                releaseFreedMemory()
            } catch {
                // The check is gone: nothing is left to answer.
                return
            }
        }
    }
}

/// Gives the memory malloc holds free back to the system (glibc's `malloc_trim`, looked up at
/// run time since Swift's Glibc module leaves the GNU extensions out).
private func releaseFreedMemory() {
    typealias Trim = @convention(c) (Int) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    _ = unsafeBitCast(symbol, to: Trim.self)(0)
}

/// A fault a worker acts out instead of reading a document (see `DocumentWorker.faultVariable`).
struct WorkerFault {
    var action: String
    var suffix: String

    init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        action = String(text[..<colon])
        suffix = String(text[text.index(after: colon)...])
    }

    /// `read`'s result, with `fault` (if any) acted out first: a fault that ends the reading never
    /// returns; a full disk lasts for this reading only.
    static func acting<T>(_ fault: WorkerFault?, _ read: () -> T) -> T {
        guard let fault else { return read() }
        guard fault.action == "disk-full" else {
            fault.act()
            return read()
        }
        // Files this process writes may not grow at all, as on a full disk: writes fail with EFBIG
        // (and SIGXFSZ, which would end the process, is ignored). Pipes are not files: the
        // reading still reaches the check.
        var saved = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
        var full = rlimit(rlim_cur: 0, rlim_max: saved.rlim_max)
        signal(SIGXFSZ, SIG_IGN)
        setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &full)
        defer { setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved) }
        return read()
    }

    /// Acts out a fault that ends the reading: the worker crashes, traps, is killed, hangs or runs out of memory.
    func act() {
        switch action {
        case "segv":
            // A real invalid access, as a reader's bug would make: raising the signal could be caught.
            UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
        case "kill": raise(SIGKILL)
        case "trap": fatalError("fault test: a trap while reading")
        case "hang": while true { sleep(60) }
        case "allocate":
            var blocks: [UnsafeMutableRawPointer] = []
            while true {
                guard let block = malloc(16 << 20) else { fatalError("fault test: cannot allocate memory") }
                memset(block, 1, 16 << 20)
                blocks.append(block)
            }
        default: break
        }
    }
}
