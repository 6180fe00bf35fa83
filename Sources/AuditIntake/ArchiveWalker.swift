import AuditCore
import CArchive
import Foundation

/// Reads the entries of one archive stream and hands each leaf to a sink, opening nested archives.
///
/// Entries are read one at a time and their bytes counted while inflating, so neither a lying
/// header nor a bomb can make the walk hold more than `maxEntryBytes` at once.
struct ArchiveWalker {
    let configuration: IntakeConfiguration
    let budget: IntakeBudget

    /// Walks the archive in the file at `fileURL`, reporting entries under `prefix`.
    func walkFile(at fileURL: URL, prefix: String, depth: Int, sink: (IntakeItem) -> Void) {
        let handle: ArchiveReadHandle
        do { handle = try ArchiveReadHandle() } catch {
            sink(.refused(path: prefix, status: .unreadable, reason: "\(error)"))
            return
        }
        let opened = fileURL.withUnsafeFileSystemRepresentation { cPath -> Int32 in
            guard let cPath else { return ARCHIVE_FATAL }
            return archive_read_open_filename(handle.pointer, cPath, 64 * 1024)
        }
        guard opened == ARCHIVE_OK else {
            sink(.refused(path: prefix, status: .unreadable,
                          reason: ArchiveWalker.openFailureReason(handle.lastError)))
            return
        }
        walkEntries(of: handle, prefix: prefix, depth: depth, sink: sink)
    }

    /// Walks an archive held in memory (a nested archive), reporting entries under `prefix`.
    func walkBytes(_ bytes: Data, prefix: String, depth: Int, sink: (IntakeItem) -> Void) {
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let handle: ArchiveReadHandle
            do { handle = try ArchiveReadHandle() } catch {
                sink(.refused(path: prefix, status: .unreadable, reason: "\(error)"))
                return
            }
            guard archive_read_open_memory(handle.pointer, buffer.baseAddress, buffer.count) == ARCHIVE_OK else {
                sink(.refused(path: prefix, status: .unreadable,
                              reason: ArchiveWalker.openFailureReason(handle.lastError)))
                return
            }
            // The buffer outlives the handle: both end with this closure.
            walkEntries(of: handle, prefix: prefix, depth: depth, sink: sink)
        }
    }

    private func walkEntries(of handle: ArchiveReadHandle, prefix: String, depth: Int, sink: (IntakeItem) -> Void) {
        var index = 0
        var retries = 0
        while true {
            var entry: OpaquePointer?
            let status = archive_read_next_header(handle.pointer, &entry)
            if status == ARCHIVE_EOF { return }
            if status == ARCHIVE_RETRY, retries < 3 { retries += 1; continue }
            retries = 0
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                sink(.refused(path: prefix, status: .unreadable,
                              reason: ArchiveWalker.stopReason(handle.lastError, afterEntries: index)))
                if status == ARCHIVE_FAILED, index < configuration.maxEntries { index += 1; continue }
                return
            }
            index += 1
            guard budget.takeEntry(limit: configuration.maxEntries) else {
                sink(.refused(path: prefix, status: .rejected,
                              reason: "more than \(configuration.maxEntries) entries: the rest of this archive was not read; split the evidence into smaller archives"))
                return
            }
            let keepGoing = visit(entry: entry, index: index, of: handle, prefix: prefix, depth: depth, sink: sink)
            if !keepGoing { return }
        }
    }

    /// Handles one entry; returns false when the archive cannot be read any further.
    private func visit(entry: OpaquePointer, index: Int, of handle: ArchiveReadHandle,
                       prefix: String, depth: Int, sink: (IntakeItem) -> Void) -> Bool {
        guard let rawName = ArchiveWalker.name(of: entry) else {
            sink(.refused(path: join(prefix, "entry #\(index)"), status: .unreadable,
                          reason: "the entry's name cannot be decoded; re-create the archive with UTF-8 file names"))
            return true
        }
        if let why = EntryPathPolicy.rejection(for: rawName) {
            sink(.refused(path: join(prefix, rawName), status: .rejected, reason: why))
            return true
        }
        let path = join(prefix, EntryPathPolicy.normalized(rawName))
        let fileType = archive_entry_filetype(entry)
        if fileType == 0o040000 { return true }  // directories are not leaves
        if let target = archive_entry_hardlink(entry) {
            sink(.refused(path: path, status: .rejected,
                          reason: "hard link to \(String(cString: target)): links are not followed; put the file itself in the archive"))
            return true
        }
        if fileType == 0o120000 {
            let target = archive_entry_symlink(entry).map { String(cString: $0) } ?? "?"
            sink(.refused(path: path, status: .rejected,
                          reason: "symbolic link to \(target): links are not followed; put the file itself in the archive"))
            return true
        }
        if fileType != 0o100000 {
            sink(.refused(path: path, status: .rejected,
                          reason: "not a regular file (device, FIFO or socket); only documents are read"))
            return true
        }
        if archive_entry_is_encrypted(entry) != 0 {
            sink(.refused(path: path, status: .rejected,
                          reason: "encrypted (password-protected) entry: supply the evidence without a password"))
            return true
        }
        switch readData(of: handle) {
        case let .bytes(data):
            if ArchiveSniffer.isArchive(name: path, head: data.prefix(512)) {
                openNested(data, path: path, depth: depth, sink: sink)
            } else {
                sink(.file(path: path, bytes: data))
            }
            return true
        case let .refused(status, reason):
            sink(.refused(path: path, status: status, reason: reason))
            return true
        case let .fatal(reason):
            sink(.refused(path: path, status: .unreadable, reason: reason))
            sink(.refused(path: prefix, status: .unreadable,
                          reason: "the archive is truncated or corrupt after entry \(index); the entries before it were read and checked"))
            return false
        }
    }

    private func openNested(_ data: Data, path: String, depth: Int, sink: (IntakeItem) -> Void) {
        guard depth < configuration.maxNestingDepth else {
            sink(.refused(path: path, status: .rejected,
                          reason: "archive nested more than \(configuration.maxNestingDepth) levels deep: unpack it and submit its contents"))
            return
        }
        walkBytes(data, prefix: path, depth: depth + 1, sink: sink)
    }

    private enum DataOutcome {
        case bytes(Data)
        case refused(DocumentStatus, String)
        case fatal(String)
    }

    /// Reads the current entry's data, counting inflated bytes against the limits.
    private func readData(of handle: ArchiveReadHandle) -> DataOutcome {
        var data = Data()
        let rawStart = handle.rawBytesRead
        let chunk = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = archive_read_data(handle.pointer, buffer, chunk)
            if n == 0 { return .bytes(data) }
            if n < 0 {
                let message = handle.lastError
                if Int32(n) == ARCHIVE_FATAL { return .fatal(ArchiveWalker.dataFailureReason(message)) }
                return .refused(.unreadable, ArchiveWalker.dataFailureReason(message))
            }
            let inflated = data.count + n
            if inflated > configuration.maxEntryBytes {
                return .refused(.rejected,
                                "inflates to more than \(mebibytes(configuration.maxEntryBytes)) (the per-entry limit): a decompression bomb or an oversized file; split it or raise the limit")
            }
            if !budget.take(bytes: n, limit: configuration.maxTotalBytes) {
                return .refused(.rejected,
                                "the archive's entries together inflate to more than \(mebibytes(configuration.maxTotalBytes)): split the evidence into smaller archives")
            }
            let compressed = handle.rawBytesRead - rawStart
            if inflated >= configuration.ratioFloorBytes, compressed > 0,
               Double(inflated) / Double(compressed) > configuration.maxCompressionRatio {
                return .refused(.rejected,
                                "compression ratio over \(Int(configuration.maxCompressionRatio)):1 (a decompression bomb): this is not ordinary evidence")
            }
            data.append(buffer.assumingMemoryBound(to: UInt8.self), count: n)
        }
    }

    private func join(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : prefix + "/" + name
    }

    static func name(of entry: OpaquePointer) -> String? {
        if let utf8 = archive_entry_pathname_utf8(entry) { return String(cString: utf8) }
        if let raw = archive_entry_pathname(entry) { return String(validatingCString: raw) }
        return nil
    }

    static func openFailureReason(_ message: String) -> String {
        if isPasswordMessage(message) {
            return "password-protected archive (\(message)): supply it without a password"
        }
        return "not a readable archive (\(message)): check that the file is complete and re-create it"
    }

    static func stopReason(_ message: String, afterEntries count: Int) -> String {
        if isPasswordMessage(message) {
            return "password-protected archive (\(message)): supply it without a password; \(count) entries were read before it"
        }
        return "the archive is truncated or corrupt (\(message)) after \(count) entries; the entries before it were read and checked; re-create or re-send the archive"
    }

    static func dataFailureReason(_ message: String) -> String {
        if isPasswordMessage(message) {
            return "encrypted (password-protected) entry (\(message)): supply the evidence without a password"
        }
        return "the entry's data is truncated or corrupt (\(message)): re-create the archive"
    }

    static func isPasswordMessage(_ message: String) -> Bool {
        let lower = message.lowercased()
        return lower.contains("passphrase") || lower.contains("encrypt") || lower.contains("password")
    }
}

func mebibytes(_ bytes: Int) -> String {
    bytes >= 1 << 30 ? "\(bytes >> 30) GiB" : "\(bytes >> 20) MiB"
}

/// Counts what a whole input has used so far, across nested archives.
final class IntakeBudget: @unchecked Sendable {
    private(set) var entries = 0
    private(set) var bytes = 0

    func takeEntry(limit: Int) -> Bool {
        entries += 1
        return entries <= limit
    }

    func take(bytes count: Int, limit: Int) -> Bool {
        bytes += count
        return bytes <= limit
    }
}
