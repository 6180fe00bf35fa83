import Foundation
import Synchronization

/// Runs synchronous, long work (a whole check) on a thread of its own, off Swift's cooperative
/// pool, and awaits its result.
enum BlockingWork {
    /// The stack each check's thread gets, as large as the main thread's that `auditready check` runs on.
    static let stackSize = 8 << 20

    /// `work`'s result. When the awaiting task is cancelled (the server stops), returns nil at
    /// once and leaves the thread to finish on its own.
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T? {
        let box = Mutex<CheckedContinuation<T?, Never>?>(nil)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                box.withLock { $0 = continuation }
                let thread = Thread {
                    let value = work()
                    box.withLock { $0.take()?.resume(returning: value) }
                }
                thread.stackSize = stackSize
                thread.start()
            }
        } onCancel: {
            box.withLock { $0.take()?.resume(returning: nil) }
        }
    }
}
