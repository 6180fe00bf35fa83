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
    private var inMemory: [Row] = []
    private var spill: SpillFile<Row>?
    private var diskFailed = false
    /// Rows that were written to disk and could not be read back, with why: they are not judged.
    private(set) var lost: (count: Int, reason: String)?

    init(_ noun: String, memoryLimit: Int, directory: URL, logger: Logger, employeeId: @escaping (Row) -> String) {
        self.noun = noun
        self.memoryLimit = memoryLimit
        self.directory = directory
        self.logger = logger
        self.employeeId = employeeId
    }

    /// All rows added so far.
    var count: Int { (spill?.count ?? 0) + inMemory.count }

    /// Whether some rows are on disk.
    var isSpilled: Bool { spill != nil }

    /// Adds one document's rows, moving everything to disk once past the memory limit.
    func append(_ rows: [Row]) {
        if let spill {
            do {
                for row in rows { try spill.append(row) }
            } catch {
                takeBack(spill, after: error)
                inMemory += rows
            }
            return
        }
        inMemory += rows
        guard inMemory.count > memoryLimit, !diskFailed else { return }
        do {
            let file = try SpillFile<Row>(directory: directory)
            for row in inMemory { try file.append(row) }
            spill = file
            inMemory = []
            logger.debug("\(noun) go to a temporary file from here on", metadata: ["rows": "\(file.count)"])
        } catch {
            diskFailed = true
            logger.warning("\(noun) are kept in memory: \(error)")
        }
    }

    /// Every row in the order added, given to `prepare` (which links names to the roster and
    /// notes the coverage), then split into `batching`'s batches, on disk when the rows were.
    func batches(_ batching: WorkerBatching, prepare: (inout Row) -> Void) -> BatchedRows<Row> {
        if let spill {
            do {
                let files = try (0..<batching.count).map { _ in try SpillFile<Row>(directory: directory) }
                try spill.forEachChunk { chunk in
                    for var row in chunk {
                        prepare(&row)
                        try files[batching.batch(of: employeeId(row))].append(row)
                    }
                }
                for file in files { try file.flush() }
                self.spill = nil
                return BatchedRows<Row>(files: files)
            } catch {
                takeBack(spill, after: error)
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

    /// Stops using the disk after `error`, reading back into memory what was written.
    private func takeBack(_ file: SpillFile<Row>, after error: Error) {
        logger.warning("\(noun) are kept in memory: \(error)")
        diskFailed = true
        spill = nil
        var rows: [Row] = []
        do {
            try file.forEachChunk { rows += $0 }
        } catch {
            lost = (file.count - rows.count, "\(error)")
            logger.error("\(noun) could not be read back from a temporary file", metadata: ["reason": "\(error)"])
        }
        inMemory = rows + inMemory
    }
}

/// Each batch's rows, handed out one batch at a time and released once taken.
final class BatchedRows<Row: CompactCodable> {
    private var groups: [[Row]]
    private var files: [SpillFile<Row>?]

    init(groups: [[Row]]) {
        self.groups = groups
        files = []
    }

    init(files: [SpillFile<Row>]) {
        groups = []
        self.files = files
    }

    var count: Int { max(groups.count, files.count) }

    /// The rows of batch `index`; throws when they cannot be read back from disk.
    func take(_ index: Int) throws -> [Row] {
        if index < groups.count {
            defer { groups[index] = [] }
            return groups[index]
        }
        guard index < files.count, let file = files[index] else { return [] }
        files[index] = nil
        var rows: [Row] = []
        rows.reserveCapacity(file.count)
        try file.forEachChunk { rows += $0 }
        return rows
    }
}
