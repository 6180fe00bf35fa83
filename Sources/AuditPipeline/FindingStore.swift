import AuditCore
import AuditRules
import Foundation
import Logging
import Synchronization

/// Gathers a check's findings group by group, each group in report order, and gives them back
/// as one list in report order: from memory up to a limit, past it from the check's temporary
/// database.
///
/// A factory where every worker works long days has a finding a worker a day (hundreds of
/// thousands, about 1.5 KB each with the evidence they cite). Past `memoryLimit`, every group goes
/// to the database as it comes; at the end the groups are merged (`FindingMerge`, each finding
/// read back once), which gives each finding's place in the report, ties in the order of their
/// groups, and the report's `FindingList` reads the findings back in that order a chunk at a time.
/// The order is that of sorting all groups together, stably (see
/// `RuleEngine.judge(whole:batches:findings:)`). When the disk fails, the findings stay in memory.
final class FindingStore {
    /// The rule of the finding that stands for findings that could not be read back.
    static let ruleUnreadable = "auditready/finding-unreadable"
    private let memoryLimit: Int
    private let space: SpillSpace
    private let logger: Logger
    private var groups: [[Finding]] = []
    private var held = 0
    private var database: SpillDatabase?
    private var filedGroups = 0
    private var diskFailed = false
    /// Findings that were written and could not be read back, with why.
    private(set) var lost: (count: Int, reason: String)?
    /// The language of the finding that says findings could not be read back.
    private let language: ReportLanguage

    /// `groups` is about how many groups will be added (more may be).
    init(memoryLimit: Int, space: SpillSpace, groups: Int, logger: Logger, language: ReportLanguage = .en) {
        self.memoryLimit = memoryLimit
        self.space = space
        self.logger = logger
        self.language = language
        self.groups.reserveCapacity(max(1, groups))
    }

    /// A store with a temporary database of its own in `directory`; `spillByteLimit` makes it
    /// fail as a full disk would past that many bytes (for tests).
    convenience init(memoryLimit: Int, directory: URL, groups: Int, logger: Logger, spillByteLimit: Int64? = nil,
                     language: ReportLanguage = .en) {
        self.init(memoryLimit: memoryLimit, space: SpillSpace(directory: directory, byteLimit: spillByteLimit), groups: groups,
                  logger: logger, language: language)
    }

    /// Adds one group of findings, already in report order.
    func add(_ group: [Finding]) {
        guard !group.isEmpty else { return }
        if database == nil, !diskFailed, held + group.count > memoryLimit { moveToDisk() }
        guard let database else {
            groups.append(group)
            held += group.count
            return
        }
        do {
            try database.insertFindings(group, group: filedGroups)
            filedGroups += 1
        } catch {
            giveUpDisk(keeping: group, error)
        }
    }

    /// Every finding added, in report order.
    func finish() -> FindingList {
        guard let database else { return FindingList(groups.flatMap { $0 }.sorted(by: Finding.reportOrder)) }
        do {
            let merged = try database.reportOrder()
            if let unreadable = merged.unreadable { noteLost(unreadable.count, unreadable.reason) }
            return FindingList(stored: StoredFindingsDatabase(database: database, order: merged.order, language: language))
        } catch {
            // The groups could not be merged: they are read back group by group, as when the disk fails.
            giveUpDisk(keeping: [], error)
            return finish()
        }
    }

    /// Writes the groups held so far to the check's temporary database.
    private func moveToDisk() {
        do {
            let opened = try space.database()
            for (index, group) in groups.enumerated() { try opened.insertFindings(group, group: index) }
            database = opened
            filedGroups = groups.count
            logger.info("findings wait in a temporary file", metadata: ["findings": "\(held)", "file": "\(opened.path)"])
            groups = []
            held = 0
        } catch {
            diskFailed = true
            logger.warning("findings are kept in memory: the temporary directory cannot take them",
                           metadata: ["directory": "\(space.directory.path)", "error": "\(error)"])
        }
    }

    /// Reads the groups written so far back into memory after a failed write, and keeps `group`
    /// and every later group there.
    private func giveUpDisk(keeping group: [Finding], _ error: any Error) {
        logger.warning("findings are kept in memory: the temporary file could not be written", metadata: ["error": "\(error)"])
        guard let database else { return }
        var restored = Array(repeating: [Finding](), count: filedGroups)
        do {
            let read = try database.findingsByGroup()
            for (index, finding) in read.values { restored[index].append(finding) }
            if let unreadable = read.unreadable { noteLost(unreadable.count, unreadable.reason) }
        } catch {
            noteLost(filedGroups, "\(error)")
        }
        groups = restored.filter { !$0.isEmpty } + (group.isEmpty ? [] : [group])
        held = groups.reduce(0) { $0 + $1.count }
        self.database = nil
        diskFailed = true
    }

    private func noteLost(_ count: Int, _ reason: String) {
        lost = ((lost?.count ?? 0) + count, reason)
        logger.error("findings could not be read back from a temporary file", metadata: ["count": "\(count)", "reason": "\(reason)"])
    }
}

/// A report's findings read back from the check's temporary database, a chunk at a time.
///
/// Read from several threads at once (the report renderers); the chunk last read is kept under a
/// `Mutex`. The findings were each read back once when their order was made, so reading one
/// again fails only when the database itself does; then the finding says so.
final class StoredFindingsDatabase: StoredFindings {
    /// Findings read back at a time.
    static let chunkSize = 256
    private let database: SpillDatabase
    /// Where each finding is in the database (its rowid), in report order: 8 bytes a finding.
    private let order: [Int64]
    private let language: ReportLanguage
    private let cached = Mutex<(chunk: Int, values: [Finding])?>(nil)

    init(database: SpillDatabase, order: [Int64], language: ReportLanguage = .en) {
        self.database = database
        self.order = order
        self.language = language
    }

    var count: Int { order.count }

    func finding(at index: Int) -> Finding {
        let chunk = index / Self.chunkSize
        return cached.withLock { cached in
            if cached?.chunk != chunk {
                let start = chunk * Self.chunkSize
                do {
                    cached = (chunk, try database.findings(at: order[start..<min(count, start + Self.chunkSize)]))
                } catch {
                    return Finding(rule: FindingStore.ruleUnreadable, category: .intake, severity: .warning,
                                   message: FindingPhrase.findingUnreadable(language, ["error": "\(error)"]), evidence: [],
                                   action: FindingPhrase.findingUnreadableAction(language))
                }
            }
            return cached!.values[index - chunk * Self.chunkSize]
        }
    }
}
