import AuditCore
import AuditEvidence
import AuditRules
import Dispatch
import Foundation
import Logging

/// One kind of a check's per-worker rows (time entries, pay lines): in memory up to a limit,
/// beyond it in a temporary file, from which they are handed out again one batch of workers at a time.
///
/// These rows are most of a large input's evidence (a worker a day, a worker a month); keeping
/// them out of memory is what keeps a check's memory flat in the number of workers, days and
/// months. On disk each row is filed at once under its worker's bucket (`WorkerBatching.buckets`)
/// with its place in the input, so a batch is its buckets read back in input order; rows that
/// name a worker without an ID wait apart until the roster can link them. When the disk fails
/// (full, not writable), the rows stay in memory and the check goes on.
///
/// Rows are encoded and written on the store's own queue, beside the reading of the next
/// documents; one document's rows at most wait for it.
final class WorkerRowStore<Row: CompactCodable & Sendable>: @unchecked Sendable {
    /// Rows held in memory before they go to disk; `Int.max` keeps them all in memory.
    let memoryLimit: Int
    /// What the rows are, for messages ("time entries").
    let noun: String
    private let directory: URL
    private let logger: Logger
    private let employeeId: (Row) -> String
    private let waitsForRoster: (Row) -> Bool
    private let spillByteLimit: Int64?
    private var inMemory: [Row] = []
    private var spill: SpillFile<Sequenced<Row>>?
    private var diskFailed = false
    /// Rows filed on disk, each counted once.
    private var filed = 0
    /// Rows that were written to disk and could not be read back, with why: they are not judged.
    var lost: (count: Int, reason: String)? { queue.sync { lostRows } }
    private var lostRows: (count: Int, reason: String)?
    /// Owns every stored property but the constants: all work on them runs here.
    private let queue = DispatchQueue(label: "auditready.worker-rows")
    /// Documents whose rows may wait for the queue: one, so that memory holds at most one more document.
    private let waitingDocuments = DispatchSemaphore(value: 1)

    /// `waitsForRoster` tells the rows whose worker the roster must still name;
    /// `spillByteLimit` makes the temporary file fail as a full disk would past that many bytes (for tests).
    init(_ noun: String, memoryLimit: Int, directory: URL, logger: Logger, spillByteLimit: Int64? = nil,
         employeeId: @escaping (Row) -> String, waitsForRoster: @escaping (Row) -> Bool) {
        self.noun = noun
        self.memoryLimit = memoryLimit
        self.directory = directory
        self.logger = logger
        self.spillByteLimit = spillByteLimit
        self.employeeId = employeeId
        self.waitsForRoster = waitsForRoster
    }

    /// The partition of the rows waiting for the roster; buckets are 0..<buckets.
    private static var waiting: Int { WorkerBatching.buckets }

    /// All rows added so far.
    var count: Int { queue.sync { (spill == nil ? 0 : filed) + inMemory.count } }

    /// Whether some rows are on disk.
    var isSpilled: Bool { queue.sync { spill != nil } }

    /// Adds one document's rows, moving everything to disk once past the memory limit; returns
    /// at once unless several documents' rows already wait.
    func append(_ rows: [Row]) {
        guard !rows.isEmpty else { return }
        waitingDocuments.wait()
        queue.async { [self] in
            store(rows)
            waitingDocuments.signal()
        }
    }

    private func store(_ rows: [Row]) {
        if let spill {
            let before = filed
            do {
                for (offset, row) in rows.enumerated() {
                    try file(row, at: before + offset, in: spill)
                    filed += 1
                }
            } catch {
                // Keep what came before this document; this document's rows are all still here.
                takeBack(spill, keeping: before, after: error)
                inMemory += rows
            }
            return
        }
        inMemory += rows
        guard inMemory.count > memoryLimit, !diskFailed else { return }
        do {
            let file = try SpillFile<Sequenced<Row>>(directory: directory, partitions: WorkerBatching.buckets + 1,
                                                     chunkBytes: 16 * 1024, byteLimit: spillByteLimit)
            for (position, row) in inMemory.enumerated() { try self.file(row, at: position, in: file) }
            filed = inMemory.count
            spill = file
            inMemory = []
            logger.debug("\(noun) go to a temporary file from here on", metadata: ["rows": "\(file.totalCount)"])
        } catch {
            diskFailed = true
            logger.warning("\(noun) are kept in memory: \(error)")
        }
    }

    /// Files `row`, the input's row number `position`, under its worker's bucket, or apart when
    /// it waits for the roster.
    private func file(_ row: Row, at position: Int, in file: SpillFile<Sequenced<Row>>) throws {
        let partition = waitsForRoster(row) ? Self.waiting : WorkerBatching.bucket(of: EmployeeKey(employeeId(row)))
        try file.append(Sequenced(position: position, value: row), to: partition)
    }

    /// The rows split into `batching`'s batches; the rows waiting for the roster are first given
    /// to `link` (rows in memory all are; linking one twice must change nothing).
    func batches(_ batching: WorkerBatching, link: (inout Row) -> Void) -> BatchedRows<Row> {
        queue.sync { split(batching, link: link) }
    }

    private func split(_ batching: WorkerBatching, link: (inout Row) -> Void) -> BatchedRows<Row> {
        if let spill {
            do {
                var linked: [Sequenced<Row>] = []
                try spill.forEachChunk(of: Self.waiting) { linked += $0 }
                for var row in linked {
                    link(&row.value)
                    try spill.append(row, to: WorkerBatching.bucket(of: EmployeeKey(employeeId(row.value))))
                }
                try spill.flush()
                self.spill = nil
                return BatchedRows<Row>(file: spill, batching: batching)
            } catch {
                takeBack(spill, keeping: Int.max, after: error)
            }
        }
        var groups = Array(repeating: [Row](), count: batching.count)
        for var row in inMemory {
            link(&row)
            groups[batching.batch(of: employeeId(row))].append(row)
        }
        inMemory = []
        return BatchedRows<Row>(groups: groups)
    }

    /// Stops using the disk after `error`, reading back into memory, in input order, the rows
    /// before row number `keeping`, each once (as first filed).
    private func takeBack(_ file: SpillFile<Sequenced<Row>>, keeping: Int, after error: Error) {
        logger.warning("\(noun) are kept in memory: \(error)")
        diskFailed = true
        spill = nil
        var rows: [Int: Row] = [:]
        var unread: Error?
        for partition in [Self.waiting] + Array(0..<WorkerBatching.buckets) {
            do {
                try file.forEachChunk(of: partition) { chunk in
                    for row in chunk where row.position < keeping && rows[row.position] == nil { rows[row.position] = row.value }
                }
            } catch {
                unread = error
            }
        }
        let expected = min(keeping, filed)
        if let unread, rows.count < expected {
            lostRows = (expected - rows.count, "\(unread)")
            logger.error("\(noun) could not be read back from a temporary file", metadata: ["reason": "\(unread)"])
        }
        inMemory = rows.sorted { $0.key < $1.key }.map(\.value) + inMemory
    }
}

/// A row with its place in the input, so that rows filed apart come back in input order.
struct Sequenced<Value: CompactCodable>: CompactCodable {
    var position: Int
    var value: Value

    init(position: Int, value: Value) {
        self.position = position
        self.value = value
    }

    init(compactFrom reader: CompactBinaryReader) throws {
        position = Int(try reader.unsigned())
        value = try Value(compactFrom: reader)
    }

    func encode(compactTo writer: CompactBinaryWriter) {
        writer.unsigned(UInt64(position))
        value.encode(compactTo: writer)
    }
}

/// Each batch's rows, handed out one batch at a time and released once taken.
final class BatchedRows<Row: CompactCodable> {
    private var groups: [[Row]]
    private let file: SpillFile<Sequenced<Row>>?
    private let batching: WorkerBatching

    init(groups: [[Row]]) {
        self.groups = groups
        file = nil
        batching = WorkerBatching(count: groups.count)
    }

    init(file: SpillFile<Sequenced<Row>>, batching: WorkerBatching) {
        groups = []
        self.file = file
        self.batching = batching
    }

    /// The rows of batch `index`, in input order; throws when they cannot be read back from disk.
    func take(_ index: Int) throws -> [Row] {
        guard let file else {
            defer { groups[index] = [] }
            return groups[index]
        }
        var rows: [Sequenced<Row>] = []
        for bucket in stride(from: index, to: WorkerBatching.buckets, by: batching.count) {
            try file.forEachChunk(of: bucket) { rows += $0 }
        }
        return rows.sorted { $0.position < $1.position }.map(\.value)
    }
}
