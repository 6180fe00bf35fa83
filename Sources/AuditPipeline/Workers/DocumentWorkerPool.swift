#if canImport(Glibc)
import Glibc
#endif
import AuditCore
import AuditEvidence
import AuditExtraction
import Foundation
import Logging

/// Reads documents in worker processes, one document per worker at a time, so a document that
/// crashes a reader, runs over its time or exhausts memory costs that document only.
///
/// Workers start when first needed and are kept for the next document; one that fails is
/// killed and reaped, its document becomes `unreadable` with the reason (see `WorkerFailure`),
/// and the next document gets a fresh worker.
final class DocumentWorkerPool: DocumentReadingService, @unchecked Sendable {
    private let configuration: DocumentWorkerConfiguration
    private let temporaryDirectory: URL
    private let logger: Logger
    /// Guards `idle`: workers waiting for a document.
    private let lock = NSLock()
    private var idle: [WorkerProcess] = []
    /// Worker processes that may run at once, however many checks share the pool.
    private let processes: DispatchSemaphore

    /// A pool of at most `maxProcesses` workers.
    init(configuration: DocumentWorkerConfiguration, maxProcesses: Int, temporaryDirectory: URL, logger: Logger) {
        processes = DispatchSemaphore(value: max(1, maxProcesses))
        self.configuration = configuration
        self.temporaryDirectory = temporaryDirectory
        self.logger = logger
        // A worker that dies makes writes to its pipe fail with EPIPE instead of killing the check.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        for worker in idle { worker.finish() }
    }

    func process(path: String, bytes: Data, sha256: String?, part: (EvidenceModel) -> Void) -> (reading: DocumentReading, fromCache: Bool) {
        let digest = sha256 ?? DocumentProcessor.sha256(bytes)
        let kind = Self.kind(of: ExtractionInput(path: path, bytes: bytes))
        processes.wait()
        defer { processes.signal() }
        let worker: WorkerProcess
        do {
            worker = try checkOut()
        } catch {
            return failed(path: path, sha256: digest, WorkerFailure(cause: .notStarted("\(error)"), kind: kind, partsDelivered: 0))
        }
        let limit = configuration.timeLimit(forBytes: bytes.count)
        let deadline = ContinuousClock.now + limit
        var parts = 0
        do throws(FramePipe.Failure) {
            try worker.pipe.send(.request(path: path, sha256: digest, bytes: bytes))
            while true {
                switch try worker.pipe.receive(deadline: deadline) {
                case let .part(model):
                    parts += 1
                    part(model)
                case let .done(reading, fromCache):
                    checkIn(worker)
                    return (reading, fromCache)
                case .request:
                    throw .corrupt("a request instead of a reading")
                }
            }
        } catch {
            let cause: WorkerFailure.Cause
            switch error {
            case .timedOut:
                worker.stop()
                cause = .timedOut(limit)
            case let .corrupt(detail):
                worker.stop()
                cause = .garbled(detail)
            case .closed, .failed:
                // The worker ended on its own (or was killed): wait for it to say how.
                cause = .ended(worker.stop(), memoryLimit: configuration.memoryLimit, lastWords: worker.errorTail())
            }
            let failure = WorkerFailure(cause: cause, kind: kind, partsDelivered: parts)
            logger.warning("document worker stopped", metadata: ["path": "\(path)", "pid": "\(worker.pid)", "reason": "\(failure.reason)"])
            return failed(path: path, sha256: digest, failure)
        }
    }

    /// An idle worker that is still running, or a new one.
    private func checkOut() throws -> WorkerProcess {
        while let worker = lock.withLock({ idle.popLast() }) {
            // A worker killed while it waited holds no document: it is replaced, and nothing is lost.
            if worker.isRunning { return worker }
            logger.info("document worker ended while idle; starting another", metadata: ["pid": "\(worker.pid)"])
        }
        let limit = configuration.memoryLimit.map { ["--memory-limit", "\($0)"] } ?? []
        let worker = try WorkerProcess(executable: configuration.executable, arguments: configuration.arguments + limit,
                                       temporaryDirectory: temporaryDirectory)
        logger.debug("document worker started", metadata: ["pid": "\(worker.pid)"])
        return worker
    }

    private func checkIn(_ worker: WorkerProcess) {
        lock.withLock { idle.append(worker) }
    }

    private func failed(path: String, sha256: String, _ failure: WorkerFailure) -> (reading: DocumentReading, fromCache: Bool) {
        let record = DocumentRecord(path: path, sha256: sha256, status: .unreadable, reason: failure.reason)
        return (DocumentReading(record: record, evidence: EvidenceModel(), parts: failure.partsDelivered, rowShortfall: nil), false)
    }

    /// What a person calls a document of this content: "PDF", "workbook", "image", "document".
    static func kind(of input: ExtractionInput) -> String {
        switch DocumentFormat(of: input) {
        case .pdf: return "PDF"
        case .xlsx, .xls: return "workbook"
        case .image: return "image"
        case .delimitedText, .plainText: return "text file"
        case .byName: return "document"
        }
    }
}
