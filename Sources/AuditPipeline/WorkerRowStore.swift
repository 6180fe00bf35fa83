import AuditCore
import AuditEvidence
import AuditRules
import Foundation
import Logging

/// One kind of a check's per-worker rows (time rows, pay lines): in memory up to a limit,
/// beyond it in a temporary file, from which they are handed out again one batch of workers at a time.
///
/// These rows are most of a large input's evidence (a worker a day, a worker a month); keeping
/// them out of memory is what keeps a check's memory flat in the number of workers, days and
/// months. When the disk fails (full, not writable), the rows stay in memory and the check goes on.
final class WorkerRowStore<Row: CompactCodable> {
    /// Rows held in memory before they go to disk; `Int.max` keeps them all in memory.
    let memoryLimit: Int
    /// What the rows are, for messages ("time rows").
    let noun: String
    private let directory: URL
    private let logger: Logger
    private let employeeId: (Row) -> String
    private let spillByteLimit: Int64?
    private var inMemory: [Row] = []
    private var spill: SpillFile<Row>?
    private var diskFailed = false
    /// Rows that were written to disk and could not be read back, with why: they are not judged.
    private(set) var lost: (count: Int, reason: String)?

    /// `spillByteLimit` makes the temporary files fail as a full disk would past that many bytes (for tests).
    init(_ noun: String, memoryLimit: Int, directory: URL, logger: Logger, spillByteLimit: Int64? = nil,
         employeeId: @escaping (Row) -> String) {
        self.noun = noun
        self.spillByteLimit = spillByteLimit
        self.memoryLimit = memoryLimit
        self.directory = directory
        self.logger = logger
        self.employeeId = employeeId
    }

    /// All rows added so far.
    var count: Int { (spill?.count() ?? 0) + inMemory.count }

    /// Whether some rows are on disk.
    var isSpilled: Bool { spill != nil }

    /// Adds one document's rows, moving everything to disk once past the memory limit.
    func append(_ rows: [Row]) {
        if let spill {
            let before = spill.count()
            do {
                for row in rows { try spill.append(row) }
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
            let file = try SpillFile<Row>(directory: directory, byteLimit: spillByteLimit)
            for row in inMemory { try file.append(row) }
            spill = file
            inMemory = []
            logger.debug("\(noun) go to a temporary file from here on", metadata: ["rows": "\(file.count())"])
        } catch {
            diskFailed = true
            logger.warning("\(noun) are kept in memory: \(error)")
        }
    }

    /// Every row in the order added, given to `prepare` (which links names to the roster and
    /// notes the overview; it may see a row twice when the disk fails), then split into
    /// `batching`'s batches, on disk (one file, a partition a batch) when the rows were.
    func batches(_ batching: WorkerBatching, prepare: (inout Row) -> Void) -> BatchedRows<Row> {
        if let spill {
            do {
                let file = try SpillFile<Row>(directory: directory, partitions: batching.count, chunkBytes: 32 * 1024,
                                              byteLimit: spillByteLimit)
                try spill.forEachChunk { chunk in
                    for var row in chunk {
                        prepare(&row)
                        try file.append(row, to: batching.batch(of: employeeId(row)))
                    }
                }
                try file.flush()
                self.spill = nil
                return BatchedRows<Row>(file: file)
            } catch {
                takeBack(spill, keeping: spill.count(), after: error)
            }
        }
        var groups = Array(repeating: [Row](), count: batching.count)
        for var row in inMemory {
            prepare(&row)
            groups[batching.batch(of: employeeId(row))].append(row)
        }
        inMemory = []
        return BatchedRows<Row>(groups: groups)
    }

    /// Stops using the disk after `error`, reading the first `keeping` rows written back into memory.
    private func takeBack(_ file: SpillFile<Row>, keeping: Int, after error: Error) {
        logger.warning("\(noun) are kept in memory: \(error)")
        diskFailed = true
        spill = nil
        var rows: [Row] = []
        do {
            try file.forEachChunk { rows += $0 }
        } catch {
            logger.error("\(noun) could not be read back from a temporary file", metadata: ["reason": "\(error)"])
            if rows.count < keeping { lost = (keeping - rows.count, "\(error)") }
        }
        inMemory = Array(rows.prefix(keeping)) + inMemory
    }
}

/// Each batch's rows, handed out one batch at a time and released once taken.
final class BatchedRows<Row: CompactCodable> {
    private var groups: [[Row]]
    private let file: SpillFile<Row>?

    init(groups: [[Row]]) {
        self.groups = groups
        file = nil
    }

    init(file: SpillFile<Row>) {
        groups = []
        self.file = file
    }

    /// The rows of batch `index`; throws when they cannot be read back from disk.
    func take(_ index: Int) throws -> [Row] {
        guard let file else {
            defer { groups[index] = [] }
            return groups[index]
        }
        var rows: [Row] = []
        rows.reserveCapacity(file.count(index))
        try file.forEachChunk(of: index) { rows += $0 }
        return rows
    }
}
