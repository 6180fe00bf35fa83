import Foundation
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The PDF entries of one check, kept on disk as intake hands them on, so that the report's page
/// crops are rendered from them after the check instead of walking the input a second time.
///
/// The check gives every entry it reads to `keep`; only PDFs (`%PDF-` within the first kilobyte,
/// the header poppler looks for) are written, each content once: an entry whose bytes are those of an
/// earlier one points to the earlier one's file. Other entries are not kept, since poppler cannot
/// open them either: a scan that is an image has no page crop. Memory holds only the entries'
/// paths; the bytes on disk are bounded by intake's limits (`IntakeConfiguration.maxTotalBytes`
/// and `maxEntryBytes`), which every entry kept has passed.
///
/// The folder is made in a temporary directory for its owner only (0700, each file 0600), named
/// after the process that made it, and removed with its files when the store is released: with
/// the check's result once the report is written, or when the check throws. Folders that a killed
/// check left behind (their process is gone) are removed when the next store is made. A PDF that
/// cannot be written (a full disk) is left out and said once in the log: its evidence is then
/// listed as text, as that of any PDF without a crop.
public final class PDFEntryStore: Sendable {
    /// The store's own folder.
    public let directory: URL
    private let logger: Logger
    private let state = Mutex(State())

    private struct State {
        /// Each entry path's files (names in `directory`), in intake order: paths may repeat.
        var files: [String: [String]] = [:]
        /// The file of each content written, by its SHA-256.
        var byContent: [String: String] = [:]
        var bytes = 0
        var writeFailed = false
    }

    /// The start of every store folder's name; the number of the process that made it follows.
    public static let namePrefix = "auditready-pdfs-"

    /// Makes an empty store in `parent`; throws `PDFEntryStoreError` when its folder cannot be
    /// made. Folders of stores whose process is gone are removed first.
    public init(in parent: URL, logger: Logger) throws {
        Self.removeOrphans(in: parent)
        directory = parent.appendingPathComponent("\(Self.namePrefix)\(getpid())-\(UUID().uuidString)", isDirectory: true)
        self.logger = logger
        guard mkdir(directory.path, 0o700) == 0 else {
            throw PDFEntryStoreError(operation: "make a folder for the PDFs' page images in \(parent.path)", reason: String(cString: strerror(errno)))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Keeps `bytes`, the entry at `path` whose SHA-256 is `sha256`, when they are a PDF.
    public func keep(_ bytes: Data, path: String, sha256: String) {
        guard Self.isPDF(bytes) else { return }
        state.withLock { state in
            if let file = state.byContent[sha256] {
                state.files[path, default: []].append(file)
                return
            }
            let file = "\(state.byContent.count + 1).pdf"
            do {
                try Self.writeFile(bytes, to: directory.appendingPathComponent(file).path)
            } catch {
                if !state.writeFailed {
                    logger.warning("a PDF could not be kept for the report's page images; its evidence is listed as text",
                                   metadata: ["path": "\(path)", "reason": "\(error)"])
                }
                state.writeFailed = true
                return
            }
            state.byContent[sha256] = file
            state.bytes += bytes.count
            state.files[path, default: []].append(file)
        }
    }

    /// Whether `bytes` are a PDF as poppler tells one: `%PDF-` within the first kilobyte.
    static func isPDF(_ bytes: Data) -> Bool {
        bytes.prefix(1024).range(of: Data("%PDF-".utf8)) != nil
    }

    /// The files kept of the entry at `path`, in intake order (an archive may hold a path twice);
    /// none when it is not a PDF of the check.
    public func files(for path: String) -> [URL] {
        state.withLock { $0.files[path] ?? [] }.map { directory.appendingPathComponent($0) }
    }

    /// How many PDF contents are kept, and their bytes.
    public var kept: (count: Int, bytes: Int) {
        state.withLock { ($0.byContent.count, $0.bytes) }
    }

    /// Writes `bytes` to a new file at `path`, readable by its owner only; removes what it wrote when it fails.
    private static func writeFile(_ bytes: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw PDFEntryStoreError(operation: "create \(path)", reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure {
            unlink(path)
            throw PDFEntryStoreError(operation: "write \(path)", reason: String(cString: strerror(failure)))
        }
    }

    /// Removes the store folders in `directory` whose process no longer runs: a check killed from
    /// outside cannot remove its own. A folder whose name gives no process, or whose process still
    /// runs, is left alone.
    static func removeOrphans(in directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(namePrefix) {
            guard let pid = pid_t(name.dropFirst(namePrefix.count).prefix { $0.isNumber }), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}

/// A store folder or file that could not be made or written.
public struct PDFEntryStoreError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var reason: String

    public var description: String { "could not \(operation): \(reason)" }
}
