import Dispatch
import Synchronization

/// Results that tasks finish in any order, taken in order by one waiting thread.
///
/// The task side never blocks (`put`); the thread side (`take`) blocks until the result it asks
/// for is there, so it must be a thread of its own, not one of the cooperative pool's.
final class ResultsInOrder<Value: Sendable>: Sendable {
    private let results = Mutex<[Int: Value]>([:])
    /// Signalled once for each result put.
    private let arrivals = DispatchSemaphore(value: 0)

    /// Files result `index`.
    func put(_ value: Value, at index: Int) {
        results.withLock { $0[index] = value }
        arrivals.signal()
    }

    /// Result `index`, removed from the store once it is there.
    func take(_ index: Int) -> Value {
        while true {
            if let value = results.withLock({ $0.removeValue(forKey: index) }) { return value }
            arrivals.wait()
        }
    }
}
