import Foundation

/// Tells archives from documents by their first bytes and their name.
enum ArchiveSniffer {
    /// Extensions of documents that are zip containers inside but are read as documents.
    private static let zipBasedDocuments: Set<String> = ["xlsx", "xlsm", "xltx", "xltm", "docx", "docm", "pptx", "odt", "ods", "odp", "epub", "jar", "apk", "ofd"]
    private static let archiveExtensions: Set<String> = ["zip", "tar", "tgz", "gz", "tbz", "tbz2", "bz2", "txz", "xz", "7z", "rar", "zst", "lz", "lzma", "cab", "iso"]

    /// True when the entry should be opened as a nested archive rather than read as a document.
    static func isArchive(name: String, head: Data) -> Bool {
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if zipBasedDocuments.contains(ext) { return false }
        if archiveExtensions.contains(ext) { return true }
        return hasArchiveMagic(head)
    }

    /// True when the bytes start like a zip, 7z, rar, gzip, bzip2, xz or tar stream.
    static func hasArchiveMagic(_ head: Data) -> Bool {
        let b = [UInt8](head.prefix(265))
        func starts(_ magic: [UInt8]) -> Bool { b.count >= magic.count && Array(b.prefix(magic.count)) == magic }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return true }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return true }
        if starts([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07]) { return true }
        if starts([0x1F, 0x8B]) || starts([0x42, 0x5A, 0x68]) || starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return true }
        if b.count >= 262, Array(b[257..<262]) == Array("ustar".utf8) { return true }
        return false
    }
}
