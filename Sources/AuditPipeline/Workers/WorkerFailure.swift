import AuditCore
import Foundation

/// Why a document's worker stopped before it gave the reading, told as a person can act on it.
struct WorkerFailure {
    enum Cause {
        /// The document was not read within its limit.
        case timedOut(Duration)
        /// The worker ended (crashed, was killed, or exited).
        case ended(WorkerProcess.Ending, memoryLimit: Int?, lastWords: String)
        /// The worker sent something that is not a frame.
        case garbled(String)
        /// No worker could be started.
        case notStarted(String)
    }

    var cause: Cause
    /// The kind of document, as a person names it ("PDF", "workbook").
    var kind: ReasonText
    /// Parts of the document's rows handed on before the worker stopped.
    var partsDelivered: Int

    /// The reason recorded for the document.
    var reason: ReasonText {
        ReasonText((partsDelivered > 0 ? PipelineReason.workerStoppedAfterRows : .workerStopped).text, texts: ["what": what, "action": action])
    }

    /// Whether the worker ended for want of memory: it failed near its limit, or said it could not allocate.
    private var ranOutOfMemory: Bool {
        guard case let .ended(ending, memoryLimit?, lastWords) = cause, ending.signal != nil || ending.status != 0 else { return false }
        return ending.peakMemory >= memoryLimit * 8 / 10 || lastWords.contains("alloc")
    }

    private var what: ReasonText {
        func said(_ reason: PipelineReason, _ values: [String: String] = [:], texts: [String: ReasonText] = [:]) -> ReasonText {
            ReasonText(reason.text, texts: texts.merging(["kind": kind]) { $1 }, values: values)
        }
        if ranOutOfMemory, case let .ended(_, memoryLimit?, _) = cause {
            return said(.outOfMemory, ["limit": "\(memoryLimit >> 20)"])
        }
        switch cause {
        case let .timedOut(limit):
            return said(.timedOut, ["limit": Self.seconds(limit)])
        case let .ended(ending, _, lastWords):
            if let signal = ending.signal {
                return signal == SIGKILL ? said(.killed) : said(.crashed, texts: ["signal": Self.signalName(signal)])
            }
            let status = ["status": "\(ending.status ?? -1)"]
            guard let last = lastWords.split(separator: "\n").last else { return said(.exited, status) }
            return said(.exitedSaying, status.merging(["said": String(String(last).prefix(200))]) { $1 })
        case let .garbled(detail):
            return said(.garbled, texts: ["detail": LibraryMessage.text(detail)])
        case let .notStarted(detail):
            return said(.notStarted, texts: ["detail": LibraryMessage.text(detail)])
        }
    }

    private var action: ReasonText {
        if ranOutOfMemory { return PipelineReason.splitOrMoreMemory() }
        switch cause {
        case .timedOut:
            return PipelineReason.longerTimeLimit()
        case let .ended(ending, _, _):
            return ending.signal == SIGKILL ? PipelineReason.checkAgain() : PipelineReason.sendFile()
        case .garbled:
            return PipelineReason.sendFile()
        case .notStarted:
            return PipelineReason.freeResources()
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds >= 10 ? "\(Int(seconds.rounded())) s" : String(format: "%.1f s", seconds)
    }

    /// "signal 11, SIGSEGV: an invalid memory access".
    private static func signalName(_ signal: Int32) -> ReasonText {
        let names: [Int32: (String, PipelineReason)] = [SIGSEGV: ("SIGSEGV", .invalidMemoryAccess), SIGABRT: ("SIGABRT", .abort),
                                                        SIGBUS: ("SIGBUS", .badMemoryAccess), SIGILL: ("SIGILL", .trap),
                                                        SIGTRAP: ("SIGTRAP", .trap), SIGFPE: ("SIGFPE", .arithmeticFault)]
        guard let (name, meaning) = names[signal] else { return PipelineReason.signalNumber(["number": "\(signal)"]) }
        return ReasonText(PipelineReason.signalNamed.text, texts: ["meaning": meaning()], values: ["number": "\(signal)", "name": name])
    }
}
