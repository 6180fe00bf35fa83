import AuditCore
import Foundation
import Logging

/// Opens the input the user named (an archive, a directory or a single document) and hands every
/// leaf entry to a sink, nested archives unpacked, nothing written to disk.
public struct EvidenceIntake: Sendable {
    public var configuration: IntakeConfiguration
    public var logger: Logger

    public init(configuration: IntakeConfiguration = IntakeConfiguration(), logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        ArchiveEnvironment.prepare()
    }

    /// Walks `path`, calling `sink` once per leaf entry in a stable order.
    ///
    /// Throws only when the input cannot be opened at all (missing, unreadable, not an archive and
    /// not a document); everything inside the input is reported through the sink instead.
    public func walk(_ path: String, sink: (IntakeItem) -> Void) throws {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IntakeError(path: path, reason: "no such file or directory")
        }
        let budget = IntakeBudget()
        let walker = ArchiveWalker(configuration: configuration, budget: budget)
        if isDirectory.boolValue {
            try walkDirectory(url, walker: walker, sink: sink)
            return
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw IntakeError(path: path, reason: "permission denied")
        }
        if ArchiveSniffer.isArchive(name: url.lastPathComponent, fileAt: url) {
            logger.debug("reading archive", metadata: ["path": "\(path)"])
            walker.walkFile(at: url, prefix: "", label: url.lastPathComponent, depth: 0, sink: sink)
        } else {
            sink(try readLooseFile(url, reportedAs: url.lastPathComponent))
        }
    }

    /// Walks only the top level of the archive file at `path`: an archive inside it is handed on
    /// whole, as a file, not opened. The walk ends early when `sink` returns false. Throws when
    /// `path` is not an archive that can be opened.
    public func walkTopLevel(_ path: String, sink: (IntakeItem) -> Bool) throws {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.isReadableFile(atPath: path), ArchiveSniffer.isArchive(name: url.lastPathComponent, fileAt: url) else {
            throw IntakeError(path: path, reason: "not a readable archive")
        }
        var walker = ArchiveWalker(configuration: configuration, budget: IntakeBudget())
        walker.descendsIntoArchives = false
        let stop = WalkStop()
        walker.stop = stop
        walker.walkFile(at: url, prefix: "", label: url.lastPathComponent, depth: 0) { item in
            if !sink(item) { stop.requested = true }
        }
    }

    /// Whether `bytes` are an archive by their content (a zip that is no office document, a tar,
    /// 7z, rar or compressed stream), whatever they are called.
    public static func holdsArchive(_ bytes: Data) -> Bool {
        switch ContentSignature(of: bytes) {
        case .archive: return true
        case .zipArchive: return true
        default: return false
        }
    }

    private func walkDirectory(_ root: URL, walker: ArchiveWalker, sink: (IntakeItem) -> Void) throws {
        let fm = FileManager.default
        let rootPath = root.standardizedFileURL.path
        guard let enumerator = fm.enumerator(atPath: rootPath) else {
            throw IntakeError(path: rootPath, reason: "the directory cannot be listed")
        }
        var relativePaths: [String] = []
        while let next = enumerator.nextObject() as? String { relativePaths.append(next) }
        for relative in relativePaths.sorted() {
            let full = rootPath + "/" + relative
            let attributes = (try? fm.attributesOfItem(atPath: full)) ?? [:]
            let type = attributes[.type] as? FileAttributeType
            if type == .typeSymbolicLink {
                let target = (try? fm.destinationOfSymbolicLink(atPath: full)) ?? "?"
                sink(.refused(path: relative, status: .rejected,
                              reason: IntakeReason.folderSymbolicLink(["target": target])))
                continue
            }
            if type == .typeDirectory { continue }
            guard type == .typeRegular else {
                sink(.refused(path: relative, status: .rejected,
                              reason: IntakeReason.notARegularFile()))
                continue
            }
            let url = URL(fileURLWithPath: full)
            if ArchiveSniffer.isArchive(name: relative, fileAt: url) {
                walker.walkFile(at: url, prefix: relative, label: relative, depth: 1, sink: sink)
            } else {
                sink((try? readLooseFile(url, reportedAs: relative))
                     ?? .refused(path: relative, status: .unreadable, reason: IntakeReason.fileUnreadable()))
            }
        }
    }

    private func readLooseFile(_ url: URL, reportedAs path: String) throws -> IntakeItem {
        let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        if size > configuration.maxEntryBytes {
            return .refused(path: path, status: .rejected,
                            reason: IntakeReason.fileOverLimit(["size": mebibytes(size), "limit": mebibytes(configuration.maxEntryBytes)]))
        }
        return .file(path: path, bytes: try Data(contentsOf: url))
    }
}
