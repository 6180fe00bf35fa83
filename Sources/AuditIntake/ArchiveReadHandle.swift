import CArchive

/// Owns one libarchive read handle, set up for every format and filter, and frees it.
final class ArchiveReadHandle {
    let pointer: OpaquePointer

    /// A reader for every archive format, or, with `raw`, for one compressed file that is not an
    /// archive (`timesheet.csv.gz`). Zip names without the UTF-8 flag are left as stored bytes
    /// (the walker decodes them, see `LegacyNameDecoder`).
    init(raw: Bool = false) throws {
        guard let handle = archive_read_new() else {
            throw IntakeError(path: "", reason: "libarchive could not allocate a reader (out of memory?)")
        }
        if raw {
            archive_read_support_format_raw(handle)
        } else {
            archive_read_support_format_all(handle)
        }
        archive_read_support_filter_all(handle)
        pointer = handle
    }

    /// True when skipping an entry's unread data means inflating it (tar and other streamed
    /// formats), false when libarchive can seek past it (zip).
    var skippingInflates: Bool {
        (archive_format(pointer) & 0xff0000) != 0x50000
    }

    deinit { archive_read_free(pointer) }

    /// libarchive's last error message for this handle.
    var lastError: String {
        archive_error_string(pointer).map { String(cString: $0) } ?? "unknown libarchive error"
    }

    /// Bytes read so far from the source (the compressed side).
    var rawBytesRead: Int64 { archive_filter_bytes(pointer, -1) }
}

/// Process-wide libarchive set-up that must happen once before any archive is read.
public enum ArchiveEnvironment {
    /// Makes libarchive decode entry names as UTF-8 (in the C locale, 7z names come back NULL).
    public static func prepare() {
        _ = onceToken
    }

    private static let onceToken: Bool = {
        setlocale(LC_ALL, "C.UTF-8")
        return true
    }()
}
