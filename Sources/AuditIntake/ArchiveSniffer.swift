import AuditCore
import Foundation

/// Tells archives from documents by their bytes first, their name only where the bytes are not
/// conclusive.
///
/// A workbook is a zip too: what it holds decides. A zip with `[Content_Types].xml` (OOXML) or an
/// OpenDocument `mimetype` is a document whatever it is called, so an XLSX saved as `.xls` is
/// read as a workbook, never walked as a bundle of XML parts; a PDF, an OLE2 file or an image
/// named `.zip` is a document too.
enum ArchiveSniffer {
    /// Extensions of documents that are zip containers inside; a zip under such a name whose
    /// directory cannot be read is left to the document's reader, which says what is wrong with it.
    private static let zipBasedDocuments: Set<String> = ["xlsx", "xlsm", "xltx", "xltm", "docx", "docm", "pptx", "odt", "ods", "odp", "epub", "jar", "apk", "ofd"]
    /// Extensions of archives whose bytes the signatures do not all recognise (zstd, lzip, cab, iso).
    private static let archiveExtensions: Set<String> = ["zip", "tar", "tgz", "gz", "tbz", "tbz2", "bz2", "txz", "xz", "7z", "rar", "zst", "lz", "lzma", "cab", "iso"]

    /// True when an entry named `name` with content `signature` should be opened as a nested
    /// archive rather than read as a document.
    static func isArchive(name: String, signature: ContentSignature) -> Bool {
        let fileName = name.split(separator: "/").last ?? ""
        let ext = fileName.contains(".") ? fileName.split(separator: ".", omittingEmptySubsequences: false).last!.lowercased() : ""
        switch signature {
        case .pdf, .ooxmlWorkbook, .officePackage, .compoundFile, .image:
            return false
        case .zipArchive:
            return !zipBasedDocuments.contains(ext)
        case .archive:
            return true
        case .other:
            return archiveExtensions.contains(ext)
        }
    }

    /// True when the entry held in memory should be opened as a nested archive.
    static func isArchive(name: String, bytes: Data) -> Bool {
        isArchive(name: name, signature: ContentSignature(of: bytes))
    }

    /// True when the file on disk should be opened as an archive.
    static func isArchive(name: String, fileAt url: URL) -> Bool {
        isArchive(name: name, signature: ContentSignature(ofFileAt: url))
    }
}
