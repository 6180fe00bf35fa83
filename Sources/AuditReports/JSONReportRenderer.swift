import AuditCore
import Dispatch
import Foundation
import Synchronization

/// Writes the report as the contract's JSON, keys sorted so that runs compare byte for byte.
///
/// The bytes are the same as `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` gives for the whole report, followed by a line break. They are
/// written by hand (one function per type below, members in the byte order of their keys), which
/// is many times faster than the encoder; the tests compare the two on generated reports, so a
/// field added to a type and not written here fails them.
public struct JSONReportRenderer: Sendable {
    /// How many elements of a list one writer writes, on one core, as one piece.
    static let run = 64
    /// How many runs are written at once: two per core, so that a core finishing early finds work.
    static let runsPerBatch = 2 * max(1, ProcessInfo.processInfo.activeProcessorCount)

    public init() {}

    /// The whole report as one string.
    public func render(_ report: AuditReport) throws -> String {
        var text = ""
        try write(report) { text += $0 }
        return text
    }

    /// Hands the report to `sink` in pieces, in order, so that a report of tens of thousands of
    /// findings never exists whole in memory as text: each of the report's lists starts and ends
    /// a piece, and its elements come in runs of at most `run`, a piece each. The runs are written
    /// on every core, a few per core at a time.
    public func write(_ report: AuditReport, to sink: (String) throws -> Void) throws {
        func flush(_ json: inout PrettyJSONWriter) throws {
            if !json.bytes.isEmpty { try sink(json.takeText()) }
        }
        // A batch of elements is taken out of the list before it is written on every core: a
        // list of findings kept in a file is read in order, on one thread.
        func list<Elements: RandomAccessCollection>(_ key: StaticString, _ elements: Elements?, in json: inout PrettyJSONWriter,
                                                    _ element: @Sendable (inout PrettyJSONWriter, Elements.Element) throws -> Void) throws
            where Elements.Index == Int, Elements.Element: Sendable {
            guard let elements else { return }
            json.key(key)
            try json.array(count: elements.count) { json, depth in
                try flush(&json)
                for batch in Self.runs(of: elements.startIndex..<elements.endIndex, size: Self.run * Self.runsPerBatch) {
                    let values = Array(elements[batch])
                    let texts = try Self.concurrentMap(Self.runs(of: batch, size: Self.run)) { run in
                        var part = PrettyJSONWriter(continuingListAt: depth, following: run.lowerBound > 0)
                        for value in values[(run.lowerBound - batch.lowerBound)..<(run.upperBound - batch.lowerBound)] {
                            try part.element { try element(&$0, value) }
                        }
                        return part.takeText()
                    }
                    for text in texts { try sink(text) }
                }
            }
            try flush(&json)
        }
        var json = PrettyJSONWriter()
        try json.object { json in
            json.member("asOf", report.asOf.description)
            try list("baselineFixed", report.baselineFixed, in: &json) { $0.baselineEntry($1) }
            try list("documents", report.documents, in: &json) { try $0.document($1) }
            try list("findings", report.findings, in: &json) { try $0.finding($1) }
            json.member("input", report.input)
            try list("notes", report.notes, in: &json) { $0.string($1) }
            json.member("ruleset", report.ruleset)
            json.member("schema", report.schema)
            json.key("summary")
            json.summary(report.summary)
        }
        json.raw("\n")
        try flush(&json)
    }

    /// `range` cut into consecutive ranges of `size`, the last one possibly shorter.
    static func runs(of range: Range<Int>, size: Int) -> [Range<Int>] {
        stride(from: range.lowerBound, to: range.upperBound, by: size).map { $0..<min($0 + size, range.upperBound) }
    }

    /// `transform` applied to every element on all cores, results in the elements' order.
    static func concurrentMap<T: Sendable, R: Sendable>(_ elements: [T], _ transform: @Sendable (T) throws -> R) throws -> [R] {
        let results = ResultSlots<R>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            results.set(index, Result { try transform(elements[index]) })
        }
        return try results.values().map { try $0!.get() }
    }
}

/// Results filled in from several threads, each at its own index.
private final class ResultSlots<R: Sendable>: Sendable {
    private let slots: Mutex<[Result<R, any Error>?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ result: Result<R, any Error>) {
        slots.withLock { $0[index] = result }
    }

    /// The results so far, in index order.
    func values() -> [Result<R, any Error>?] { slots.withLock { $0 } }
}

extension PrettyJSONWriter {
    /// A document record, as `DocumentRecord`'s synthesized `encode(to:)` writes it.
    mutating func document(_ record: DocumentRecord) throws {
        try object { json in
            try json.member("ocrConfidence", record.ocrConfidence)
            json.member("pages", record.pages)
            json.member("path", record.path)
            json.member("reason", record.reason)
            json.member("sha256", record.sha256)
            json.member("status", record.status)
            json.member("text", record.text)
            json.member("type", record.type)
        }
    }

    /// A finding, as `Finding`'s synthesized `encode(to:)` writes it.
    mutating func finding(_ finding: Finding) throws {
        try object { json in
            if let accepted = finding.accepted {
                json.key("accepted")
                json.acceptance(accepted)
            }
            json.member("action", finding.action)
            json.member("actual", finding.actual)
            json.member("category", finding.category)
            json.member("clause", finding.clause)
            json.member("documentType", finding.documentType)
            json.member("employeeId", finding.employeeId)
            json.key("evidence")
            try json.array(finding.evidence) { try $0.evidence($1) }
            json.member("limit", finding.limit)
            json.member("message", finding.message)
            json.member("period", finding.period)
            json.member("rule", finding.rule)
            json.member("severity", finding.severity)
        }
    }

    /// A baseline's acceptance of a finding, as `Acceptance`'s synthesized `encode(to:)` writes it.
    mutating func acceptance(_ acceptance: Acceptance) {
        object { json in
            json.member("by", acceptance.by)
            json.member("reason", acceptance.reason)
        }
    }

    /// Evidence, as `Evidence.encode(to:)` writes it: the box as the list `[x0, y0, x1, y1]`.
    mutating func evidence(_ evidence: Evidence) throws {
        try object { json in
            if let box = evidence.bbox {
                json.key("bbox")
                try json.array([box.x0, box.y0, box.x1, box.y1]) { try $0.double($1) }
            }
            json.member("cell", evidence.cell)
            try json.member("confidence", evidence.confidence)
            json.member("page", evidence.page)
            json.member("path", evidence.path)
            json.member("row", evidence.row)
            json.member("sheet", evidence.sheet)
            json.member("text", evidence.text)
        }
    }

    /// A baseline entry that matched no finding, as `BaselineEntry`'s synthesized `encode(to:)`
    /// writes it.
    mutating func baselineEntry(_ entry: BaselineEntry) {
        object { json in
            json.member("acceptedBy", entry.acceptedBy)
            json.member("documentType", entry.documentType)
            json.member("employeeId", entry.employeeId)
            json.member("period", entry.period)
            json.member("reason", entry.reason)
            json.member("rule", entry.rule)
        }
    }

    /// The report's summary, its counts per severity in the byte order of their names.
    mutating func summary(_ summary: AuditReport.Summary) {
        object { json in
            json.member("documents", summary.documents)
            json.key("findings")
            json.object { json in
                for (name, count) in summary.findings.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                    json.key(name)
                    json.int(count)
                }
            }
        }
    }
}
