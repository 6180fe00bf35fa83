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
    var kind: String
    /// Parts of the document's rows handed on before the worker stopped.
    var partsDelivered: Int

    /// The reason recorded for the document.
    var reason: String {
        var text = what + "; the rest of the archive was checked"
        if partsDelivered > 0 { text += ", and the rows read from this document before it stopped were checked too" }
        return text + ". " + action
    }

    /// Whether the worker ended for want of memory: it failed near its limit, or said it could not allocate.
    private var ranOutOfMemory: Bool {
        guard case let .ended(ending, memoryLimit?, lastWords) = cause, ending.signal != nil || ending.status != 0 else { return false }
        return ending.peakMemory >= memoryLimit * 8 / 10 || lastWords.contains("alloc")
    }

    private var what: String {
        if ranOutOfMemory, case let .ended(_, memoryLimit?, _) = cause {
            return "reading this \(kind) needed more memory than a worker's limit of \(memoryLimit >> 20) MB and was stopped"
        }
        switch cause {
        case let .timedOut(limit):
            return "reading this \(kind) took longer than its limit of \(Self.seconds(limit)) and was stopped"
        case let .ended(ending, _, lastWords):
            if let signal = ending.signal {
                if signal == SIGKILL {
                    return "AuditReady stopped while reading this \(kind): the process reading it was killed (SIGKILL, by the system or a person)"
                }
                return "AuditReady stopped while reading this \(kind) (a crash in the \(kind) reader: \(Self.signalName(signal)))"
            }
            let said = lastWords.split(separator: "\n").last.map { ": " + String($0).prefix(200) } ?? ""
            return "AuditReady stopped while reading this \(kind): the process reading it ended with status \(ending.status ?? -1)\(said)"
        case let .garbled(detail):
            return "AuditReady stopped while reading this \(kind): the process reading it answered with something unreadable (\(detail))"
        case let .notStarted(detail):
            return "this \(kind) was not read: no process could be started to read it (\(detail))"
        }
    }

    private var action: String {
        if ranOutOfMemory { return "Split the document, or check again with a higher --worker-memory-limit" }
        switch cause {
        case .timedOut:
            return "If it is a long scan, check again with a higher --document-time-limit; otherwise please send us the file"
        case let .ended(ending, _, _):
            if ending.signal == SIGKILL { return "Check again; if it happens again, please send us the file" }
            return "Please send us the file so the reader can be fixed; until then it is not checked"
        case .garbled:
            return "Please send us the file so the reader can be fixed; until then it is not checked"
        case .notStarted:
            return "Free memory or processes on this machine, or check with --in-process, and check again"
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds >= 10 ? "\(Int(seconds.rounded())) s" : String(format: "%.1f s", seconds)
    }

    /// "signal 11, SIGSEGV: an invalid memory access".
    private static func signalName(_ signal: Int32) -> String {
        let names: [Int32: (String, String)] = [SIGSEGV: ("SIGSEGV", "an invalid memory access"), SIGABRT: ("SIGABRT", "an abort"),
                                                SIGBUS: ("SIGBUS", "a bad memory access"), SIGILL: ("SIGILL", "a trap"),
                                                SIGTRAP: ("SIGTRAP", "a trap"), SIGFPE: ("SIGFPE", "an arithmetic fault")]
        guard let (name, meaning) = names[signal] else { return "signal \(signal)" }
        return "signal \(signal), \(name): \(meaning)"
    }
}
