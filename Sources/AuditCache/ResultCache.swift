import AuditCore
import AuditExtraction
import Foundation
import GRDB
import Logging

/// A content-addressed store of per-document results in SQLite: extraction outcomes, and what
/// was read from a document, keyed by its SHA-256 and the version of the code that produced them,
/// so re-checking an unchanged document redoes nothing.
///
/// Entries belong to one `generation` (the program's build): opening the cache with another
/// generation deletes the entries an older build left, so the cache never grows build after build
/// and never hands a new build an old build's results.
///
/// Safe to use from several threads: GRDB's pool serialises writes and runs reads concurrently.
public final class ResultCache: Sendable {
    private let pool: DatabasePool
    private let generation: String
    private let logger: Logger

    /// The kinds of result stored.
    public enum Kind: String, Sendable {
        /// An `ExtractionOutcome`, keyed by content and extractor.
        case extraction
        /// What was read from a document (its record and evidence), keyed by content, path and reader.
        case reading
        /// One part of the time entries and pay lines of a long document's reading, keyed as the
        /// reading with the part's number.
        case readingPart = "reading-part"
        /// A whole check's report, keyed by the input's content, the rule packs, day and settings.
        case check
    }

    /// How long a write waits for another process's write to the same cache, in seconds.
    public static let lockWait: TimeInterval = 30

    /// How many whole checks' reports are kept; storing another deletes the oldest.
    public static let retainedChecks = 32

    /// Opens (creating when needed) the cache database in `directory` for results of `generation`.
    public init(directory: URL, generation: String = "", logger: Logger) throws {
        self.generation = generation
        self.logger = logger
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for stale in ["extraction.sqlite", "extraction.sqlite-wal", "extraction.sqlite-shm"] {
                // The store earlier versions kept (a slower format, every build's entries piling up).
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(stale))
            }
            var configuration = Configuration()
            // A cache needs no durability: a commit is not flushed to disk before the next one
            // (the write-ahead log stays consistent; a crash at worst loses recent entries).
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            // Checks run side by side share the cache: a writer waits for the other's commit
            // instead of failing with "database is locked".
            configuration.busyMode = .timeout(Self.lockWait)
            pool = try DatabasePool(path: directory.appendingPathComponent("results.sqlite").path, configuration: configuration)
            try pool.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS result (
                        kind TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        variant TEXT NOT NULL,
                        generation TEXT NOT NULL,
                        value BLOB NOT NULL,
                        stored_at TEXT NOT NULL,
                        PRIMARY KEY (kind, sha256, variant))
                    """)
                try db.execute(sql: "DELETE FROM result WHERE generation != ?", arguments: [generation])
            }
        } catch {
            throw CacheError(directory: directory.path, reason: "\(error)")
        }
    }

    /// The user's cache folder for AuditReady: `$XDG_CACHE_HOME/auditready` or `~/.cache/auditready`.
    public static var defaultDirectory: URL {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("auditready")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/auditready")
    }

    /// The stored value of `kind` for this content and variant, if any and if it still decodes.
    ///
    /// Values are stored in their compact form (`CompactCodable`), which names no type: the kind
    /// and variant say what a value is, and a variant carries the version of its stored form.
    public func value<T: CompactCodable>(_ type: T.Type, kind: Kind, sha256: String, variant: String) -> T? {
        do {
            let data = try pool.read { db in
                try Data.fetchOne(db, sql: "SELECT value FROM result WHERE kind = ? AND sha256 = ? AND variant = ?",
                                  arguments: [kind.rawValue, sha256, variant])
            }
            return try data.map { try T(compactBytes: [UInt8]($0)) }
        } catch {
            logger.warning("result cache read failed; computing again", metadata: ["kind": "\(kind.rawValue)", "error": "\(error)"])
            return nil
        }
    }

    /// Stores a value; a failure only costs a later recomputation, so it is logged, not thrown.
    public func store<T: CompactCodable>(_ value: T, kind: Kind, sha256: String, variant: String) {
        do {
            let data = Data(value.compactBytes())
            try pool.write { db in
                try db.execute(sql: """
                    INSERT OR REPLACE INTO result (kind, sha256, variant, generation, value, stored_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [kind.rawValue, sha256, variant, generation, data, Self.timestamp()])
                if kind == .check {
                    // Whole reports are large and each input gets its own: keep the latest few.
                    try db.execute(sql: """
                        DELETE FROM result WHERE kind = ? AND rowid NOT IN
                            (SELECT rowid FROM result WHERE kind = ? ORDER BY stored_at DESC, rowid DESC LIMIT ?)
                        """, arguments: [kind.rawValue, kind.rawValue, Self.retainedChecks])
                }
            }
        } catch {
            logger.warning("result cache write failed", metadata: ["kind": "\(kind.rawValue)", "error": "\(error)"])
        }
    }

    /// The stored extraction outcome for this content and extractor version, if any.
    public func outcome(sha256: String, extractor: String) -> ExtractionOutcome? {
        value(ExtractionOutcome.self, kind: .extraction, sha256: sha256, variant: extractor)
    }

    /// Stores an extraction outcome.
    public func store(_ outcome: ExtractionOutcome, sha256: String, extractor: String) {
        store(outcome, kind: .extraction, sha256: sha256, variant: extractor)
    }

    /// How many results of `kind` are stored (all kinds when nil).
    public func count(of kind: Kind? = nil) throws -> Int {
        try pool.read { db in
            if let kind {
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM result WHERE kind = ?", arguments: [kind.rawValue]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM result") ?? 0
        }
    }

    private static func timestamp() -> String {
        Date().formatted(.iso8601)
    }
}

/// The cache could not be opened.
public struct CacheError: Error, CustomStringConvertible, Sendable {
    public var directory: String
    public var reason: String

    public var description: String {
        "cannot open the result cache in \(directory): \(reason); pass --no-cache or --cache DIR"
    }
}
