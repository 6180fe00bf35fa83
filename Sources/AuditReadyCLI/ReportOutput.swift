import Foundation

/// Where a report goes: standard output, or a file that appears whole or not at all.
///
/// A path that exists and is not a regular file or a folder (`/dev/null`, `/dev/stdout`, a named
/// pipe) is written to directly: renaming a finished file over it would replace the device.
///
/// Text is buffered and written in large pieces, so a report can be written as it is rendered
/// without ever being held whole.
final class ReportOutput {
    private let handle: FileHandle
    /// The file being written and the name it gets when finished; nil for standard output or a device.
    private let file: (partial: String, final: String)?
    /// What the report is written to, for messages.
    private let target: String
    private var buffer = Data()
    private static let chunk = 1 << 20

    /// Opens `path` for the report (written beside it first, then renamed), or standard output when nil.
    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            file = nil
            target = "standard output"
            return
        }
        target = path
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            guard let opened = FileHandle(forWritingAtPath: path) else {
                throw UsageError(message: "cannot write the report to \(path): it cannot be opened for writing")
            }
            handle = opened
            file = nil
            return
        }
        let partial = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: partial, contents: nil), let opened = FileHandle(forWritingAtPath: partial) else {
            throw UsageError(message: "cannot write the report to \(path): the folder does not exist or is not writable")
        }
        handle = opened
        file = (partial, path)
    }

    /// Adds text to the report.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Writes what is buffered and, for a file, gives it its final name.
    func finish() throws {
        try flush()
        guard let file else { return }
        do {
            try handle.close()
            if FileManager.default.fileExists(atPath: file.final) { try FileManager.default.removeItem(atPath: file.final) }
            try FileManager.default.moveItem(atPath: file.partial, toPath: file.final)
        } catch {
            try? FileManager.default.removeItem(atPath: file.partial)
            throw UsageError(message: "cannot write the report to \(file.final): \(error.localizedDescription)")
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            if let file { try? FileManager.default.removeItem(atPath: file.partial) }
            throw UsageError(message: "cannot write the report to \(target): \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
