import AuditCore
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Runs queued checks in the background, durably: the queue is the store's checks table itself.
///
/// A check this process is running when it stops goes back in the queue; so, on start, do the
/// checks a process that died left running (see `ServerStore.requeueInterrupted`), and they are
/// checked again from the start. A check is marked done in the same write that requires its claim
/// to be still this queue's, so a check is judged once whatever happens in between. While a check
/// runs, the queue heartbeats when the store asks for it (PostgreSQL, where another machine's queue
/// takes over a check whose heartbeat stopped). A check deleted while it runs is finished and
/// thrown away.
public final class JobQueue: Service, Sendable {
    let store: any ServerStore
    let runner: any CheckRunner
    let workers: Int
    let pollInterval: Duration
    let holdEachCheck: Duration
    let logger: Logger
    let doorbell = Doorbell()

    /// A queue of `workers` checks at once over `store`. `holdEachCheck` makes every check wait
    /// that long after it is claimed, heartbeating, before it is read: for tests that stop a
    /// worker mid-check; leave it 0 otherwise.
    public init(store: any ServerStore, runner: any CheckRunner, workers: Int, pollInterval: TimeInterval,
                holdEachCheck: TimeInterval = 0, logger: Logger) {
        self.store = store
        self.runner = runner
        self.workers = max(1, workers)
        self.pollInterval = .milliseconds(Int(pollInterval * 1000))
        self.holdEachCheck = .milliseconds(Int(holdEachCheck * 1000))
        self.logger = logger
    }

    /// Wakes an idle worker: a check was queued.
    public func wake() {
        Task { await doorbell.ring() }
    }

    public func run() async throws {
        let requeued = try await store.requeueInterrupted()
        if requeued > 0 { logger.notice("\(requeued) check(s) interrupted by the last stop are queued again") }
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<self.workers {
                    group.addTask { await self.work() }
                }
            }
        }
    }

    /// One worker: takes the oldest queued check, runs it, and again, until the process stops.
    private func work() async {
        while !Task.isCancelled {
            let job: CheckRecord?
            do {
                job = try await store.claimNext()
            } catch {
                logger.error("cannot read the job queue: \(error)")
                job = nil
            }
            if let job {
                let heartbeat = heartbeat(for: job)
                await execute(job)
                heartbeat?.cancel()
                store.release(job)
            } else {
                await doorbell.wait(timeout: pollInterval)
            }
        }
    }

    /// A task that tells the store every `heartbeatInterval` that `job` is still being worked on,
    /// until cancelled; nil when the store needs no heartbeat.
    private func heartbeat(for job: CheckRecord) -> Task<Void, Never>? {
        guard let interval = store.heartbeatInterval else { return nil }
        let (store, logger) = (self.store, self.logger)
        return Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                guard !Task.isCancelled else { return }
                do {
                    if try await !store.heartbeat(job) {
                        logger.warning("check \(job.id) was deleted or taken over by another worker; its outcome will be thrown away")
                        return
                    }
                } catch {
                    logger.error("cannot record the heartbeat of check \(job.id): \(error)")
                }
            }
        }
    }

    /// Runs one claimed check and records its outcome.
    private func execute(_ job: CheckRecord) async {
        logger.info("checking \(job.fileName) (check \(job.id), attempt \(job.attempts))")
        if holdEachCheck > .zero {
            try? await Task.sleep(for: holdEachCheck)
        }
        guard !Task.isCancelled else { return await giveBack(job) }
        let request: CheckRequest
        do {
            guard let day = CivilDate(iso: job.asOf) else {
                throw CheckInputError("the check's date '\(job.asOf)' is not a day; upload the archive again")
            }
            request = CheckRequest(archive: try await store.archive(for: job), fileName: job.fileName,
                                   ruleset: job.ruleset.split(separator: ",").map(String.init), asOf: day,
                                   region: job.region, reportFolder: store.reportFolder(for: job))
        } catch {
            if Task.isCancelled { return await giveBack(job) }
            let message = (error as? CheckInputError)?.description ?? "the check's archive cannot be read from the store (\(error)); upload the archive again"
            try? await store.fail(job, error: message)
            return
        }
        let reporter = ProgressReporter(store: store, job: job)
        let runner = self.runner
        let outcome = await BlockingWork.run { () -> Result<CheckSummary, any Error> in
            Result { try runner.run(request) { reporter.report($0) } }
        }
        guard let outcome else { return await giveBack(job) }
        do {
            switch outcome {
            case let .success(summary):
                if try await !store.finish(job, summary: summary) {
                    logger.notice("check \(job.id) was deleted or taken over by another worker meanwhile; this outcome is thrown away")
                }
            case let .failure(error):
                let message = (error as? CheckInputError)?.description
                    ?? "the check stopped with an internal error (\(error)); try again, and report it if it repeats"
                logger.warning("check \(job.id) failed: \(message)")
                try await store.fail(job, error: message)
            }
        } catch {
            logger.error("cannot record the outcome of check \(job.id): \(error)")
        }
    }
}

extension JobQueue {
    /// Puts `job` back in the queue because this process is stopping before it finished, so
    /// another worker (or this one, restarted) takes it up at once rather than after its lease.
    /// Runs in a task of its own: the stopping task's cancellation must not cancel the write.
    func giveBack(_ job: CheckRecord) async {
        logger.notice("stopping: check \(job.id) goes back in the queue")
        let store = self.store
        do {
            try await Task { try await store.giveBack(job) }.value
        } catch {
            logger.error("cannot put check \(job.id) back in the queue (\(error)); it is taken up again when its lease runs out or the server restarts")
        }
    }
}

/// Hands a running check's progress to the store, at most a few times a second.
final class ProgressReporter: Sendable {
    let store: any ServerStore
    let job: CheckRecord
    private let lastWrite = Mutex<ContinuousClock.Instant?>(nil)
    static let interval: Duration = .milliseconds(200)

    init(store: any ServerStore, job: CheckRecord) {
        self.store = store
        self.job = job
    }

    func report(_ progress: CheckProgress) {
        let now = ContinuousClock.now
        let due = lastWrite.withLock { last -> Bool in
            if let last, now - last < Self.interval { return false }
            last = now
            return true
        }
        guard due else { return }
        let (store, job) = (self.store, self.job)
        Task { try? await store.recordProgress(job, documentsDone: progress.documentsDone, current: progress.currentDocument) }
    }
}
