import AuditCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A temporary file of values in their compact form, written in chunks and read back in order.
///
/// The file is unlinked as soon as it is created, so it takes no name on disk and disappears with
/// its descriptor, even when the process is killed. Values are encoded as they arrive into the
/// current chunk, which goes to disk once it holds `chunkBytes`; only that chunk is in memory.
final class SpillFile<Value: CompactCodable> {
    /// Bytes a chunk gathers before it is written.
    static var chunkBytes: Int { 256 * 1024 }

    private let descriptor: Int32
    private var length: Int64 = 0
    private var writer = CompactBinaryWriter()
    private var pending = 0
    /// Values written so far, the pending chunk included.
    private(set) var count = 0

    /// Creates the file in `directory`; throws `SpillError` when it cannot.
    init(directory: URL) throws {
        let path = directory.appendingPathComponent("auditready-spill-\(UUID().uuidString)").path
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SpillError(operation: "create a temporary file in \(directory.path)", code: errno) }
        unlink(path)
    }

    deinit { close(descriptor) }

    /// Adds one value; writes the chunk when it is full.
    func append(_ value: Value) throws {
        value.encode(compactTo: writer)
        pending += 1
        count += 1
        if writer.bytes.count >= Self.chunkBytes { try flush() }
    }

    /// Writes the pending chunk: its byte length and value count, then its bytes.
    func flush() throws {
        guard pending > 0 else { return }
        var header = [UInt8](repeating: 0, count: 12)
        let size = UInt64(writer.bytes.count), values = UInt32(pending)
        for shift in 0..<8 { header[shift] = UInt8(truncatingIfNeeded: size >> (8 * UInt64(shift))) }
        for shift in 0..<4 { header[8 + shift] = UInt8(truncatingIfNeeded: values >> (8 * UInt32(shift))) }
        try write(header)
        try write(writer.bytes)
        writer = CompactBinaryWriter()
        pending = 0
    }

    /// Calls `body` with each chunk's values, in the order they were appended (pending ones last).
    func forEachChunk(_ body: ([Value]) throws -> Void) throws {
        var offset: Int64 = 0
        while offset < length {
            let header = try read(12, at: offset)
            let size = header[0..<8].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let values = header[8..<12].enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
            guard size <= UInt64(length - offset - 12) else { throw SpillError(operation: "read back a temporary file (a chunk runs past its end)", code: 0) }
            let reader = CompactBinaryReader(bytes: try read(Int(size), at: offset + 12))
            var chunk: [Value] = []
            chunk.reserveCapacity(Int(values))
            for _ in 0..<values { chunk.append(try Value(compactFrom: reader)) }
            try body(chunk)
            offset += 12 + Int64(size)
        }
        if pending > 0 {
            let reader = CompactBinaryReader(bytes: writer.bytes)
            try body(try (0..<pending).map { _ in try Value(compactFrom: reader) })
        }
    }

    private func write(_ bytes: [UInt8]) throws {
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
        length += Int64(bytes.count)
    }

    private func read(_ count: Int, at offset: Int64) throws -> [UInt8] {
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

/// A temporary file that could not be created, written or read back.
struct SpillError: Error, CustomStringConvertible {
    var operation: String
    var code: Int32

    var description: String {
        code == 0 ? "could not \(operation)" : "could not \(operation): \(String(cString: strerror(code)))"
    }
}
