import Dispatch
import Synchronization

/// Values a thread produces and a task consumes one at a time, in order: the thread waits until
/// the task asks for the next value before it hands it on.
///
/// The producer (the intake's walk over an archive, a document read in this process) is
/// synchronous code that cannot suspend; it blocks in `send` on its own thread, never on the
/// cooperative pool. At most one value waits between the two, so memory stays bounded by what
/// the consumer holds: the producer does not run ahead of it.
final class HandOff<Element: Sendable>: AsyncSequence, Sendable {
    private let stream: AsyncStream<Element>
    private let continuation: AsyncStream<Element>.Continuation
    /// Signalled once for each value the consumer asks for, and when it stops asking.
    private let demand = DispatchSemaphore(value: 0)
    /// Whether the consumer is gone: the producer then no longer waits.
    private let ended = Atomic<Bool>(false)

    init() {
        (stream, continuation) = AsyncStream.makeStream(of: Element.self, bufferingPolicy: .unbounded)
        continuation.onTermination = { [weak self] _ in
            self?.ended.store(true, ordering: .sequentiallyConsistent)
            self?.demand.signal()
        }
    }

    /// Hands `value` on once the consumer asks for it; from the producer's thread only.
    func send(_ value: Element) {
        if !ended.load(ordering: .sequentiallyConsistent) { demand.wait() }
        continuation.yield(value)
    }

    /// Ends the sequence after the values sent.
    func finish() {
        continuation.finish()
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(base: stream.makeAsyncIterator(), demand: demand)
    }

    /// Asks the producer for each value as it is awaited.
    struct Iterator: AsyncIteratorProtocol {
        fileprivate var base: AsyncStream<Element>.Iterator
        fileprivate let demand: DispatchSemaphore

        mutating func next() async -> Element? {
            demand.signal()
            return await base.next()
        }

        mutating func next(isolation actor: isolated (any Actor)?) async -> Element? {
            demand.signal()
            return await base.next(isolation: actor)
        }
    }
}
