import Foundation

/// One page waiting for a worker: its image, and where its result goes.
struct OCRJob: Sendable {
    var image: GreyImage
    var index: Int
    var batch: OCRBatch

    /// Reads the page with `recognizer` and hands the result to its batch.
    ///
    /// The job is used up: the page's pixels (8.7 MB for a 300-dpi A4 page) go to the reading,
    /// which lets them go once leptonica holds its own copy, before Tesseract reads it.
    consuming func read(with recognizer: PageRecognizer) {
        let (image, index, batch) = (self.image, self.index, self.batch)
        _ = consume self
        batch.deliver(recognizer.recognize(consume image), at: index)
    }
}

/// A blocking first-in, first-out queue of pages shared by the pool's worker threads.
final class OCRWorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    /// A handful of pages at most (two per worker and caller): taking the first is cheap.
    private var jobs: [OCRJob] = []
    private var closed = false

    /// Adds a page for the next free worker.
    func push(_ job: OCRJob) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// The oldest waiting page, blocking until there is one; nil once the queue is closed.
    ///
    /// The page leaves the queue with it, so that its pixels can be freed while it is read.
    func pop() -> OCRJob? {
        condition.lock()
        defer { condition.unlock() }
        while jobs.isEmpty && !closed { condition.wait() }
        return jobs.isEmpty ? nil : jobs.removeFirst()
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
