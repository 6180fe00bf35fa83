import AuditIntake
import Foundation
import Logging

/// A buyer's season of submissions sent as one archive of archives, cut into one archive per
/// supplier, each to be checked on its own.
///
/// An upload is an archive of archives when its top level holds at least two archives and nothing
/// else (folders aside): `season-2026.zip` holding `supplier-a.zip`, `supplier-b.7z`, …. An
/// archive that also holds documents is one factory's evidence with a nested archive in it, and is
/// checked whole, as before.
enum SupplierArchives {
    /// One supplier's archive, written as an upload file of its own.
    struct Part: Sendable {
        /// The name it had inside the upload (its path there), shown as the check's file name.
        var fileName: String
        var archive: URL
    }

    /// The supplier archives of `upload`, each written to a new file in `data`'s archives; nil
    /// (and nothing left behind) when `upload` is not an archive of archives. Blocks while it
    /// unpacks: call it off Swift's cooperative pool. Stops at the first entry that is no archive,
    /// so an ordinary evidence archive costs one entry's reading. Entries a Mac adds when it zips
    /// (`__MACOSX/`, `._name`) are passed over.
    static func split(_ upload: URL, data: DataDirectory, logger: Logger) -> [Part]? {
        var parts: [Part] = []
        var onlyArchives = true
        let intake = EvidenceIntake(logger: logger)
        do {
            try intake.walkTopLevel(upload.path) { item in
                guard !isMacMetadata(item.path) else { return true }
                guard case let .file(path, bytes) = item, EvidenceIntake.holdsArchive(bytes) else {
                    onlyArchives = false
                    return false
                }
                let name = (path as NSString).lastPathComponent
                let url = data.newArchivePath(extension: UploadedFileName.archiveExtension(of: name))
                do {
                    try bytes.write(to: url, options: .withoutOverwriting)
                    parts.append(Part(fileName: path, archive: url))
                    return true
                } catch {
                    logger.warning("a supplier archive could not be written", metadata: ["path": "\(path)", "error": "\(error)"])
                    onlyArchives = false
                    return false
                }
            }
        } catch {
            onlyArchives = false
        }
        guard onlyArchives, parts.count >= 2 else {
            remove(parts)
            return nil
        }
        return parts
    }

    /// Deletes the files of `parts`.
    static func remove(_ parts: some Sequence<Part>) {
        for part in parts { try? FileManager.default.removeItem(at: part.archive) }
    }

    /// Whether `path` is metadata a Mac's Archive Utility adds beside each file.
    static func isMacMetadata(_ path: String) -> Bool {
        path.hasPrefix("__MACOSX/") || path.contains("/__MACOSX/") || (path as NSString).lastPathComponent.hasPrefix("._")
    }
}
