import AuditCore
import Foundation
import GRDB
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The temporary SQLite database a check keeps what does not fit in memory: time entries and
/// pay lines filed by worker bucket with their place in the input, and findings group by group in
/// the order added (`FindingMerge` puts them in report order).
///
/// The file is made in the check's temporary directory, readable by its owner only, and removed
/// when the last value reading from it is released: the report's findings may be read from it
/// after the check has returned, so the report keeps it alive. Values are stored in their
/// compact forms (`CompactCodable`). It needs no durability, so it is never synced to disk; its
/// rollback journal (the pages a write changes, so a failed write leaves nothing half done) is a
/// file beside it, deleted at each commit, so that rewriting many rows costs no memory.
final class SpillDatabase: Sendable {
    /// Where the file is, for messages and tests.
    let path: String
    private let queue: DatabaseQueue
    /// Bytes of values past which writes fail as if the disk were full (for tests); nil for no limit.
    private let byteLimit: Int64?
    private let written = Mutex<Int64>(0)
    /// The findings filed, a run for each write, in the order written.
    private let findingRuns = Mutex<[FindingRun]>([])

    /// The start of every database file's name; the number of the process that made it follows.
    static let namePrefix = "auditready-spill-"

    /// Creates the database in `directory`; throws `SpillError` when it cannot. Databases that
    /// checks killed before they could remove them (their process is gone) are removed first.
    init(directory: URL, byteLimit: Int64? = nil) throws {
        Self.removeOrphans(in: directory)
        path = directory.appendingPathComponent("\(Self.namePrefix)\(getpid())-\(UUID().uuidString).sqlite").path
        self.byteLimit = byteLimit
        // Made here, exclusively and for the owner only, before SQLite opens it as an empty database.
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw SpillError(operation: "create a temporary database in \(directory.path)", reason: String(cString: strerror(errno)))
        }
        close(descriptor)
        var configuration = Configuration()
        configuration.label = "auditready.spill"
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE row (kind INTEGER NOT NULL, bucket INTEGER NOT NULL, count INTEGER NOT NULL, body BLOB NOT NULL);
                    CREATE INDEX row_bucket ON row (kind, bucket);
                    CREATE TABLE finding ("group" INTEGER NOT NULL, body BLOB NOT NULL);
                    """)
            }
        } catch {
            unlink(path)
            throw SpillError(operation: "create a temporary database in \(directory.path)", reason: "\(error)")
        }
    }

    deinit {
        try? queue.close()
        unlink(path)
        unlink(path + "-journal")
    }

    /// Removes the databases in `directory` whose process no longer runs: a check killed from
    /// outside (SIGKILL, the machine's out-of-memory killer) cannot remove its own. A file whose
    /// name gives no process, or whose process still runs, is left alone.
    static func removeOrphans(in directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(namePrefix) && name.hasSuffix(".sqlite") {
            guard let pid = pid_t(name.dropFirst(namePrefix.count).prefix { $0.isNumber }), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = directory.appendingPathComponent(name).path
            unlink(path)
            unlink(path + "-journal")
        }
    }

    // MARK: Rows

    /// Files `rows` of `kind`, each under its bucket with its place in the input, all or none.
    /// The rows of one bucket go in one value (their compact forms one after another, each after
    /// its place), so repeated texts are written once and a batch reads few values.
    func insertRows<Value: CompactCodable>(_ rows: [(bucket: Int, position: Int, row: Value)], kind: Int) throws {
        try write("write a temporary database") { db in
            try Self.insert(rows, kind: kind, in: db, charging: self)
        }
    }

    /// The rows of `kind` in `buckets` (all buckets when nil), each with its place in the input,
    /// in input order; rows whose stored value cannot be decoded are counted apart with why.
    func rows<Value: CompactCodable>(of kind: Int, in buckets: [Int]?) throws -> Decoded<(position: Int, value: Value)> {
        var decoded = Decoded<(position: Int, value: Value)>()
        let filter = buckets.map { " AND bucket IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        try read("read back a temporary database") { db in
            let stored = try GRDB.Row.fetchCursor(db, sql: "SELECT count, body FROM row WHERE kind = ?\(filter)", arguments: [kind])
            while let row = try stored.next() {
                let count: Int = row[0]
                do {
                    decoded.values += try row.withUnsafeData(atIndex: 1) { try Self.decodeRows(Value.self, count: count, from: $0 ?? Data()) }
                } catch {
                    decoded.unreadable = ((decoded.unreadable?.count ?? 0) + count, "\(error)")
                }
            }
        }
        decoded.values.sort { $0.position < $1.position }
        return decoded
    }

    /// Files the rows of `kind` waiting in bucket `waiting` again, as `rows` (each under its new
    /// bucket, at its place in the input), all or none.
    func refileRows<Value: CompactCodable>(_ rows: [(bucket: Int, position: Int, row: Value)], of kind: Int, from waiting: Int) throws {
        try write("write a temporary database") { db in
            try db.execute(sql: "DELETE FROM row WHERE kind = ? AND bucket = ?", arguments: [kind, waiting])
            try Self.insert(rows, kind: kind, in: db, charging: self)
        }
    }

    /// Forgets every row of `kind` (taken back into memory).
    func deleteRows(of kind: Int) {
        try? queue.write { db in try db.execute(sql: "DELETE FROM row WHERE kind = ?", arguments: [kind]) }
    }

    private static func insert<Value: CompactCodable>(_ rows: [(bucket: Int, position: Int, row: Value)], kind: Int, in db: Database,
                                                      charging database: SpillDatabase) throws {
        var buckets: [Int: (writer: CompactBinaryWriter, count: Int)] = [:]
        var order: [Int] = []
        for row in rows {
            if buckets[row.bucket] == nil {
                buckets[row.bucket] = (CompactBinaryWriter(), 0)
                order.append(row.bucket)
            }
            buckets[row.bucket]!.writer.unsigned(UInt64(row.position))
            row.row.encode(compactTo: buckets[row.bucket]!.writer)
            buckets[row.bucket]!.count += 1
        }
        let statement = try db.cachedStatement(sql: "INSERT INTO row (kind, bucket, count, body) VALUES (?, ?, ?, ?)")
        for bucket in order {
            let (writer, count) = buckets[bucket]!
            try statement.execute(arguments: [kind, bucket, count, try database.charge(Data(writer.bytes))])
        }
    }

    private static func decodeRows<Value: CompactCodable>(_ type: Value.Type, count: Int, from body: Data) throws -> [(position: Int, value: Value)] {
        let reader = CompactBinaryReader(bytes: [UInt8](body))
        var rows: [(position: Int, value: Value)] = []
        rows.reserveCapacity(count)
        for _ in 0..<count { rows.append((Int(try reader.unsigned()), try Value(compactFrom: reader))) }
        guard reader.isAtEnd else { throw SpillError(operation: "read back stored rows", reason: "they have bytes past their end") }
        return rows
    }

    // MARK: Findings

    /// Adds one group of findings, already in report order, all or none.
    func insertFindings(_ findings: [Finding], group: Int) throws {
        guard !findings.isEmpty else { return }
        var rowids: ClosedRange<Int64>?
        try write("write a temporary database") { db in
            let statement = try db.cachedStatement(sql: #"INSERT INTO finding ("group", body) VALUES (?, ?)"#)
            var first: Int64?
            for finding in findings {
                statement.setUncheckedArguments([group, try charge(Self.encode(finding))])
                try statement.execute()
                first = first ?? db.lastInsertedRowID
            }
            // One writer that never deletes a finding: the rowids it gets are one past the largest, in a row.
            rowids = first! ... db.lastInsertedRowID
        }
        findingRuns.withLock { $0.append(FindingRun(group: group, rowids: rowids!)) }
    }

    /// The findings added, group by group, each group in the order added; findings that cannot be
    /// decoded are counted apart with why.
    func findingsByGroup() throws -> Decoded<(group: Int, finding: Finding)> {
        var decoded = Decoded<(group: Int, finding: Finding)>()
        try read("read back a temporary database") { db in
            let rows = try GRDB.Row.fetchCursor(db, sql: #"SELECT "group", body FROM finding ORDER BY "group", rowid"#)
            while let row = try rows.next() {
                decoded.add { (row[0], try row.withUnsafeData(atIndex: 1) { try Finding(compactBytes: [UInt8]($0 ?? Data())) }) }
            }
        }
        return decoded
    }

    /// The report's order: where every finding added is, in report order (ties in the order of
    /// their groups, then as added), each read back once to be compared; findings that cannot be
    /// read back are left out and counted once with why.
    func reportOrder() throws -> FindingMerge {
        let runs = findingRuns.withLock { $0 }.sorted { ($0.group, $0.rowids.lowerBound) < ($1.group, $1.rowids.lowerBound) }
        var merge: FindingMerge?
        try read("read back a temporary database") { db in merge = try FindingMerge(runs, in: db) }
        return merge!
    }

    /// The findings at `rowids` (places in `reportOrder().order`), in the order given.
    func findings(at rowids: ArraySlice<Int64>) throws -> [Finding] {
        var places: [Int64: Int] = [:]
        places.reserveCapacity(rowids.count)
        for (offset, rowid) in rowids.enumerated() { places[rowid] = offset }
        var found = [Finding?](repeating: nil, count: rowids.count)
        try read("read back a temporary database") { db in
            // Rowids are numbers: the list is written into the statement, one statement a chunk.
            let list = rowids.sorted().map(String.init).joined(separator: ",")
            let rows = try GRDB.Row.fetchCursor(db, sql: "SELECT rowid, body FROM finding WHERE rowid IN (\(list))")
            while let row = try rows.next() {
                let rowid: Int64 = row[0]
                guard let place = places[rowid] else { continue }
                found[place] = try row.withUnsafeData(atIndex: 1) { try Finding(compactBytes: [UInt8]($0 ?? Data())) }
            }
        }
        let findings = found.compactMap { $0 }
        guard findings.count == rowids.count else {
            throw SpillError(operation: "read back a temporary database", reason: "\(rowids.count - findings.count) findings are missing from it")
        }
        return findings
    }

    // MARK: Storage

    /// Values decoded from the database, and how many could not be, with the last reason why.
    struct Decoded<Value> {
        var values: [Value] = []
        var unreadable: (count: Int, reason: String)?

        mutating func add(_ decode: () throws -> Value) {
            do {
                values.append(try decode())
            } catch {
                unreadable = ((unreadable?.count ?? 0) + 1, "\(error)")
            }
        }
    }

    /// Stores `body` in place of the first rows of `kind` filed together; returns how many they
    /// were: for tests of unreadable values.
    func corruptFirstRows(of kind: Int, with body: [UInt8]) throws -> Int {
        try queue.write { db in
            let first = "(SELECT min(rowid) FROM row WHERE kind = ?)"
            try db.execute(sql: "UPDATE row SET body = ? WHERE rowid = \(first)", arguments: [Data(body), kind])
            return try Int.fetchOne(db, sql: "SELECT count FROM row WHERE rowid = \(first)", arguments: [kind]) ?? 0
        }
    }

    /// Stores `body` in place of the first finding of `group`: for tests of unreadable values.
    func corruptFirstFinding(of group: Int, with body: [UInt8]) throws {
        try queue.write { db in
            try db.execute(sql: #"UPDATE finding SET body = ? WHERE rowid = (SELECT min(rowid) FROM finding WHERE "group" = ?)"#,
                           arguments: [Data(body), group])
        }
    }

    private func write(_ operation: String, _ body: (Database) throws -> Void) throws {
        do {
            try queue.write(body)
        } catch let error as SpillError {
            throw error
        } catch {
            throw SpillError(operation: "\(operation) (\(path))", reason: "\(error)")
        }
    }

    private func read(_ operation: String, _ body: (Database) throws -> Void) throws {
        do {
            try queue.read(body)
        } catch {
            throw SpillError(operation: "\(operation) (\(path))", reason: "\(error)")
        }
    }

    /// Counts `body` against the byte limit; throws as a full disk would past it.
    fileprivate func charge(_ body: Data) throws -> Data {
        guard let byteLimit else { return body }
        try written.withLock { written in
            guard written + Int64(body.count) <= byteLimit else {
                throw SpillError(operation: "write a temporary database (\(path))", reason: String(cString: strerror(ENOSPC)))
            }
            written += Int64(body.count)
        }
        return body
    }

    /// A value's stored body: its compact bytes, as every store of them makes them (`compactBytes()`).
    static func encode<Value: CompactCodable>(_ value: Value) -> Data { Data(value.compactBytes()) }
}

/// Opens a check's `SpillDatabase` the first time one of its stores needs it; every store of the
/// check shares it, each under a kind of its own.
final class SpillSpace: Sendable {
    let directory: URL
    /// Makes the database fail as a full disk would past this many bytes of values (for tests).
    let byteLimit: Int64?
    private let state = Mutex<(database: SpillDatabase?, kinds: Int)>((nil, 0))

    init(directory: URL, byteLimit: Int64? = nil) {
        self.directory = directory
        self.byteLimit = byteLimit
    }

    /// The database, made now if it is not yet; throws `SpillError` when it cannot be.
    func database() throws -> SpillDatabase {
        try state.withLock { state in
            if let database = state.database { return database }
            let database = try SpillDatabase(directory: directory, byteLimit: byteLimit)
            state.database = database
            return database
        }
    }

    /// A kind of rows no other store of this space files under.
    func newKind() -> Int {
        state.withLock { state in
            state.kinds += 1
            return state.kinds
        }
    }
}

/// A temporary database that could not be made, written or read back.
struct SpillError: Error, CustomStringConvertible {
    var operation: String
    var reason: String

    var description: String { "could not \(operation): \(reason)" }
}
