import AuditCore
import AuditEvidence
import AuditRules
import Foundation
import Logging

/// The time entries of one check: in memory up to a limit, beyond it in a temporary file, from
/// which they are handed out again one batch of workers at a time.
///
/// Time entries are most of a large input's evidence (a worker a day); keeping them out of
/// memory is what keeps a check's memory flat in the number of workers and days. When the disk
/// fails (full, not writable), the entries stay in memory and the check goes on.
final class TimeEntryStore {
    /// Entries held in memory before they go to disk; `Int.max` keeps them all in memory.
    let memoryLimit: Int
    private let directory: URL
    private let logger: Logger
    private var inMemory: [TimeEntry] = []
    private var spill: SpillFile<TimeEntry>?
    private var diskFailed = false
    /// Entries that were written to disk and could not be read back, with why: they are not judged.
    private(set) var lost: (count: Int, reason: String)?

    init(memoryLimit: Int, directory: URL, logger: Logger) {
        self.memoryLimit = memoryLimit
        self.directory = directory
        self.logger = logger
    }

    /// All entries added so far.
    var count: Int { (spill?.count ?? 0) + inMemory.count }

    /// Whether some entries are on disk.
    var isSpilled: Bool { spill != nil }

    /// Adds one document's entries, moving everything to disk once past the memory limit.
    func append(_ entries: [TimeEntry]) {
        if let spill {
            do {
                for entry in entries { try spill.append(entry) }
            } catch {
                takeBack(spill, after: error)
                inMemory += entries
            }
            return
        }
        inMemory += entries
        guard inMemory.count > memoryLimit, !diskFailed else { return }
        do {
            let file = try SpillFile<TimeEntry>(directory: directory)
            for entry in inMemory { try file.append(entry) }
            spill = file
            inMemory = []
            logger.debug("time entries go to a temporary file from here on", metadata: ["entries": "\(file.count)"])
        } catch {
            diskFailed = true
            logger.warning("time entries are kept in memory: \(error)")
        }
    }

    /// Every entry in the order added, given to `prepare` (which links names to the roster and
    /// notes the coverage), then split into `batching`'s batches, on disk when the entries were.
    func batches(_ batching: WorkerBatching, prepare: (inout TimeEntry) -> Void) -> BatchedTimeEntries {
        if let spill {
            do {
                let files = try (0..<batching.count).map { _ in try SpillFile<TimeEntry>(directory: directory) }
                try spill.forEachChunk { chunk in
                    for var entry in chunk {
                        prepare(&entry)
                        try files[batching.batch(of: entry.employeeId.value)].append(entry)
                    }
                }
                for file in files { try file.flush() }
                self.spill = nil
                return BatchedTimeEntries(files: files)
            } catch {
                takeBack(spill, after: error)
            }
        }
        var groups = Array(repeating: [TimeEntry](), count: batching.count)
        for var entry in inMemory {
            prepare(&entry)
            groups[batching.batch(of: entry.employeeId.value)].append(entry)
        }
        inMemory = []
        return BatchedTimeEntries(groups: groups)
    }

    /// Stops using the disk after `error`, reading back into memory what was written.
    private func takeBack(_ file: SpillFile<TimeEntry>, after error: Error) {
        logger.warning("time entries are kept in memory: \(error)")
        diskFailed = true
        spill = nil
        var entries: [TimeEntry] = []
        do {
            try file.forEachChunk { entries += $0 }
        } catch {
            lost = (file.count - entries.count, "\(error)")
            logger.error("time entries could not be read back from a temporary file", metadata: ["reason": "\(error)"])
        }
        inMemory = entries + inMemory
    }
}

/// Each batch's time entries, handed out one batch at a time and released once taken.
final class BatchedTimeEntries {
    private var groups: [[TimeEntry]]
    private var files: [SpillFile<TimeEntry>?]

    init(groups: [[TimeEntry]]) {
        self.groups = groups
        files = []
    }

    init(files: [SpillFile<TimeEntry>]) {
        groups = []
        self.files = files
    }

    var count: Int { max(groups.count, files.count) }

    /// The entries of batch `index`; throws when they cannot be read back from disk.
    func take(_ index: Int) throws -> [TimeEntry] {
        if index < groups.count {
            defer { groups[index] = [] }
            return groups[index]
        }
        guard index < files.count, let file = files[index] else { return [] }
        files[index] = nil
        var entries: [TimeEntry] = []
        entries.reserveCapacity(file.count)
        try file.forEachChunk { entries += $0 }
        return entries
    }
}
