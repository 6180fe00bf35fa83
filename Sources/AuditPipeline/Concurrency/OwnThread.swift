import Foundation

/// Runs blocking work on threads of its own, outside Swift's cooperative pool.
///
/// The cooperative pool has as many threads as cores: a task that blocks one (a pipe read, a C
/// library's reading, a wait for another thread) takes a core's share of the pool from every
/// other task, and a few such tasks can stop the pipeline. Blocking work therefore runs here, on
/// a dedicated thread, and the task awaiting it is suspended, not blocked.
enum OwnThread {
    /// The stack each thread gets, as large as the main thread's that `auditready check` reads on:
    /// readers recurse (PDF objects, archives in archives).
    static let stackSize = 8 << 20

    /// `work`'s result, computed on a new thread while the calling task is suspended.
    static func run<T: Sendable>(_ name: String, _ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.name = name
            thread.stackSize = stackSize
            thread.start()
        }
    }
}
