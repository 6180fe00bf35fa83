import AuditCore
import AuditRules
import Foundation
import Logging
import Synchronization

/// Gathers a check's findings group by group, each group in report order, and gives them back
/// as one list in report order: from memory up to a limit, past it from a temporary file.
///
/// A factory where every worker works long days has a finding a worker a day (hundreds of
/// thousands, about 1.5 KB each with the evidence they cite). Past `memoryLimit`, every group is
/// written to its own partition of one unlinked temporary file, and at the end the groups are
/// merged in report order into one more partition, which the report's `FindingList` reads back a
/// chunk at a time. Ties go to the earlier group, so the order is that of sorting all groups
/// together, stably (see `RuleEngine.judge(whole:batches:findings:)`). When the disk fails, the
/// findings stay in memory.
final class FindingStore {
    /// The rule of the finding that stands for findings that could not be read back.
    static let ruleUnreadable = "auditready/finding-unreadable"
    private let memoryLimit: Int
    private let directory: URL
    private let logger: Logger
    private let spillByteLimit: Int64?
    /// Partitions for groups; one more holds the merged list.
    private let groupCapacity: Int
    private var groups: [[Finding]] = []
    private var held = 0
    private var file: SpillFile<Finding>?
    private var filedGroups = 0
    private var diskFailed = false
    /// Findings that were written and could not be read back, with why.
    private(set) var lost: (count: Int, reason: String)?
    /// The language of the finding that says a chunk could not be read back.
    private let language: ReportLanguage

    /// `groups` is at most how many groups will be added; `spillByteLimit` makes the file fail as
    /// a full disk would past that many bytes (for tests).
    init(memoryLimit: Int, directory: URL, groups: Int, logger: Logger, spillByteLimit: Int64? = nil, language: ReportLanguage = .en) {
        self.memoryLimit = memoryLimit
        self.directory = directory
        self.logger = logger
        self.spillByteLimit = spillByteLimit
        self.language = language
        groupCapacity = max(1, groups)
    }

    /// Adds one group of findings, already in report order.
    func add(_ group: [Finding]) {
        guard !group.isEmpty else { return }
        if file == nil, !diskFailed, held + group.count > memoryLimit { moveToDisk() }
        guard let file, filedGroups < groupCapacity else {
            groups.append(group)
            held += group.count
            return
        }
        do {
            for finding in group { try file.append(finding, to: filedGroups) }
            try file.flush()
            filedGroups += 1
        } catch {
            giveUpDisk(keeping: group, error)
        }
    }

    /// Every finding added, in report order.
    func finish() -> FindingList {
        guard let file else { return FindingList(groups.flatMap { $0 }.sorted(by: Finding.reportOrder)) }
        let merged = groupCapacity
        do {
            try merge(in: file, into: merged)
            try file.flush()
        } catch {
            let written = file.count(merged)
            let total = (0..<filedGroups).reduce(0) { $0 + file.count($1) }
            lost = (total - written, "\(error)")
            logger.error("findings could not be read back from a temporary file", metadata: ["error": "\(error)"])
        }
        return FindingList(stored: StoredFindingsFile(file: file, partition: merged, language: language))
    }

    /// Writes the groups held so far to a new temporary file, one partition each.
    private func moveToDisk() {
        do {
            // Small chunks: the merge holds one chunk of every group at once.
            let created = try SpillFile<Finding>(directory: directory, partitions: groupCapacity + 1, chunkBytes: Self.chunkBytes,
                                                 byteLimit: spillByteLimit)
            for (index, group) in groups.enumerated() {
                for finding in group { try created.append(finding, to: index) }
                try created.flush()
            }
            file = created
            filedGroups = groups.count
            logger.info("findings wait in a temporary file", metadata: ["findings": "\(held)", "directory": "\(directory.path)"])
            groups = []
            held = 0
        } catch {
            diskFailed = true
            logger.warning("findings are kept in memory: the temporary directory cannot take them",
                           metadata: ["directory": "\(directory.path)", "error": "\(error)"])
        }
    }

    /// Reads the groups written so far back into memory after a failed write, and keeps every
    /// later group there.
    private func giveUpDisk(keeping group: [Finding], _ error: any Error) {
        logger.warning("findings are kept in memory: the temporary file could not be written", metadata: ["error": "\(error)"])
        guard let file else { return }
        var restored: [[Finding]] = []
        var unread = 0
        for partition in 0..<filedGroups {
            var values: [Finding] = []
            do {
                try file.forEachChunk(of: partition) { values += $0 }
                restored.append(values)
            } catch {
                unread += file.count(partition)
                lost = (unread, "\(error)")
            }
        }
        groups = restored + [group]
        held = groups.reduce(0) { $0 + $1.count }
        self.file = nil
        diskFailed = true
    }

    /// Bytes of a chunk of findings (about 20 findings; a few hundred groups take a few MB).
    static let chunkBytes = 32 * 1024

    /// Merges the group partitions of `file`, then any groups held in memory (added once every
    /// partition was taken), in report order into partition `output`.
    private func merge(in file: SpillFile<Finding>, into output: Int) throws {
        var cursors = try (0..<filedGroups).map { try GroupCursor(file: file, partition: $0) } + groups.map(GroupCursor.init(values:))
        var heap = FindingHeap(cursors.indices.filter { cursors[$0].current != nil }) { a, b in
            let (x, y) = (cursors[a].current!, cursors[b].current!)
            if Finding.reportOrder(x, y) { return true }
            if Finding.reportOrder(y, x) { return false }
            return a < b
        }
        while let group = heap.first {
            try file.append(cursors[group].current!, to: output)
            try cursors[group].advance()
            if cursors[group].current == nil { heap.removeFirst() } else { heap.siftDownFirst() }
        }
    }
}

/// Where the merge stands in one group: its current finding and the rest of its chunk.
private struct GroupCursor {
    private let file: SpillFile<Finding>?
    private let partition: Int
    private let sizes: [Int]
    private var chunkIndex = 0
    private var values: [Finding] = []
    private var position = 0

    /// A group in partition `partition` of `file`, read a chunk at a time.
    init(file: SpillFile<Finding>, partition: Int) throws {
        self.file = file
        self.partition = partition
        sizes = file.chunkSizes(of: partition)
        if !sizes.isEmpty { values = try file.chunk(0, of: partition) }
    }

    /// A group held in memory.
    init(values: [Finding]) {
        file = nil
        partition = 0
        sizes = [values.count]
        self.values = values
    }

    var current: Finding? { position < values.count ? values[position] : nil }

    mutating func advance() throws {
        position += 1
        guard position >= values.count, chunkIndex + 1 < sizes.count, let file else { return }
        chunkIndex += 1
        values = try file.chunk(chunkIndex, of: partition)
        position = 0
    }
}

/// A binary min-heap of group numbers, ordered by `less`.
private struct FindingHeap {
    private var items: [Int]
    private let less: (Int, Int) -> Bool

    init(_ items: [Int], less: @escaping (Int, Int) -> Bool) {
        self.items = []
        self.less = less
        for item in items { insert(item) }
    }

    var first: Int? { items.first }

    mutating func insert(_ item: Int) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func removeFirst() {
        items.swapAt(0, items.count - 1)
        items.removeLast()
        siftDownFirst()
    }

    /// Restores the order after the first item's key grew.
    mutating func siftDownFirst() {
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, less(items[left], items[smallest]) { smallest = left }
            if right < items.count, less(items[right], items[smallest]) { smallest = right }
            guard smallest != parent else { return }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

/// A report's findings read back from one partition of a temporary file, a chunk at a time.
///
/// Read from several threads at once (the report renderers); the chunk last read, and the one
/// that could not be, are kept under a `Mutex`.
final class StoredFindingsFile: StoredFindings {
    private let file: SpillFileReader<Finding>
    /// The index of the first finding of each chunk, and one past the last.
    private let starts: [Int]
    private let chunks = Mutex(Chunks())
    private let language: ReportLanguage

    /// The chunk last read, and the chunk that could not be read back last with the finding that says so.
    private struct Chunks {
        var cached: (chunk: Int, values: [Finding])?
        var unreadable: (chunk: Int, finding: Finding)?
    }

    init(file: SpillFile<Finding>, partition: Int, language: ReportLanguage = .en) {
        self.file = file.reader(of: partition)
        self.language = language
        var starts = [0]
        for size in self.file.chunkSizes { starts.append(starts.last! + size) }
        self.starts = starts
    }

    var count: Int { starts.last! }

    func finding(at index: Int) -> Finding {
        // The last chunk starting at or before `index` (binary search).
        var low = 0, high = starts.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= index { low = middle } else { high = middle }
        }
        let chunk = low
        return chunks.withLock { chunks in
            if let unreadable = chunks.unreadable, unreadable.chunk == chunk { return unreadable.finding }
            if chunks.cached?.chunk != chunk {
                do {
                    chunks.cached = (chunk, try file.chunk(chunk))
                } catch {
                    let finding = Finding(rule: FindingStore.ruleUnreadable, category: .intake, severity: .warning,
                                          message: FindingPhrase.findingUnreadable(language, ["error": "\(error)"]), evidence: [],
                                          action: FindingPhrase.findingUnreadableAction(language))
                    chunks.unreadable = (chunk, finding)
                    return finding
                }
            }
            return chunks.cached!.values[index - starts[chunk]]
        }
    }
}
