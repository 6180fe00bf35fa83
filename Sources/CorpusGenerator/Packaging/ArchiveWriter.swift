@preconcurrency import CArchive

/// Failures while writing the archive or the directory tree.
struct PackagingError: Error, CustomStringConvertible {
    var description: String
}

/// Writes a zip or a gzip-compressed pax tar with libarchive, to a file or into memory.
///
/// Owns the libarchive write handle and frees it in `deinit`.
final class ArchiveWriter {
    /// The container format.
    enum Format {
        case zip
        case tarGzip
    }

    /// Where the archive bytes go.
    enum Destination {
        case file(path: String)
        /// Collects the archive in memory; read `bytes` after `close()`.
        case memory
    }

    private let archive: OpaquePointer
    private let sink = ByteSink()
    private var closed = false

    /// Opens a writer; nothing is written until the first entry.
    init(format: Format, destination: Destination) throws {
        guard let archive = archive_write_new() else {
            throw PackagingError(description: "libarchive could not allocate a writer")
        }
        // Stored first: from here on `deinit` frees the handle, whatever fails below.
        self.archive = archive
        switch format {
        case .zip:
            try check(archive_write_set_format_zip(archive), "select the zip format")
        case .tarGzip:
            try check(archive_write_set_format_pax_restricted(archive), "select the pax format")
            try check(archive_write_add_filter_gzip(archive), "add the gzip filter")
            // No time in the gzip header: the same seed gives the same bytes.
            try check(archive_write_set_options(archive, "gzip:!timestamp"), "drop the gzip timestamp")
        }
        try check(archive_write_set_bytes_in_last_block(archive, 1), "disable block padding")
        switch destination {
        case .file(let path):
            try check(archive_write_open_filename(archive, path), "open \(path)")
        case .memory:
            let status = archive_write_open2(archive, sink.context, nil, { _, context, buffer, length in
                guard let context, let buffer else { return -1 }
                ByteSink.from(context).append(buffer, count: length)
                return length
            }, nil, nil)
            try check(status, "open an in-memory archive")
        }
    }

    deinit {
        archive_write_free(archive)
    }

    /// Adds a regular file (mode 0644) with the modification time `modified` (seconds since 1970).
    func addFile(path: String, bytes: [UInt8], modified: Int) throws {
        try addEntry(path: path, fileType: 0o100000, permissions: 0o644, size: bytes.count, modified: modified)
        let written = bytes.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw PackagingError(description: "libarchive wrote \(written) of \(bytes.count) bytes of \(path): \(lastError)")
        }
    }

    /// Adds a directory entry (mode 0755); `path` ends with `/`.
    func addDirectory(path: String, modified: Int) throws {
        try addEntry(path: path, fileType: 0o040000, permissions: 0o755, size: 0, modified: modified)
    }

    /// Writes the archive's trailer; for `.memory`, the archive is then complete in `bytes`.
    func close() throws {
        guard !closed else { return }
        closed = true
        try check(archive_write_close(archive), "finish the archive")
    }

    /// The archive written so far into memory (empty for a file destination).
    var bytes: [UInt8] { sink.bytes }

    /// Writes one entry header; the data, if any, follows.
    private func addEntry(path: String, fileType: UInt32, permissions: UInt32, size: Int, modified: Int) throws {
        let entry = try ArchiveEntry()
        archive_entry_set_pathname_utf8(entry.handle, path)
        archive_entry_set_filetype(entry.handle, fileType)
        archive_entry_set_perm(entry.handle, permissions)
        archive_entry_set_size(entry.handle, la_int64_t(size))
        archive_entry_set_mtime(entry.handle, time_t(modified), 0)
        try check(archive_write_header(archive, entry.handle), "write the header of \(path)")
    }

    private var lastError: String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
    }

    /// Throws libarchive's message unless `status` is ARCHIVE_OK.
    private func check(_ status: Int32, _ action: String) throws {
        guard status == ARCHIVE_OK else {
            throw PackagingError(description: "libarchive could not \(action): \(lastError)")
        }
    }
}

/// One libarchive entry header, freed in `deinit`.
private final class ArchiveEntry {
    let handle: OpaquePointer

    init() throws {
        guard let handle = archive_entry_new() else {
            throw PackagingError(description: "libarchive could not allocate an entry")
        }
        self.handle = handle
    }

    deinit {
        archive_entry_free(handle)
    }
}
