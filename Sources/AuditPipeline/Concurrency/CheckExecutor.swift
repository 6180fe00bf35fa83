import Dispatch
import Foundation
import Synchronization

/// A task executor of one thread of its own, on which a synchronous check's async stage runs
/// while the calling thread waits.
///
/// `AuditPipeline.check` and its siblings are synchronous, and their callers may be threads of
/// the cooperative pool (a synchronous test, a task that does not move the check to a thread of
/// its own): a caller that blocks there while the stage's tasks wait for a turn on the same pool
/// could stop both. With this executor as their preference, the stage's tasks, and the actors
/// they call (`ArchiveOrder`, `DocumentWorkerPool`), run on this thread instead; the work that
/// blocks (readings, pipe reads) runs on threads of its own (`OwnThread`). The orchestration is
/// light, so one thread is enough.
final class CheckExecutor: TaskExecutor, Sendable {
    /// Jobs waiting to run, and whether the thread should end once they have.
    private struct Queue: ~Copyable {
        var jobs: [UnownedJob] = []
        var stopping = false
    }

    private let queue = Mutex(Queue())
    /// Signalled once for each job enqueued, and once to stop.
    private let wake = DispatchSemaphore(value: 0)

    /// Starts the executor's thread, named `name`.
    init(name: String) {
        let thread = Thread { [self] in runJobs() }
        thread.name = name
        thread.stackSize = OwnThread.stackSize
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.withLock { $0.jobs.append(job) }
        wake.signal()
    }

    /// Waits, blocking the calling thread, for `task` (started with this executor as its
    /// preference) to end; then ends the executor's thread. Call it once, from outside the executor.
    func value<T: Sendable>(of task: Task<T, Never>) -> T {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<T?>(nil)
        Task(executorPreference: self) {
            let value = await task.value
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        queue.withLock { $0.stopping = true }
        wake.signal()
        return result.withLock { $0.take()! }
    }

    private func runJobs() {
        while true {
            wake.wait()
            let next = queue.withLock { queue -> UnownedJob?? in
                if !queue.jobs.isEmpty { return queue.jobs.removeFirst() }
                return queue.stopping ? .none : .some(nil)
            }
            switch next {
            case let .some(.some(job)): job.runSynchronously(on: asUnownedTaskExecutor())
            case .some(.none): continue
            case .none: return
            }
        }
    }
}
