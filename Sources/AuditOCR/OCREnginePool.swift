import Foundation
import Logging

/// Tesseract engines, one per dedicated worker thread, kept alive across pages and documents.
///
/// OCR calls block for about a second a page, so they run on threads of their own, never on
/// Swift's cooperative pool: a caller blocks in `recognize` while the workers read its pages in
/// parallel. Each worker confines OpenMP to its own thread (see `OpenMPThreadConfinement`) and
/// owns its engines; the threads start with the first page, so a check without scans pays nothing.
/// Several callers may use one pool at once; their pages share the workers first come, first served.
public final class OCREnginePool: @unchecked Sendable {
    public let configuration: OCRConfiguration
    private let logger: Logger
    private let queue = OCRWorkQueue()
    private let readiness: OCRWorkerReadiness
    private let startLock = NSLock()
    private var started = false

    /// Engines start on first use; throws when the configuration cannot work (missing language
    /// data, a setting out of range), with what to install or change.
    public init(configuration: OCRConfiguration = OCRConfiguration(),
                logger: Logger = Logger(label: "auditready.ocr")) throws(OCRSetupError) {
        if let problem = configuration.problems().first { throw problem }
        self.configuration = configuration
        self.logger = logger
        readiness = OCRWorkerReadiness(workers: configuration.workerCount)
        if configuration.detectsOrientation && !configuration.orientationModelAvailable {
            logger.warning("osd.traineddata is missing: sideways and upside-down scans will not be turned upright; install tesseract-ocr-osd",
                           metadata: ["tessdata": "\(configuration.tessdataPath)"])
        }
    }

    deinit { queue.close() }

    /// Starts the workers and waits until their engines are loaded; throws when an engine cannot
    /// start. Optional: `recognize` starts them too, and reports such a failure on each page.
    public func start() throws(OCRSetupError) {
        startWorkersIfNeeded()
        if let failure = readiness.waitUntilReady() { throw .engineFailed(failure) }
    }

    /// Reads `images`, spread over the workers; returns one result per image, in the same order.
    public func recognize(_ images: [GreyImage]) -> [PageOCRResult] {
        recognize(count: images.count) { .success(images[$0]) }
    }

    /// Reads `count` pages made one at a time by `image` on the calling thread, keeping at most two
    /// per worker in memory; a page `image` cannot make gets a failed result with its reason.
    func recognize(count: Int, image: (Int) -> Result<GreyImage, PageImageError>) -> [PageOCRResult] {
        startWorkersIfNeeded()
        let batch = OCRBatch(count: count)
        let window = 2 * configuration.workerCount
        for index in 0..<count {
            batch.waitUntilOutstanding(below: window)
            switch image(index) {
            case let .success(page):
                batch.sent()
                queue.push(OCRJob(image: page, index: index, batch: batch))
            case let .failure(error):
                batch.deliver(.failed(error.message), at: index, sent: false)
            }
        }
        return batch.waitForAll()
    }

    private func startWorkersIfNeeded() {
        startLock.lock()
        defer { startLock.unlock() }
        guard !started else { return }
        started = true
        logger.debug("starting OCR workers", metadata: ["workers": "\(configuration.workerCount)",
                                                        "languages": "\(configuration.tesseractLanguages)"])
        for number in 0..<configuration.workerCount {
            let thread = Thread { [queue, readiness, configuration, logger] in
                Self.work(queue: queue, readiness: readiness, configuration: configuration, logger: logger)
            }
            thread.name = "auditready-ocr-\(number + 1)"
            // Tesseract's layout analysis recurses; give it a main thread's stack, not a helper's.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// A worker's life: confine OpenMP, load the engines, read pages until the pool goes away.
    private static func work(queue: OCRWorkQueue, readiness: OCRWorkerReadiness, configuration: OCRConfiguration, logger: Logger) {
        OpenMPThreadConfinement.confineCurrentThread()
        let recognizer: PageRecognizer
        do {
            recognizer = try PageRecognizer(configuration: configuration)
            readiness.workerStarted(failure: nil)
        } catch {
            logger.error("an OCR engine could not start", metadata: ["reason": "\(error.message)"])
            readiness.workerStarted(failure: error.message)
            while let job = queue.pop() { job.batch.deliver(.failed(error.message), at: job.index) }
            return
        }
        while let job = queue.pop() {
            job.read(with: recognizer)
        }
    }
}

/// Counts workers whose engines have loaded, for `OCREnginePool.start`.
final class OCRWorkerReadiness: @unchecked Sendable {
    private let condition = NSCondition()
    private let workers: Int
    private var ready = 0
    private var failure: String?

    init(workers: Int) {
        self.workers = workers
    }

    func workerStarted(failure: String?) {
        condition.lock()
        ready += 1
        if let failure { self.failure = failure }
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until every worker has tried to load its engines; the first failure, if any.
    func waitUntilReady() -> String? {
        condition.lock()
        defer { condition.unlock() }
        while ready < workers { condition.wait() }
        return failure
    }
}
