import Foundation

/// What a workbook file is inside, told by its bytes rather than its name.
enum WorkbookContainer: Equatable {
    /// A zip package (XLSX, XLSM), possibly one saved under another name.
    case zip
    /// An OLE2 compound file: a legacy BIFF workbook (.xls), or an encrypted XLSX.
    case compoundFile(encrypted: Bool)
    /// No bytes at all.
    case empty
    /// Neither: text, HTML or something else named like a workbook.
    case other

    /// Sniffs the container from the first bytes and, for compound files, the stream names.
    init(of bytes: Data) {
        if bytes.isEmpty {
            self = .empty
        } else if bytes.starts(with: Self.zipMagic) || bytes.starts(with: Self.emptyZipMagic) {
            self = .zip
        } else if bytes.starts(with: Self.compoundFileMagic) {
            self = .compoundFile(encrypted: Self.containsEncryptionStreams(bytes))
        } else {
            self = .other
        }
    }

    private static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let emptyZipMagic: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    private static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// An encrypted OOXML file is a compound file with `EncryptionInfo` and `EncryptedPackage`
    /// streams; directory entries store their names in UTF-16LE.
    private static func containsEncryptionStreams(_ bytes: Data) -> Bool {
        ["EncryptedPackage", "EncryptionInfo"].contains { name in
            bytes.range(of: Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil
        }
    }
}
