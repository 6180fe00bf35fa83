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
/// and the next document gets a fresh worker. The actor owns the idle workers and the count of
/// those lent out; a document's exchange with its worker runs in the reading task, outside the
/// actor, with each blocking pipe read and write on a thread of its own (see `FramePipe`).
actor DocumentWorkerPool: DocumentReadingService {
    private let configuration: DocumentWorkerConfiguration
    private let temporaryDirectory: URL
    private let logger: Logger
    /// Workers waiting for a document.
    private var idle: [WorkerProcess] = []
    /// Worker processes that may run at once, however many checks share the pool.
    private let maxProcesses: Int
    /// Workers lent out to a document, or being started for one.
    private var lent = 0
    /// Documents waiting for a worker, first come first served.
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// A pool of at most `maxProcesses` workers.
    init(configuration: DocumentWorkerConfiguration, maxProcesses: Int, temporaryDirectory: URL, logger: Logger) {
        self.maxProcesses = max(1, maxProcesses)
        self.configuration = configuration
        self.temporaryDirectory = temporaryDirectory
        self.logger = logger
        // A worker that dies makes writes to its pipe fail with EPIPE instead of killing the check.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        for worker in idle { worker.finish() }
    }

    /// Ends the idle workers (closing their input, so they exit) and reaps them, off the pool.
    func close() async {
        let workers = idle
        idle = []
        await OwnThread.run("auditready.worker-stop") {
            for worker in workers { worker.finish() }
        }
    }

    nonisolated func read(path: String, bytes: Data, sha256: String?,
                          part: (EvidenceModel) async -> Void) async -> (reading: DocumentReading, fromCache: Bool) {
        let digest = sha256 ?? DocumentProcessor.sha256(bytes)
        let kind = Self.kind(of: ExtractionInput(path: path, bytes: bytes))
        let worker: WorkerProcess
        switch await checkOut() {
        case let .success(started):
            worker = started
        case let .failure(error):
            return failed(path: path, sha256: digest, WorkerFailure(cause: .notStarted("\(error)"), kind: kind, partsDelivered: 0))
        }
        let limit = configuration.timeLimit(forBytes: bytes.count)
        var deadline = ContinuousClock.now + limit
        var parts = 0
        do throws(FramePipe.Failure) {
            try await worker.pipe.sendOnOwnThread(.request(path: path, sha256: digest, bytes: bytes))
            while true {
                switch try await worker.pipe.receiveOnOwnThread(deadline: deadline) {
                case let .part(model):
                    parts += 1
                    // A part waits for the documents before it in the archive: that time is theirs,
                    // not this document's, and its limit is moved on by as much.
                    let handedOn = ContinuousClock.now
                    await part(model)
                    deadline += ContinuousClock.now - handedOn
                case let .done(reading, fromCache):
                    await checkIn(worker)
                    return (reading, fromCache)
                case .request:
                    throw .corrupt("a request instead of a reading")
                }
            }
        } catch {
            let memoryLimit = configuration.memoryLimit
            // Killing and reaping a worker waits for the system to take it down: not on the pool.
            let cause = await OwnThread.run("auditready.worker-stop") { () -> WorkerFailure.Cause in
                switch error {
                case .timedOut:
                    worker.stop()
                    return .timedOut(limit)
                case let .corrupt(detail):
                    worker.stop()
                    return .garbled(detail)
                case .closed, .failed:
                    // The worker ended on its own (or was killed): wait for it to say how.
                    return .ended(worker.stop(), memoryLimit: memoryLimit, lastWords: worker.errorTail())
                }
            }
            await checkIn(nil)
            let failure = WorkerFailure(cause: cause, kind: kind, partsDelivered: parts)
            logger.warning("document worker stopped", metadata: ["path": "\(path)", "pid": "\(worker.pid)", "reason": "\(failure.reason.en)"])
            return failed(path: path, sha256: digest, failure)
        }
    }

    /// An idle worker that is still running, or a new one, once fewer than `maxProcesses` are lent out.
    private func checkOut() async -> Result<WorkerProcess, WorkerStartError> {
        if lent < maxProcesses {
            lent += 1
        } else {
            // `checkIn` hands its place straight to the first waiting document.
            await withCheckedContinuation { waiting.append($0) }
        }
        while let worker = idle.popLast() {
            // A worker killed while it waited holds no document: it is replaced, and nothing is lost.
            if worker.isRunning { return .success(worker) }
            logger.info("document worker ended while idle; starting another", metadata: ["pid": "\(worker.pid)"])
        }
        let limit = configuration.memoryLimit.map { ["--memory-limit", "\($0)"] } ?? []
        do throws(WorkerStartError) {
            let worker = try WorkerProcess(executable: configuration.executable, arguments: configuration.arguments + limit,
                                           temporaryDirectory: temporaryDirectory)
            logger.debug("document worker started", metadata: ["pid": "\(worker.pid)"])
            return .success(worker)
        } catch {
            checkIn(nil)
            return .failure(error)
        }
    }

    /// Takes back a lent worker (nil for one that failed or never started) and gives its place
    /// to the next waiting document.
    private func checkIn(_ worker: WorkerProcess?) {
        if let worker { idle.append(worker) }
        if waiting.isEmpty {
            lent -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    private nonisolated func failed(path: String, sha256: String, _ failure: WorkerFailure) -> (reading: DocumentReading, fromCache: Bool) {
        let record = DocumentRecord(path: path, sha256: sha256, status: .unreadable, reasonText: failure.reason)
        return (DocumentReading(record: record, evidence: EvidenceModel(), parts: failure.partsDelivered, rowShortfall: nil), false)
    }

    /// What a person calls a document of this content: "PDF", "workbook", "image", "document".
    static func kind(of input: ExtractionInput) -> ReasonText {
        switch DocumentFormat(of: input) {
        case .pdf: return PipelineReason.kindPDF()
        case .xlsx, .xls: return PipelineReason.kindWorkbook()
        case .image: return PipelineReason.kindImage()
        case .delimitedText, .plainText: return PipelineReason.kindTextFile()
        case .byName: return PipelineReason.kindDocument()
        }
    }
}
