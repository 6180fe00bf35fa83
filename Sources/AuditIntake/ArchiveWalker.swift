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
    /// Whether nested archives are opened and their entries handed on; when false, a nested
    /// archive is handed on whole, as a file.
    var descendsIntoArchives = true
    /// Set by the caller's sink to end the walk before the next entry.
    var stop: WalkStop?

    /// Walks the archive in the file at `fileURL`, reporting entries under `prefix`; problems with
    /// the archive as a whole are reported under `prefix`, or `label` at the top level.
    func walkFile(at fileURL: URL, prefix: String, label: String, depth: Int, sink: (IntakeItem) -> Void) {
        let place = prefix.isEmpty ? label : prefix
        for raw in [false, true] {
            let handle: ArchiveReadHandle
            do { handle = try ArchiveReadHandle(raw: raw) } catch {
                sink(.refused(path: place, status: .unreadable, reason: ReasonText(IntakeReason.readerUnavailable.text, texts: ["error": LibraryMessage.text("\(error)")])))
                return
            }
            let opened = fileURL.withUnsafeFileSystemRepresentation { cPath -> Int32 in
                guard let cPath else { return ARCHIVE_FATAL }
                return archive_read_open_filename(handle.pointer, cPath, 64 * 1024)
            }
            guard opened == ARCHIVE_OK else {
                if !raw, Self.rawName(label) != label.split(separator: "/").last.map(String.init) { continue }
                sink(.refused(path: place, status: .unreadable, reason: ArchiveWalker.openFailureReason(handle.lastError)))
                return
            }
            if walkEntries(of: handle, prefix: prefix, place: place, rawName: raw ? Self.rawName(label) : nil,
                           depth: depth, sink: sink) == .finished { return }
        }
    }

    /// Walks an archive held in memory (a nested archive), reporting entries under `prefix`.
    func walkBytes(_ bytes: Data, prefix: String, depth: Int, sink: (IntakeItem) -> Void) {
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            for raw in [false, true] {
                let handle: ArchiveReadHandle
                do { handle = try ArchiveReadHandle(raw: raw) } catch {
                    sink(.refused(path: prefix, status: .unreadable, reason: ReasonText(IntakeReason.readerUnavailable.text, texts: ["error": LibraryMessage.text("\(error)")])))
                    return
                }
                guard archive_read_open_memory(handle.pointer, buffer.baseAddress, buffer.count) == ARCHIVE_OK else {
                    if !raw, Self.rawName(prefix) != prefix.split(separator: "/").last.map(String.init) { continue }
                    sink(.refused(path: prefix, status: .unreadable, reason: ArchiveWalker.openFailureReason(handle.lastError)))
                    return
                }
                // The buffer outlives the handle: both end with this closure.
                if walkEntries(of: handle, prefix: prefix, place: prefix, rawName: raw ? Self.rawName(prefix) : nil,
                               depth: depth, sink: sink) == .finished { return }
            }
        }
    }

    /// How a walk over one handle ended.
    private enum WalkEnd { case finished, notAnArchive }

    private func walkEntries(of handle: ArchiveReadHandle, prefix: String, place: String, rawName: String?,
                             depth: Int, sink: (IntakeItem) -> Void) -> WalkEnd {
        var index = 0
        var retries = 0
        while true {
            if stop?.requested == true { return .finished }
            var entry: OpaquePointer?
            let status = archive_read_next_header(handle.pointer, &entry)
            if status == ARCHIVE_EOF {
                if index == 0 {
                    sink(.refused(path: place, status: .unreadable,
                                  reason: IntakeReason.emptyArchive()))
                }
                return .finished
            }
            if status == ARCHIVE_RETRY, retries < 3 { retries += 1; continue }
            retries = 0
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                let message = handle.lastError
                // A lone compressed file (data.csv.gz) is no archive: read it as one raw entry.
                if index == 0, rawName == nil, message.contains("Unrecognized archive format"),
                   archive_filter_count(handle.pointer) > 1 {
                    return .notAnArchive
                }
                sink(.refused(path: place, status: .unreadable, reason: ArchiveWalker.stopReason(message, afterEntries: index)))
                if status == ARCHIVE_FAILED, index < configuration.maxEntries { index += 1; continue }
                return .finished
            }
            index += 1
            guard budget.takeEntry(limit: configuration.maxEntries) else {
                sink(.refused(path: place, status: .rejected,
                              reason: IntakeReason.tooManyEntries(["limit": "\(configuration.maxEntries)"])))
                return .finished
            }
            if let rawName { archive_entry_set_pathname_utf8(entry, rawName) }
            let keepGoing = visit(entry: entry, index: index, of: handle, prefix: prefix, place: place, depth: depth, sink: sink)
            if !keepGoing { return .finished }
        }
    }

    /// The name of the one file inside a compressed stream: its own name without `.gz`, `.xz`...
    static func rawName(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".gz", ".bz2", ".xz", ".zst", ".lz", ".lzma", ".z", ".Z"] where name.lowercased().hasSuffix(suffix.lowercased()) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// Handles one entry; returns false when the archive cannot be read any further.
    private func visit(entry: OpaquePointer, index: Int, of handle: ArchiveReadHandle,
                       prefix: String, place: String, depth: Int, sink: (IntakeItem) -> Void) -> Bool {
        guard let rawName = ArchiveWalker.name(of: entry, legacyEncoding: configuration.legacyNameEncoding) else {
            sink(.refused(path: join(prefix, "entry #\(index)"), status: .unreadable,
                          reason: IntakeReason.undecodableName()))
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
                          reason: IntakeReason.hardLink(["target": String(cString: target)])))
            return true
        }
        if fileType == 0o120000 {
            let target = archive_entry_symlink(entry).map { String(cString: $0) } ?? "?"
            sink(.refused(path: path, status: .rejected,
                          reason: IntakeReason.symbolicLink(["target": target])))
            return true
        }
        if fileType != 0o100000 {
            sink(.refused(path: path, status: .rejected,
                          reason: IntakeReason.notARegularFile()))
            return true
        }
        if archive_entry_is_encrypted(entry) != 0 {
            sink(.refused(path: path, status: .rejected,
                          reason: IntakeReason.encryptedEntry()))
            return true
        }
        let declared = archive_entry_size_is_set(entry) != 0 ? Int(archive_entry_size(entry)) : 0
        switch readData(of: handle, declaredSize: declared) {
        case let .bytes(data):
            if descendsIntoArchives, ArchiveSniffer.isArchive(name: path, bytes: data) {
                openNested(data, path: path, depth: depth, sink: sink)
            } else {
                sink(.file(path: path, bytes: data))
            }
            return true
        case let .refused(status, reason):
            sink(.refused(path: path, status: status, reason: reason))
            guard handle.skippingInflates else { return true }
            switch drain(handle) {
            case .done: return true
            case .overBudget:
                sink(.refused(path: place, status: .rejected,
                              reason: IntakeReason.skipOverBudget(["path": path, "size": mebibytes(configuration.maxSkipBytes)])))
                return false
            case .failed:
                sink(.refused(path: place, status: .unreadable,
                              reason: IntakeReason.corruptAfterEntry(["index": "\(index)"])))
                return false
            }
        case let .fatal(reason):
            sink(.refused(path: path, status: .unreadable, reason: reason))
            sink(.refused(path: place, status: .unreadable,
                          reason: IntakeReason.corruptAfterEntry(["index": "\(index)"])))
            return false
        }
    }

    private func openNested(_ data: Data, path: String, depth: Int, sink: (IntakeItem) -> Void) {
        guard depth < configuration.maxNestingDepth else {
            sink(.refused(path: path, status: .rejected,
                          reason: IntakeReason.nestedTooDeep(["depth": "\(configuration.maxNestingDepth)"])))
            return
        }
        walkBytes(data, prefix: path, depth: depth + 1, sink: sink)
    }

    private enum DataOutcome {
        case bytes(Data)
        case refused(DocumentStatus, ReasonText)
        case fatal(ReasonText)
    }

    /// Reads the current entry's data, counting inflated bytes against the limits.
    ///
    /// Room for the size the header declares is set aside first (saving the copies of a growing
    /// buffer), up to a cap: headers lie, and the limits count the bytes actually inflated.
    private func readData(of handle: ArchiveReadHandle, declaredSize: Int) -> DataOutcome {
        var data = Data()
        data.reserveCapacity(min(max(declaredSize, 0), configuration.maxEntryBytes, Self.largestReservation))
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
                                IntakeReason.entryOverLimit(["size": mebibytes(configuration.maxEntryBytes)]))
            }
            if !budget.take(bytes: n, limit: configuration.maxTotalBytes) {
                return .refused(.rejected,
                                IntakeReason.archiveOverLimit(["size": mebibytes(configuration.maxTotalBytes)]))
            }
            let compressed = handle.rawBytesRead - rawStart
            if inflated >= configuration.ratioFloorBytes, compressed > 0,
               Double(inflated) / Double(compressed) > configuration.maxCompressionRatio {
                return .refused(.rejected,
                                IntakeReason.compressionRatio(["ratio": "\(Int(configuration.maxCompressionRatio))"]))
            }
            data.append(buffer.assumingMemoryBound(to: UInt8.self), count: n)
        }
    }

    /// The most set aside for an entry before its bytes arrive.
    static let largestReservation = 32 << 20

    private enum DrainEnd { case done, overBudget, failed }

    /// Reads and discards the rest of a rejected entry, counting against the skip budget, so a
    /// bomb in a streamed archive cannot make skipping it take unbounded time.
    private func drain(_ handle: ArchiveReadHandle) -> DrainEnd {
        let chunk = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = archive_read_data(handle.pointer, buffer, chunk)
            if n == 0 { return .done }
            if n < 0 { return Int32(n) == ARCHIVE_FATAL ? .failed : .done }
            if !budget.skip(bytes: n, limit: configuration.maxSkipBytes) { return .overBudget }
        }
    }

    private func join(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : prefix + "/" + name
    }

    /// The entry's name: as libarchive decoded it (zip names flagged UTF-8, tar, 7z), else its
    /// stored bytes decoded as UTF-8 or the legacy code page.
    static func name(of entry: OpaquePointer, legacyEncoding: String?) -> String? {
        if let utf8 = archive_entry_pathname_utf8(entry) { return String(cString: utf8) }
        guard let raw = archive_entry_pathname(entry) else { return nil }
        let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw)))
        return LegacyNameDecoder.decode(bytes, legacyEncoding: legacyEncoding)
    }

    static func openFailureReason(_ message: String) -> ReasonText {
        let quoted = ["message": LibraryMessage.text(message)]
        if isPasswordMessage(message) { return ReasonText(IntakeReason.passwordArchive.text, texts: quoted) }
        // libarchive stops after 25 layers; no program writes a file compressed that many times over.
        if message.contains("too many filters") { return ReasonText(IntakeReason.layeredCompression.text, texts: quoted) }
        return ReasonText(IntakeReason.notAnArchive.text, texts: quoted)
    }

    static func stopReason(_ message: String, afterEntries count: Int) -> ReasonText {
        let reason = isPasswordMessage(message) ? IntakeReason.passwordArchiveAfterEntries : IntakeReason.corruptAfterEntries
        return ReasonText(reason.text, texts: ["message": LibraryMessage.text(message)], values: ["count": "\(count)"])
    }

    static func dataFailureReason(_ message: String) -> ReasonText {
        let reason = isPasswordMessage(message) ? IntakeReason.encryptedEntryData : IntakeReason.corruptEntryData
        return ReasonText(reason.text, texts: ["message": LibraryMessage.text(message)])
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
final class IntakeBudget {
    private(set) var entries = 0
    private(set) var bytes = 0
    private(set) var skipped = 0

    func skip(bytes count: Int, limit: Int) -> Bool {
        skipped += count
        return skipped <= limit
    }

    func takeEntry(limit: Int) -> Bool {
        entries += 1
        return entries <= limit
    }

    func take(bytes count: Int, limit: Int) -> Bool {
        bytes += count
        return bytes <= limit
    }
}

/// A request, made from within a walk's sink, to end the walk before the next entry.
final class WalkStop {
    var requested = false
}
