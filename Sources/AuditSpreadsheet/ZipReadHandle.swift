import CArchive

/// Owns one libarchive reader set up for zip only, and frees it.
final class ZipReadHandle {
    let pointer: OpaquePointer

    init() throws(WorkbookProblem) {
        LibarchiveLocale.prepare()
        guard let handle = archive_read_new() else {
            throw .damaged("libarchive could not allocate a reader")
        }
        archive_read_support_format_zip(handle)
        pointer = handle
    }

    deinit { archive_read_free(pointer) }

    /// libarchive's last error message for this handle.
    var lastError: String {
        archive_error_string(pointer).map { String(cString: $0) } ?? "unknown zip error"
    }

    /// Bytes consumed so far from the source (the compressed side).
    var compressedBytesRead: Int64 { archive_filter_bytes(pointer, -1) }
}

/// Process-wide libarchive set-up that must happen before an archive is read.
enum LibarchiveLocale {
    /// Makes libarchive decode entry names as UTF-8 (in the C locale some come back NULL).
    static func prepare() { _ = once }

    private static let once: Bool = {
        setlocale(LC_ALL, "C.UTF-8")
        return true
    }()
}
