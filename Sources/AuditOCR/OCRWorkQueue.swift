import Foundation

/// One page waiting for a worker: its image, and where its result goes.
struct OCRJob: Sendable {
    var image: GreyImage
    var index: Int
    var batch: OCRBatch
}

/// A blocking first-in, first-out queue of pages shared by the pool's worker threads.
final class OCRWorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [OCRJob] = []
    private var head = 0
    private var closed = false

    /// Adds a page for the next free worker.
    func push(_ job: OCRJob) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// The oldest waiting page, blocking until there is one; nil once the queue is closed.
    func pop() -> OCRJob? {
        condition.lock()
        defer { condition.unlock() }
        while head == jobs.count && !closed { condition.wait() }
        guard head < jobs.count else { return nil }
        let job = jobs[head]
        head += 1
        if head == jobs.count {
            jobs.removeAll(keepingCapacity: true)
            head = 0
        }
        return job
    }

    /// Wakes every worker to stop once the pages already queued are done.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// The results of one `recognize` call, filled in by workers in any order, read in page order.
final class OCRBatch: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [PageOCRResult?]
    private var outstanding = 0

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    /// Counts a page as sent to the workers.
    func sent() {
        condition.lock()
        outstanding += 1
        condition.unlock()
    }

    /// Stores a page's result (from a worker, or directly for a page that never reached one).
    func deliver(_ result: PageOCRResult, at index: Int, sent: Bool = true) {
        condition.lock()
        results[index] = result
        if sent { outstanding -= 1 }
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until fewer than `limit` pages are with the workers.
    func waitUntilOutstanding(below limit: Int) {
        condition.lock()
        while outstanding >= limit { condition.wait() }
        condition.unlock()
    }

    /// Blocks until every page has its result, then returns them in page order.
    func waitForAll() -> [PageOCRResult] {
        condition.lock()
        defer { condition.unlock() }
        while outstanding > 0 { condition.wait() }
        return results.map { $0 ?? .failed("the page was not read") }
    }
}
