import AuditCore
import Dispatch
import Foundation

/// Writes the report as the contract's JSON, keys sorted so that runs compare byte for byte.
///
/// The report is written piece by piece (each document and finding encoded on its own), so a
/// report of tens of thousands of findings never exists whole in memory as text. The bytes are
/// the same as `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` gives
/// for the whole report.
public struct JSONReportRenderer: Sendable {
    public init() {}

    /// The whole report as one string.
    public func render(_ report: AuditReport) throws -> String {
        var text = ""
        try write(report) { text += $0 }
        return text
    }

    /// Hands the report to `sink` in pieces, in order; a piece is at most one document or finding.
    public func write(_ report: AuditReport, to sink: (String) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        func value<T: Encodable>(_ value: T) throws -> String {
            Self.indented(try encoder.encode(value), by: 2)
        }
        func list<T: Encodable & Sendable>(_ elements: [T]) throws {
            guard !elements.isEmpty else { return try sink("[\n\n  ]") }  // JSONEncoder's empty list
            try sink("[\n")
            // Batches of chunks: each chunk is encoded as one list, the chunks of a batch at once on
            // every core, and handed on in order; only one batch's text exists at a time.
            let chunk = 128
            let batch = chunk * max(1, ProcessInfo.processInfo.activeProcessorCount) * 2
            for batchStart in stride(from: 0, to: elements.count, by: batch) {
                let batchEnd = min(batchStart + batch, elements.count)
                let starts = Array(stride(from: batchStart, to: batchEnd, by: chunk))
                let texts = try Self.concurrentMap(starts) { start in
                    try Self.listBody(elements[start..<min(start + chunk, batchEnd)])
                }
                for (index, text) in texts.enumerated() {
                    let last = batchEnd == elements.count && index == texts.count - 1
                    try sink(text + (last ? "\n" : ",\n"))
                }
            }
            try sink("  ]")
        }
        // The members in sorted key order, as `.sortedKeys` orders them.
        var keys = ["asOf", "documents", "findings", "input", "ruleset", "schema", "summary"]
        if report.baselineFixed != nil { keys.append("baselineFixed") }
        if report.notes != nil { keys.append("notes") }
        keys.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        func member(_ key: String) throws {
            switch key {
            case "asOf": try sink(value(report.asOf))
            case "documents": try list(report.documents)
            case "findings": try list(report.findings)
            case "input": try sink(value(report.input))
            case "ruleset": try sink(value(report.ruleset))
            case "schema": try sink(value(report.schema))
            case "summary": try sink(value(report.summary))
            case "baselineFixed": try list(report.baselineFixed ?? [])
            default: try list(report.notes ?? [])
            }
        }
        try sink("{\n")
        for (index, key) in keys.enumerated() {
            try sink("  \"\(key)\" : ")
            try member(key)
            try sink(index == keys.count - 1 ? "\n" : ",\n")
        }
        try sink("}\n")
    }

    /// The elements as they appear inside the report's top-level lists: one per line group,
    /// indented four spaces, separated by commas, without the brackets.
    static func listBody<T: Encodable>(_ elements: ArraySlice<T>) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = indented(try encoder.encode(Array(elements)), by: 2)
        // "[\n    {...},\n    {...}\n  ]" without its first and last line.
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: 2)
        let end = utf8.index(utf8.endIndex, offsetBy: -4)
        return String(text[start..<end])
    }

    /// `transform` applied to every element on all cores, results in the elements' order.
    static func concurrentMap<T: Sendable, R: Sendable>(_ elements: [T], _ transform: @Sendable (T) throws -> R) throws -> [R] {
        let results = ResultSlots<R>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            results.set(index, Result { try transform(elements[index]) })
        }
        return try results.values.map { try $0!.get() }
    }

    /// Pretty-printed JSON with every line after the first moved right by `width` spaces, blank
    /// lines (inside empty lists) left blank as `JSONEncoder` leaves them. JSON text has no raw
    /// line breaks inside strings, so every newline byte starts a line.
    static func indented(_ json: Data, by width: Int) -> String {
        let newline = UInt8(ascii: "\n")
        let space = UInt8(ascii: " ")
        return json.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
            var lines = 0
            for byte in source where byte == newline { lines += 1 }
            return String(unsafeUninitializedCapacity: source.count + lines * width) { target in
                var written = 0
                var lineStart = false
                for byte in source {
                    if lineStart && byte != newline {
                        for _ in 0..<width { target[written] = space; written += 1 }
                    }
                    target[written] = byte
                    written += 1
                    lineStart = byte == newline
                }
                return written
            }
        }
    }
}

/// Results filled in from several threads, each at its own index.
private final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Result<R, any Error>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<R, any Error>) {
        lock.lock()
        values[index] = result
        lock.unlock()
    }
}
