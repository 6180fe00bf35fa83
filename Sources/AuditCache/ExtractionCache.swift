import AuditCore
import AuditExtraction
import Foundation
import GRDB
import Logging

/// A content-addressed store of extraction results in SQLite, keyed by the document's SHA-256
/// and the extractor's version, so re-checking an unchanged document skips extraction.
///
/// Safe to use from several threads: GRDB's pool serialises writes and runs reads concurrently.
public final class ExtractionCache: Sendable {
    private let pool: DatabasePool
    private let logger: Logger

    /// Opens (creating when needed) the cache database in `directory`.
    public init(directory: URL, logger: Logger) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            pool = try DatabasePool(path: directory.appendingPathComponent("extraction.sqlite").path)
            try pool.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS extraction (
                        sha256 TEXT NOT NULL,
                        extractor TEXT NOT NULL,
                        outcome BLOB NOT NULL,
                        stored_at TEXT NOT NULL,
                        PRIMARY KEY (sha256, extractor))
                    """)
            }
        } catch {
            throw CacheError(directory: directory.path, reason: "\(error)")
        }
        self.logger = logger
    }

    /// The user's cache folder for AuditReady: `$XDG_CACHE_HOME/auditready` or `~/.cache/auditready`.
    public static var defaultDirectory: URL {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("auditready")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/auditready")
    }

    /// The stored outcome for this content and extractor version, if any.
    public func outcome(sha256: String, extractor: String) -> ExtractionOutcome? {
        do {
            let data = try pool.read { db in
                try Data.fetchOne(db, sql: "SELECT outcome FROM extraction WHERE sha256 = ? AND extractor = ?",
                                  arguments: [sha256, extractor])
            }
            return try data.map { try Self.decoder.decode(ExtractionOutcome.self, from: $0) }
        } catch {
            logger.warning("extraction cache read failed; extracting again", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// Stores an outcome; a failure only costs a later re-extraction, so it is logged, not thrown.
    public func store(_ outcome: ExtractionOutcome, sha256: String, extractor: String) {
        do {
            let data = try Self.encoder.encode(outcome)
            try pool.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO extraction (sha256, extractor, outcome, stored_at) VALUES (?, ?, ?, ?)",
                               arguments: [sha256, extractor, data, ISO8601DateFormatter().string(from: Date())])
            }
        } catch {
            logger.warning("extraction cache write failed", metadata: ["error": "\(error)"])
        }
    }

    /// How many outcomes are stored.
    public func count() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM extraction") ?? 0 }
    }

    private static let encoder: PropertyListEncoder = {
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .binary
        return encoder
    }()

    private static let decoder = PropertyListDecoder()
}

/// The cache could not be opened.
public struct CacheError: Error, CustomStringConvertible, Sendable {
    public var directory: String
    public var reason: String

    public var description: String {
        "cannot open the extraction cache in \(directory): \(reason); pass --no-cache or --cache DIR"
    }
}
