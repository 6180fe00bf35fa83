import Foundation

/// What a file is, told by its bytes: evidence arrives under names that lie (an XLSX saved as
/// `.xls`, a PDF as `.dat`), so intake and extraction ask the bytes first and let the name break
/// ties only where the bytes say nothing certain.
public enum ContentSignature: Equatable, Sendable {
    /// A PDF (`%PDF-` within the first kilobyte, as readers accept it).
    case pdf
    /// An Office Open XML workbook: a zip holding `[Content_Types].xml` and `xl/workbook.xml`
    /// (XLSX, XLSM, whatever its name).
    case ooxmlWorkbook
    /// Another document packaged as a zip: OOXML text or slides, or OpenDocument (a `mimetype` entry).
    case officePackage
    /// An OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`): a legacy BIFF workbook or Word file, or
    /// an encrypted OOXML document.
    case compoundFile
    /// A zip of other files.
    case zipArchive
    /// Another archive or compressed stream: 7z, rar, gzip, bzip2, xz or tar.
    case archive
    /// A PNG, JPEG, GIF, TIFF, WebP or HEIC image.
    case image
    /// Something else: text, or bytes this list does not know.
    case other

    /// The signature of a whole file held in memory.
    public init(of bytes: Data) {
        self = Self.fromHead(bytes.prefix(Self.headLength)) { ZipDirectory.entryNames(of: bytes) }
    }

    /// The signature of a file on disk, reading only its head and, for a zip, its directory.
    public init(ofFileAt url: URL) {
        let head: Data
        if let handle = try? FileHandle(forReadingFrom: url) {
            head = (try? handle.read(upToCount: Self.headLength)) ?? Data()
            try? handle.close()
        } else {
            head = Data()
        }
        self = Self.fromHead(head) { ZipDirectory.entryNames(ofFileAt: url) }
    }

    /// How many leading bytes the signatures look at (tar's `ustar` stands at offset 257).
    public static let headLength = 1024

    /// True for documents read as such (never walked as an archive).
    public var isDocument: Bool {
        switch self {
        case .pdf, .ooxmlWorkbook, .officePackage, .compoundFile, .image: return true
        case .zipArchive, .archive, .other: return false
        }
    }

    private static func fromHead(_ head: Data, zipNames: () -> [String]?) -> ContentSignature {
        let b = [UInt8](head)
        func starts(_ magic: [UInt8]) -> Bool { b.count >= magic.count && Array(b.prefix(magic.count)) == magic }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
            return zipNames().map(packageKind(names:)) ?? .zipArchive
        }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) || starts([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07])
            || starts([0x1F, 0x8B]) || starts([0x42, 0x5A, 0x68]) || starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00])
            || (b.count >= 262 && Array(b[257..<262]) == Array("ustar".utf8)) {
            return .archive
        }
        if head.range(of: Data("%PDF-".utf8)) != nil { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(Array("GIF8".utf8))
            || starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A])
            || (starts(Array("RIFF".utf8)) && b.count >= 12 && Array(b[8..<12]) == Array("WEBP".utf8))
            || (b.count >= 12 && Array(b[4..<8]) == Array("ftyp".utf8)
                && ["heic", "heix", "mif1", "msf1", "avif"].contains(String(decoding: b[8..<12], as: UTF8.self))) {
            return .image
        }
        return .other
    }

    /// What a zip with these entry names is: a workbook, another office document, or an archive.
    static func packageKind(names: [String]) -> ContentSignature {
        let keys = Set(names.map { $0.lowercased() })
        if keys.contains("[content_types].xml") {
            return keys.contains("xl/workbook.xml") ? .ooxmlWorkbook : .officePackage
        }
        if keys.contains("mimetype"), keys.contains("content.xml") || keys.contains("meta-inf/manifest.xml") {
            return .officePackage
        }
        return .zipArchive
    }
}
