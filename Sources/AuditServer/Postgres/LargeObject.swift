import Foundation
import Logging
import PostgresNIO

/// Uploaded archives as PostgreSQL large objects, moved in pieces so that a large archive is
/// never held in memory whole.
enum LargeObject {
    /// The bytes moved per query.
    static let pieceSize = 1 << 20

    /// A new large object holding the file at `url`; returns its oid. Run inside a transaction,
    /// so that a failed upload leaves no object behind.
    static func importFile(_ url: URL, on connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        guard let row = try await connection.query("SELECT lo_create(0)::bigint", logger: logger).collect().first else {
            throw PostgresStoreError("PostgreSQL made no large object for the archive")
        }
        let oid = try row.decode(Int64.self)
        var offset: Int64 = 0
        while let piece = try handle.read(upToCount: pieceSize), !piece.isEmpty {
            try await connection.query("SELECT lo_put(\(oid)::bigint::oid, \(offset), \(piece))", logger: logger)
            offset += Int64(piece.count)
        }
        return oid
    }

    /// Writes the large object `oid` into a new file at `url`.
    static func exportFile(_ oid: Int64, to url: URL, client: PostgresClient, logger: Logger) async throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw PostgresStoreError("cannot create \(url.path) for a check's archive; is the worker's --data folder writable?")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var offset: Int64 = 0
        while true {
            guard let row = try await client.query("SELECT lo_get(\(oid)::bigint::oid, \(offset), \(Int32(pieceSize)))", logger: logger)
                .collect().first else { break }
            let piece = try row.decode(Data.self)
            handle.write(piece)
            offset += Int64(piece.count)
            if piece.count < pieceSize { break }
        }
    }

    /// Deletes the large object `oid`.
    static func unlink(_ oid: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("SELECT lo_unlink(\(oid)::bigint::oid)", logger: logger)
    }
}
