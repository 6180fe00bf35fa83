import Foundation

/// The layout of the server's data folder.
///
///     DIR/auditready.sqlite      checks, organisations, tokens, users, sessions
///     DIR/archives/<random>      uploaded archives, named by 128 random bits, never served
///     DIR/reports/<check id>/    the rendered reports of a finished check
///     DIR/work/                  the pipeline's temporary files
public struct DataDirectory: Sendable {
    public let root: URL

    /// Creates the folder and its subfolders if they are missing.
    ///
    /// Throws `ServerSetupError` naming the folder when it cannot be created or written.
    public init(_ root: URL) throws {
        self.root = root.standardizedFileURL
        for folder in [self.root, archives, reports, work] {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw ServerSetupError("cannot create the data folder \(folder.path): \(error.localizedDescription); choose a writable --data folder")
            }
        }
    }

    /// The SQLite database file.
    public var database: URL { root.appendingPathComponent("auditready.sqlite") }
    /// Uploaded archives.
    public var archives: URL { root.appendingPathComponent("archives", isDirectory: true) }
    /// Rendered reports, one folder per check.
    public var reports: URL { root.appendingPathComponent("reports", isDirectory: true) }
    /// The pipeline's temporary files.
    public var work: URL { root.appendingPathComponent("work", isDirectory: true) }

    /// A new, unused archive path named by 128 random bits, with `extension` (such as `zip`
    /// or `tar.gz`) when not empty.
    public func newArchivePath(extension: String = "") -> URL {
        archives.appendingPathComponent(RandomToken.hex(bytes: 16) + (`extension`.isEmpty ? "" : "." + `extension`))
    }

    /// The folder of one check's rendered reports.
    public func reportFolder(for checkId: String) -> URL {
        reports.appendingPathComponent(checkId, isDirectory: true)
    }
}

/// The server cannot start or a command cannot run: the message says what to change.
public struct ServerSetupError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
