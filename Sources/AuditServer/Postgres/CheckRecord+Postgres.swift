import Foundation
import PostgresNIO

extension CheckRecord {
    /// The columns `init(postgres:)` reads, in its order; the archive's oid is read as a number.
    static let postgresColumns = """
        id, organisation, status, file_name, archive::bigint, ruleset, as_of, region, documents_done, current_document, \
        error, summary, batch, attempts, created_at, started_at, finished_at
        """

    /// A check as a row of `postgresColumns`; `archivePath` holds the archive's large-object oid.
    init(postgres row: PostgresRow) throws {
        var cells = row.makeIterator()
        func next<T: PostgresDecodable>(_ type: T.Type) throws -> T {
            guard let cell = cells.next() else { throw PostgresStoreError("a check row has fewer columns than expected") }
            return try cell.decode(T.self)
        }
        id = try next(String.self)
        organisation = try next(String.self)
        status = CheckStatus(rawValue: try next(String.self)) ?? .failed
        fileName = try next(String.self)
        archivePath = try next(Int64?.self).map(String.init)
        ruleset = try next(String.self)
        asOf = try next(String.self)
        region = try next(String?.self)
        documentsDone = try next(Int.self)
        currentDocument = try next(String?.self)
        error = try next(String?.self)
        summary = try next(String?.self).flatMap { try? JSONDecoder().decode(CheckSummary.self, from: Data($0.utf8)) }
        batch = try next(String?.self)
        attempts = try next(Int.self)
        createdAt = Date(timeIntervalSince1970: try next(Double.self))
        startedAt = try next(Double?.self).map(Date.init(timeIntervalSince1970:))
        finishedAt = try next(Double?.self).map(Date.init(timeIntervalSince1970:))
    }
}

/// The PostgreSQL store found something it cannot use; the message says what.
struct PostgresStoreError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
