import Crypto
import Foundation

/// A digest of everything a check reads from its input, to recognise an input checked before.
///
/// An archive or a single file: the SHA-256 of its bytes. A folder: the SHA-256 of every entry
/// under it, in path order: each regular file's path and the digest of its bytes, each link's path
/// and target, each other entry's path and kind. Any change a check could see changes the digest;
/// an input that cannot be read whole has none (the check then runs in full and reports why).
enum InputFingerprint {
    /// The digest of the content at `given`, or nil when some of it cannot be read.
    static func digest(of given: String) -> String? {
        // A link to the archive or folder is the archive or folder.
        let path = URL(fileURLWithPath: given).resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        var hasher = SHA256()
        if isDirectory.boolValue {
            guard hashFolder(URL(fileURLWithPath: path), into: &hasher) else { return nil }
        } else {
            // Only a regular file: reading a pipe or a device here would consume what the check must read.
            guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular,
                  hashFile(path, into: &hasher) else { return nil }
        }
        return hex(hasher.finalize())
    }

    private static func hashFolder(_ root: URL, into hasher: inout SHA256) -> Bool {
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey, .isDirectoryKey]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else { return false }
        var entries: [(path: String, url: URL)] = []
        let prefix = root.standardizedFileURL.path.count + 1
        for case let url as URL in walker {
            entries.append((String(url.standardizedFileURL.path.dropFirst(prefix)), url))
        }
        entries.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        for (path, url) in entries {
            guard let values = try? url.resourceValues(forKeys: Set(keys)) else { return false }
            if values.isSymbolicLink == true {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? ""
                hasher.update(data: Data("link\0\(path)\0\(target)\n".utf8))
            } else if values.isRegularFile == true {
                var file = SHA256()
                guard hashFile(url.path, into: &file) else { return false }
                hasher.update(data: Data("file\0\(path)\0\(hex(file.finalize()))\n".utf8))
            } else {
                hasher.update(data: Data("\(values.isDirectory == true ? "folder" : "other")\0\(path)\n".utf8))
            }
        }
        return true
    }

    /// Streams a regular file through the hasher, a megabyte at a time.
    private static func hashFile(_ path: String, into hasher: inout SHA256) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
            return true
        } catch {
            return false
        }
    }

    /// A digest as lowercase hexadecimal, as reports and cache keys write it.
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
