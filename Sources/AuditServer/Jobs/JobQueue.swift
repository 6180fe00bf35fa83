import AuditCore
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Runs queued checks in the background, durably: the queue is the checks table itself.
///
/// On start, checks a stopped server left running go back in the queue and are checked again
/// from the start; a check is marked done in the same write that requires it to be running, so a
/// check is judged once whatever happens to the server in between. A check deleted while it runs
/// is finished and thrown away.
public final class JobQueue: Service, Sendable {
    let checks: CheckStore
    let runner: any CheckRunner
    let data: DataDirectory
    let workers: Int
    let pollInterval: Duration
    let logger: Logger
    let doorbell = Doorbell()

    public init(checks: CheckStore, runner: any CheckRunner, data: DataDirectory, workers: Int, pollInterval: TimeInterval, logger: Logger) {
        self.checks = checks
        self.runner = runner
        self.data = data
        self.workers = max(1, workers)
        self.pollInterval = .milliseconds(Int(pollInterval * 1000))
        self.logger = logger
    }

    /// Wakes an idle worker: a check was queued.
    public func wake() {
        Task { await doorbell.ring() }
    }

    public func run() async throws {
        let requeued = try checks.requeueInterrupted()
        if requeued > 0 { logger.notice("\(requeued) check(s) interrupted by the last stop are queued again") }
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<self.workers {
                    group.addTask { await self.work() }
                }
            }
        }
    }

    /// One worker: takes the oldest queued check, runs it, and again, until the server stops.
    private func work() async {
        while !Task.isCancelled {
            let job: CheckRecord?
            do {
                job = try checks.claimNext()
            } catch {
                logger.error("cannot read the job queue: \(error)")
                job = nil
            }
            if let job {
                await execute(job)
            } else {
                await doorbell.wait(timeout: pollInterval)
            }
        }
    }

    /// Runs one claimed check and records its outcome.
    private func execute(_ job: CheckRecord) async {
        logger.info("checking \(job.fileName) (check \(job.id), attempt \(job.attempts))")
        guard let archive = job.archivePath, let day = CivilDate(iso: job.asOf) else {
            try? checks.fail(job.id, error: "the check's archive or date is missing from the store; upload the archive again")
            return
        }
        let request = CheckRequest(archive: URL(fileURLWithPath: archive), fileName: job.fileName,
                                   ruleset: job.ruleset.split(separator: ",").map(String.init), asOf: day,
                                   region: job.region, reportFolder: data.reportFolder(for: job.id))
        let reporter = ProgressReporter(checks: checks, id: job.id)
        let runner = self.runner
        let outcome = await BlockingWork.run { () -> Result<CheckSummary, any Error> in
            Result { try runner.run(request) { reporter.report($0) } }
        }
        guard let outcome else { return }  // the server is stopping: the check stays running and is queued again on start
        do {
            switch outcome {
            case let .success(summary):
                if try !checks.finish(job.id, summary: summary, documentsDone: summary.documents) {
                    try? FileManager.default.removeItem(at: request.reportFolder)
                }
            case let .failure(error):
                try? FileManager.default.removeItem(at: request.reportFolder)
                let message = (error as? CheckInputError)?.description
                    ?? "the check stopped with an internal error (\(error)); try again, and report it if it repeats"
                logger.warning("check \(job.id) failed: \(message)")
                try checks.fail(job.id, error: message)
            }
        } catch {
            logger.error("cannot record the outcome of check \(job.id): \(error)")
        }
    }
}

/// Hands a running check's progress to the store, at most a few times a second.
final class ProgressReporter: Sendable {
    let checks: CheckStore
    let id: String
    private let lastWrite = Mutex<ContinuousClock.Instant?>(nil)
    static let interval: Duration = .milliseconds(200)

    init(checks: CheckStore, id: String) {
        self.checks = checks
        self.id = id
    }

    func report(_ progress: CheckProgress) {
        let now = ContinuousClock.now
        let due = lastWrite.withLock { last -> Bool in
            if let last, now - last < Self.interval { return false }
            last = now
            return true
        }
        if due { try? checks.recordProgress(id, documentsDone: progress.documentsDone, current: progress.currentDocument) }
    }
}
