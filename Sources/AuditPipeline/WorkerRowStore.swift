import AuditCore
import AuditEvidence
import AuditRules
import Foundation
import Logging
import Synchronization

/// One kind of a check's per-worker rows (time entries, pay lines): in memory up to a limit,
/// beyond it in the check's temporary database, from which they are handed out again one batch
/// of workers at a time.
///
/// These rows are most of a large input's evidence (a worker a day, a worker a month); keeping
/// them out of memory is what keeps a check's memory flat in the number of workers, days and
/// months. In the database each row is filed at once under its worker's bucket
/// (`WorkerBatching.buckets`) with its place in the input, so a batch is its buckets read back in
/// input order; rows that name a worker without an ID wait in a bucket apart until the roster can
/// link them. When the disk fails (full, not writable), the rows stay in memory and the check goes on.
///
/// The documents' stage adds rows (from `ArchiveOrder`, in archive order) and the judging reads
/// them afterwards on the check's own thread; everything the store holds stays under one `Mutex`,
/// so the compiler checks that it may pass between the two.
final class WorkerRowStore<Row: CompactCodable & Sendable>: Sendable {
    /// Rows held in memory before they go to disk; `Int.max` keeps them all in memory.
    let memoryLimit: Int
    /// What the rows are, for messages ("time entries").
    let noun: String
    private let rows: Mutex<Rows<Row>>

    /// `waitsForRoster` tells the rows whose worker the roster must still name; the rows go to
    /// `space`'s database, under a kind of their own.
    init(_ noun: String, memoryLimit: Int, space: SpillSpace, logger: Logger,
         employeeId: @escaping @Sendable (Row) -> String, waitsForRoster: @escaping @Sendable (Row) -> Bool) {
        self.noun = noun
        self.memoryLimit = memoryLimit
        rows = Mutex(Rows(noun: noun, memoryLimit: memoryLimit, space: space, kind: space.newKind(), logger: logger,
                          employeeId: employeeId, waitsForRoster: waitsForRoster))
    }

    /// A store with a temporary database of its own in `directory`; `spillByteLimit` makes it
    /// fail as a full disk would past that many bytes (for tests).
    convenience init(_ noun: String, memoryLimit: Int, directory: URL, logger: Logger, spillByteLimit: Int64? = nil,
                     employeeId: @escaping @Sendable (Row) -> String, waitsForRoster: @escaping @Sendable (Row) -> Bool) {
        self.init(noun, memoryLimit: memoryLimit, space: SpillSpace(directory: directory, byteLimit: spillByteLimit), logger: logger,
                  employeeId: employeeId, waitsForRoster: waitsForRoster)
    }

    /// All rows added so far.
    var count: Int { rows.withLock { $0.filed + $0.inMemory.count } }

    /// Whether some rows are on disk.
    var isSpilled: Bool { rows.withLock { $0.database != nil } }

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

    /// The database the rows are in, and their kind there, once they spilled (for tests).
    var spilledTo: (database: SpillDatabase, kind: Int)? {
        rows.withLock { rows in rows.database.map { ($0, rows.kind) } }
    }
}

/// What a `WorkerRowStore` holds, under its mutex.
private struct Rows<Row: CompactCodable & Sendable> {
    let noun: String
    let memoryLimit: Int
    let space: SpillSpace
    /// The rows' kind in the database.
    let kind: Int
    let logger: Logger
    let employeeId: @Sendable (Row) -> String
    let waitsForRoster: @Sendable (Row) -> Bool
    var inMemory: [Row] = []
    /// The database the rows are filed in, once past the memory limit.
    var database: SpillDatabase?
    var diskFailed = false
    /// Rows filed in the database.
    var filed = 0
    /// Rows that were written to disk and could not be read back, with why: they are not judged.
    var lost: (count: Int, reason: String)?
    /// The rows split into batches, once `split` has run: in memory, or in the database by bucket.
    var batches: Batches?

    enum Batches {
        case memory([[Row]])
        case database(WorkerBatching)
    }

    /// The bucket of the rows waiting for the roster; workers' buckets are 0..<buckets.
    static var waiting: Int { WorkerBatching.buckets }

    /// Adds one document's rows (see `WorkerRowStore.append`).
    mutating func store(_ rows: [Row]) {
        if let database {
            do {
                try file(rows, from: filed, in: database)
                filed += rows.count
            } catch {
                // What came before this document is in the database; this document's rows are all still here.
                takeBack(database, after: error)
                inMemory += rows
            }
            return
        }
        inMemory += rows
        guard inMemory.count > memoryLimit, !diskFailed else { return }
        do {
            let opened = try space.database()
            try file(inMemory, from: 0, in: opened)
            filed = inMemory.count
            database = opened
            inMemory = []
            logger.debug("\(noun) go to a temporary file from here on", metadata: ["rows": "\(filed)", "file": "\(opened.path)"])
        } catch {
            diskFailed = true
            logger.warning("\(noun) are kept in memory: \(error)")
        }
    }

    /// Files `rows`, the input's rows from number `position` on, each under its worker's bucket,
    /// or apart when it waits for the roster; all of them or none.
    func file(_ rows: [Row], from position: Int, in database: SpillDatabase) throws {
        try database.insertRows(rows.enumerated().map { offset, row in
            (bucket: waitsForRoster(row) ? Self.waiting : WorkerBatching.bucket(of: EmployeeKey(employeeId(row))),
             position: position + offset, row: row)
        }, kind: kind)
    }

    /// The rows `split` needs linked, with their places in the input: in the database, those
    /// waiting for the roster; in memory, all of them, taken out of the store.
    mutating func rowsToLink() -> [(position: Int, value: Row)] {
        if let database {
            do {
                let waiting: SpillDatabase.Decoded<(position: Int, value: Row)> = try database.rows(of: kind, in: [Self.waiting])
                if let unreadable = waiting.unreadable { noteLost(unreadable.count, unreadable.reason) }
                return waiting.values
            } catch {
                takeBack(database, after: error)
            }
        }
        defer { inMemory = [] }
        return inMemory.enumerated().map { ($0.offset, $0.element) }
    }

    /// Splits the rows into `batching`'s batches, `linked` being `rowsToLink` linked to the
    /// roster; false when the disk failed and the rows were taken back into memory unsplit.
    mutating func split(_ batching: WorkerBatching, linked: [(position: Int, value: Row)]) -> Bool {
        if let database {
            do {
                try database.refileRows(linked.map { (bucket: WorkerBatching.bucket(of: EmployeeKey(employeeId($0.value))), position: $0.position, row: $0.value) },
                                        of: kind, from: Self.waiting)
                batches = .database(batching)
                return true
            } catch {
                takeBack(database, after: error)
                return false
            }
        }
        var groups = Array(repeating: [Row](), count: batching.count)
        for row in linked { groups[batching.batch(of: employeeId(row.value))].append(row.value) }
        batches = .memory(groups)
        return true
    }

    /// Stops using the disk after `error`, reading every row filed back into memory, in input order.
    mutating func takeBack(_ database: SpillDatabase, after error: Error) {
        logger.warning("\(noun) are kept in memory: \(error)")
        diskFailed = true
        self.database = nil
        do {
            let read: SpillDatabase.Decoded<(position: Int, value: Row)> = try database.rows(of: kind, in: nil)
            if let unreadable = read.unreadable { noteLost(unreadable.count, unreadable.reason) }
            inMemory = read.values.map(\.value) + inMemory
        } catch {
            noteLost(filed, "\(error)")
        }
        database.deleteRows(of: kind)
        filed = 0
    }

    /// Counts rows that could not be read back, once each, keeping the last reason.
    mutating func noteLost(_ count: Int, _ reason: String) {
        lost = ((lost?.count ?? 0) + count, reason)
        logger.error("\(noun) could not be read back from a temporary file", metadata: ["count": "\(count)", "reason": "\(reason)"])
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
        case let .database(batching):
            guard let database else { return [] }
            let buckets = Array(stride(from: index, to: WorkerBatching.buckets, by: batching.count))
            let read: SpillDatabase.Decoded<(position: Int, value: Row)> = try database.rows(of: kind, in: buckets)
            if let unreadable = read.unreadable { noteLost(unreadable.count, unreadable.reason) }
            return read.values.map(\.value)
        }
    }
}

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
