import AuditCore
import AuditEvidence
import AuditRules
import Foundation
import Logging
import Synchronization

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
/// The documents' stage adds rows (from `ArchiveOrder`, in archive order) and the judging reads
/// them afterwards on the check's own thread; everything the store holds, the temporary file
/// included, stays under one `Mutex`, so the compiler checks that it may pass between the two.
final class WorkerRowStore<Row: CompactCodable & Sendable>: Sendable {
    /// Rows held in memory before they go to disk; `Int.max` keeps them all in memory.
    let memoryLimit: Int
    /// What the rows are, for messages ("time entries").
    let noun: String
    private let rows: Mutex<Rows<Row>>

    /// `waitsForRoster` tells the rows whose worker the roster must still name;
    /// `spillByteLimit` makes the temporary file fail as a full disk would past that many bytes (for tests).
    init(_ noun: String, memoryLimit: Int, directory: URL, logger: Logger, spillByteLimit: Int64? = nil,
         employeeId: @escaping @Sendable (Row) -> String, waitsForRoster: @escaping @Sendable (Row) -> Bool) {
        self.noun = noun
        self.memoryLimit = memoryLimit
        rows = Mutex(Rows(noun: noun, memoryLimit: memoryLimit, directory: directory, logger: logger, spillByteLimit: spillByteLimit,
                          employeeId: employeeId, waitsForRoster: waitsForRoster))
    }

    /// All rows added so far.
    var count: Int { rows.withLock { ($0.spill == nil ? 0 : $0.filed) + $0.inMemory.count } }

    /// Whether some rows are on disk.
    var isSpilled: Bool { rows.withLock { $0.spill != nil } }

    /// Rows that were written to disk and could not be read back, with why: they are not judged.
    var lost: (count: Int, reason: String)? { rows.withLock { $0.lost } }

    /// Adds one document's rows, moving everything to disk once past the memory limit.
    func append(_ added: [Row]) {
        guard !added.isEmpty else { return }
        rows.withLock { $0.store(added) }
    }

    /// The rows split into `batching`'s batches; the rows waiting for the roster are first given
    /// to `link` (rows in memory all are; linking one twice must change nothing).
    func batches(_ batching: WorkerBatching, link: (inout Row) -> Void) -> BatchedRows<Row> {
        // The rows to link come out of the store and are linked outside its lock; a second round
        // links the rows taken back into memory if the disk fails meanwhile.
        while true {
            var linking = rows.withLock { $0.rowsToLink() }
            for index in linking.indices { link(&linking[index].value) }
            if rows.withLock({ $0.split(batching, linked: linking) }) { return BatchedRows(store: self) }
        }
    }

    /// The rows of batch `index` of the split, in input order; throws when they cannot be read back from disk.
    fileprivate func take(_ index: Int) throws -> [Row] {
        try rows.withLock { rows throws in try rows.take(index) }
    }
}

/// What a `WorkerRowStore` holds, under its mutex.
private struct Rows<Row: CompactCodable & Sendable> {
    let noun: String
    let memoryLimit: Int
    let directory: URL
    let logger: Logger
    let spillByteLimit: Int64?
    let employeeId: @Sendable (Row) -> String
    let waitsForRoster: @Sendable (Row) -> Bool
    var inMemory: [Row] = []
    var spill: SpillFile<Sequenced<Row>>?
    var diskFailed = false
    /// Rows filed on disk, each counted once.
    var filed = 0
    /// Rows that were written to disk and could not be read back, with why: they are not judged.
    var lost: (count: Int, reason: String)?
    /// The rows split into batches, once `split` has run: in memory, or on disk by bucket.
    var batches: Batches?

    enum Batches {
        case memory([[Row]])
        case file(SpillFile<Sequenced<Row>>, WorkerBatching)
    }

    /// The partition of the rows waiting for the roster; buckets are 0..<buckets.
    static var waiting: Int { WorkerBatching.buckets }

    /// Adds one document's rows (see `WorkerRowStore.append`).
    mutating func store(_ rows: [Row]) {
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
    func file(_ row: Row, at position: Int, in file: SpillFile<Sequenced<Row>>) throws {
        let partition = waitsForRoster(row) ? Self.waiting : WorkerBatching.bucket(of: EmployeeKey(employeeId(row)))
        try file.append(Sequenced(position: position, value: row), to: partition)
    }

    /// The rows `split` needs linked: on disk, those waiting for the roster; in memory, all of
    /// them, taken out of the store.
    mutating func rowsToLink() -> [Sequenced<Row>] {
        if let spill {
            do {
                var waiting: [Sequenced<Row>] = []
                try spill.forEachChunk(of: Self.waiting) { waiting += $0 }
                return waiting
            } catch {
                takeBack(spill, keeping: Int.max, after: error)
            }
        }
        defer { inMemory = [] }
        return inMemory.enumerated().map { Sequenced(position: $0.offset, value: $0.element) }
    }

    /// Splits the rows into `batching`'s batches, `linked` being `rowsToLink` linked to the
    /// roster; false when the disk failed and the rows were taken back into memory unsplit.
    mutating func split(_ batching: WorkerBatching, linked: [Sequenced<Row>]) -> Bool {
        if let spill {
            do {
                for row in linked { try spill.append(row, to: WorkerBatching.bucket(of: EmployeeKey(employeeId(row.value)))) }
                try spill.flush()
                self.spill = nil
                batches = .file(spill, batching)
                return true
            } catch {
                takeBack(spill, keeping: Int.max, after: error)
                return false
            }
        }
        var groups = Array(repeating: [Row](), count: batching.count)
        for row in linked { groups[batching.batch(of: employeeId(row.value))].append(row.value) }
        batches = .memory(groups)
        return true
    }

    /// Stops using the disk after `error`, reading back into memory, in input order, the rows
    /// before row number `keeping`, each once (as first filed).
    mutating func takeBack(_ file: SpillFile<Sequenced<Row>>, keeping: Int, after error: Error) {
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
            lost = (expected - rows.count, "\(unread)")
            logger.error("\(noun) could not be read back from a temporary file", metadata: ["reason": "\(unread)"])
        }
        inMemory = rows.sorted { $0.key < $1.key }.map(\.value) + inMemory
    }

    /// The rows of batch `index`, in input order; throws when they cannot be read back from disk.
    mutating func take(_ index: Int) throws -> [Row] {
        switch batches {
        case nil:
            return []
        case var .memory(groups):
            batches = nil
            let rows = groups[index]
            groups[index] = []
            batches = .memory(groups)
            return rows
        case let .file(file, batching):
            var rows: [Sequenced<Row>] = []
            for bucket in stride(from: index, to: WorkerBatching.buckets, by: batching.count) {
                try file.forEachChunk(of: bucket) { rows += $0 }
            }
            return rows.sorted { $0.position < $1.position }.map(\.value)
        }
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

extension Sequenced: Sendable where Value: Sendable {}

/// Each batch's rows, handed out one batch at a time and released once taken.
final class BatchedRows<Row: CompactCodable & Sendable> {
    private let store: WorkerRowStore<Row>

    fileprivate init(store: WorkerRowStore<Row>) {
        self.store = store
    }

    /// The rows of batch `index`, in input order; throws when they cannot be read back from disk.
    func take(_ index: Int) throws -> [Row] {
        try store.take(index)
    }
}
