import CArchive
import Foundation

/// Builds test archives entry by entry with libarchive's writer, including hostile entries.
public final class ArchiveFixture {
    public enum Format { case zip, tarGzip, sevenZip }

    public enum Entry {
        case file(String, Data)
        case symlink(String, target: String)
        case hardlink(String, target: String)
        case zeros(String, count: Int)
    }

    public let url: URL
    private let handle: OpaquePointer

    public init(_ format: Format, name: String) {
        setlocale(LC_ALL, "C.UTF-8")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent(name)
        handle = archive_write_new()!
        switch format {
        case .zip: archive_write_set_format_zip(handle)
        case .tarGzip:
            archive_write_set_format_pax_restricted(handle)
            archive_write_add_filter_gzip(handle)
        case .sevenZip: archive_write_set_format_7zip(handle)
        }
        precondition(archive_write_open_filename(handle, url.path) == ARCHIVE_OK)
    }

    deinit { archive_write_free(handle) }

    /// Writes the entries and closes the archive; returns its path.
    public func write(_ entries: [Entry]) -> URL {
        for entry in entries { add(entry) }
        archive_write_close(handle)
        return url
    }

    private func add(_ entry: Entry) {
        let e = archive_entry_new()!
        defer { archive_entry_free(e) }
        archive_entry_set_perm(e, 0o644)
        switch entry {
        case let .file(path, data):
            archive_entry_set_pathname(e, path)
            archive_entry_set_filetype(e, 0o100000)
            archive_entry_set_size(e, Int64(data.count))
            precondition(archive_write_header(handle, e) == ARCHIVE_OK, String(cString: archive_error_string(handle)))
            _ = data.withUnsafeBytes { archive_write_data(handle, $0.baseAddress, $0.count) }
        case let .symlink(path, target):
            archive_entry_set_pathname(e, path)
            archive_entry_set_filetype(e, 0o120000)
            archive_entry_set_symlink(e, target)
            archive_write_header(handle, e)
        case let .hardlink(path, target):
            archive_entry_set_pathname(e, path)
            archive_entry_set_filetype(e, 0o100000)
            archive_entry_set_hardlink(e, target)
            archive_entry_set_size(e, 0)
            archive_write_header(handle, e)
        case let .zeros(path, count):
            archive_entry_set_pathname(e, path)
            archive_entry_set_filetype(e, 0o100000)
            archive_entry_set_size(e, Int64(count))
            archive_write_header(handle, e)
            let chunk = [UInt8](repeating: 0, count: 1 << 20)
            var left = count
            while left > 0 {
                let n = min(left, chunk.count)
                _ = chunk.withUnsafeBytes { archive_write_data(handle, $0.baseAddress, n) }
                left -= n
            }
        }
    }
}

/// A small CSV a classifier and the rules can read, to prove clean entries are still checked.
public let cleanCSV = Data("Date,Employee ID,Name,Clock In,Clock Out\n2026-07-01,E001,Li Na,08:00,17:00\n".utf8)
