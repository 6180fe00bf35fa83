import AuditCore
import Foundation

/// The container the evidence is delivered in.
enum OutputFormat: String, CaseIterable {
    case zip
    case tarGz = "tar.gz"
    /// A plain folder tree.
    case directory = "dir"

    /// The output's name for an archive called `name`.
    func fileName(_ name: String) -> String {
        switch self {
        case .zip: return name + ".zip"
        case .tarGz: return name + ".tar.gz"
        case .directory: return name
        }
    }
}

/// Writes an evidence tree as a zip, a tar.gz or a directory, nested zips built in memory.
enum EvidenceWriter {
    /// Writes `entries` to `path`, which must not exist yet when `format` is `.directory`.
    static func write(_ entries: [EvidenceEntry], format: OutputFormat, to path: String) throws {
        switch format {
        case .zip:
            try writeArchive(entries, writer: ArchiveWriter(format: .zip, destination: .file(path: path)))
        case .tarGz:
            try writeArchive(entries, writer: ArchiveWriter(format: .tarGzip, destination: .file(path: path)))
        case .directory:
            try writeDirectory(entries, to: path)
        }
    }

    /// Writes folder entries, then every file, then the trailer.
    private static func writeArchive(_ entries: [EvidenceEntry], writer: ArchiveWriter) throws {
        let newest = entries.map(\.modified).max().map(timestamp) ?? 0
        for directory in parentDirectories(of: entries.map(\.path)) {
            try writer.addDirectory(path: directory + "/", modified: newest)
        }
        for entry in entries {
            try writer.addFile(path: entry.path, bytes: bytes(of: entry), modified: timestamp(entry.modified))
        }
        try writer.close()
    }

    /// Writes each entry as a file under `path`, with its modification time.
    private static func writeDirectory(_ entries: [EvidenceEntry], to path: String) throws {
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else {
            throw PackagingError(description: "\(path) already exists; remove it or choose another --name")
        }
        for entry in entries {
            let target = URL(fileURLWithPath: path).appendingPathComponent(entry.path)
            try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes(of: entry)).write(to: target)
            let modified = Date(timeIntervalSince1970: TimeInterval(timestamp(entry.modified)))
            try files.setAttributes([.modificationDate: modified], ofItemAtPath: target.path)
        }
    }

    /// A document's bytes, or a nested zip built in memory from its entries.
    private static func bytes(of entry: EvidenceEntry) throws -> [UInt8] {
        switch entry.content {
        case .document(_, let bytes):
            return bytes
        case .zip(let inner):
            let writer = try ArchiveWriter(format: .zip, destination: .memory)
            try writeArchive(inner, writer: writer)
            return writer.bytes
        }
    }

    /// Every folder that holds an entry, parents before children.
    private static func parentDirectories(of paths: [String]) -> [String] {
        var folders = Set<String>()
        for path in paths {
            var components = path.split(separator: "/").dropLast()
            while !components.isEmpty {
                folders.insert(components.joined(separator: "/"))
                components = components.dropLast()
            }
        }
        return folders.sorted()
    }

    /// 09:30 on `day`, in seconds since 1970 (UTC).
    private static func timestamp(_ day: CivilDate) -> Int {
        day.daysSince1970 * 86_400 + 9 * 3_600 + 30 * 60
    }
}
