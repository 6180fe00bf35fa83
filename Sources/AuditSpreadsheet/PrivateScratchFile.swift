import Foundation

/// A file for a C library that reads only from paths: created mode 0600 in a fresh directory
/// only this process can enter, and removed with its directory as soon as the work is done.
enum PrivateScratchFile {
    /// Writes `bytes` to a private file named `name`, runs `body` with its path, then removes both
    /// the file and its directory, whatever `body` does.
    static func withFile<T>(containing bytes: Data, named name: String,
                            _ body: (String) throws(WorkbookProblem) -> T) throws(WorkbookProblem) -> T {
        var template = Array((NSTemporaryDirectory() + "/auditready-sheet-XXXXXX").utf8CString)
        guard let directoryPointer = mkdtemp(&template) else {
            throw .cannotStage("no private temporary directory could be created (\(String(cString: strerror(errno))))")
        }
        let directory = String(cString: directoryPointer)
        let path = directory + "/" + name
        defer {
            unlink(path)
            rmdir(directory)
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .cannotStage("the private temporary file could not be created (\(String(cString: strerror(errno))))")
        }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard written else { throw .cannotStage("the private temporary file could not be written") }
        return try body(path)
    }
}
