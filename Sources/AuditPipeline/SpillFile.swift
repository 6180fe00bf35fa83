import AuditCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A temporary file of values in their compact form, in one or more partitions, each written in
/// chunks and read back in order.
///
/// The file is unlinked as soon as it is created, so it takes no name on disk and disappears with
/// its descriptor, even when the process is killed. Each partition encodes its values into its
/// current chunk, which goes to disk once it holds `chunkBytes`; only those chunks are in memory,
/// and where each written chunk lies is kept in memory too. A chunk counts as written only once
/// all of its bytes are: a failed write leaves it pending, still readable.
final class SpillFile<Value: CompactCodable> {
    /// Where one written chunk lies and how many values it holds.
    fileprivate struct Chunk: Sendable {
        var offset: Int64
        var size: Int
        var values: Int
    }

    private let descriptor: Int32
    private let chunkBytes: Int
    /// Bytes past which writes fail as if the disk were full (for tests); nil for no limit.
    private let byteLimit: Int64?
    private var length: Int64 = 0
    private var writers: [CompactBinaryWriter?]
    private var pending: [Int]
    private var chunks: [[Chunk]]
    private var counts: [Int]

    /// Creates the file in `directory`; throws `SpillError` when it cannot.
    init(directory: URL, partitions: Int = 1, chunkBytes: Int = 256 * 1024, byteLimit: Int64? = nil) throws {
        let path = directory.appendingPathComponent("auditready-spill-\(UUID().uuidString)").path
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SpillError(operation: "create a temporary file in \(directory.path)", code: errno) }
        unlink(path)
        self.chunkBytes = chunkBytes
        self.byteLimit = byteLimit
        let count = max(1, partitions)
        writers = Array(repeating: nil, count: count)
        pending = Array(repeating: 0, count: count)
        chunks = Array(repeating: [], count: count)
        counts = Array(repeating: 0, count: count)
    }

    deinit { close(descriptor) }

    /// Values appended to `partition` so far, pending ones included.
    func count(_ partition: Int = 0) -> Int { counts[partition] }

    /// Values appended to all partitions.
    var totalCount: Int { counts.reduce(0, +) }

    /// Adds one value to `partition`; writes the partition's chunk when it is full.
    func append(_ value: Value, to partition: Int = 0) throws {
        let writer = writers[partition] ?? CompactBinaryWriter()
        writers[partition] = writer
        value.encode(compactTo: writer)
        pending[partition] += 1
        counts[partition] += 1
        if writer.bytes.count >= chunkBytes { try flush(partition) }
    }

    /// Writes every partition's pending chunk.
    func flush() throws {
        for partition in writers.indices { try flush(partition) }
    }

    /// Calls `body` with each chunk of `partition`'s values, in the order appended (pending ones last).
    func forEachChunk(of partition: Int = 0, _ body: ([Value]) throws -> Void) throws {
        for index in chunkSizes(of: partition).indices { try body(try chunk(index, of: partition)) }
    }

    /// How many values each chunk of `partition` holds, in order, the pending one last.
    func chunkSizes(of partition: Int = 0) -> [Int] {
        chunks[partition].map(\.values) + (pending[partition] > 0 ? [pending[partition]] : [])
    }

    /// The values of chunk `index` of `partition` (numbered as `chunkSizes` lists them).
    func chunk(_ index: Int, of partition: Int = 0) throws -> [Value] {
        if index < chunks[partition].count {
            let chunk = chunks[partition][index]
            return try Self.decode(chunk.values, from: CompactBinaryReader(bytes: try Self.read(chunk.size, at: chunk.offset, from: descriptor)))
        }
        guard let writer = writers[partition] else { return [] }
        return try Self.decode(pending[partition], from: CompactBinaryReader(bytes: writer.bytes))
    }

    /// What reads `partition` back from any thread: its own descriptor of the file and where the
    /// chunks lie, the pending one's bytes copied. Nothing may be appended to `partition` after.
    func reader(of partition: Int) -> SpillFileReader<Value> {
        let pendingChunk = writers[partition].map { (bytes: $0.bytes, values: pending[partition]) }
        return SpillFileReader(descriptor: dup(descriptor), chunks: chunks[partition], pending: pendingChunk)
    }

    fileprivate static func decode(_ count: Int, from reader: CompactBinaryReader) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(compactFrom: reader)) }
        return values
    }

    private func flush(_ partition: Int) throws {
        guard pending[partition] > 0, let writer = writers[partition] else { return }
        try write(writer.bytes)
        chunks[partition].append(Chunk(offset: length, size: writer.bytes.count, values: pending[partition]))
        length += Int64(writer.bytes.count)
        writers[partition] = nil
        pending[partition] = 0
    }

    /// Writes `bytes` at the end of the file without moving the end: the caller does, once all are written.
    private func write(_ bytes: [UInt8]) throws {
        if let byteLimit, length + Int64(bytes.count) > byteLimit { throw SpillError(operation: "write a temporary file", code: ENOSPC) }
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(length) + off_t(done))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw SpillError(operation: "write a temporary file", code: errno)
            }
            done += written
        }
    }

    fileprivate static func read(_ count: Int, at offset: Int64, from descriptor: Int32) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset) + off_t(done))
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw SpillError(operation: "read back a temporary file", code: got < 0 ? errno : 0) }
            done += got
        }
        return bytes
    }
}

/// One partition of a `SpillFile`, read back from any thread: `pread` on a descriptor of its own
/// (the file lives on while it is open, however long the report is read).
final class SpillFileReader<Value: CompactCodable>: Sendable {
    private let descriptor: Int32
    private let chunks: [SpillFile<Value>.Chunk]
    private let pending: (bytes: [UInt8], values: Int)?

    fileprivate init(descriptor: Int32, chunks: [SpillFile<Value>.Chunk], pending: (bytes: [UInt8], values: Int)?) {
        self.descriptor = descriptor
        self.chunks = chunks
        self.pending = pending
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// How many values each chunk holds, in order, the pending one last.
    var chunkSizes: [Int] { chunks.map(\.values) + (pending.map { $0.values > 0 ? [$0.values] : [] } ?? []) }

    /// The values of chunk `index` (numbered as `chunkSizes` lists them).
    func chunk(_ index: Int) throws -> [Value] {
        if index < chunks.count {
            let chunk = chunks[index]
            guard descriptor >= 0 else { throw SpillError(operation: "read back a temporary file", code: EMFILE) }
            return try SpillFile<Value>.decode(chunk.values, from: CompactBinaryReader(bytes: try SpillFile<Value>.read(chunk.size, at: chunk.offset, from: descriptor)))
        }
        guard let pending else { return [] }
        return try SpillFile<Value>.decode(pending.values, from: CompactBinaryReader(bytes: pending.bytes))
    }
}

/// A temporary file that could not be created, written or read back.
struct SpillError: Error, CustomStringConvertible {
    var operation: String
    var code: Int32

    var description: String {
        code == 0 ? "could not \(operation)" : "could not \(operation): \(String(cString: strerror(code)))"
    }
}
