import Foundation

/// Lists the names of the top-level entries of a zip from its central directory.
///
/// Only the directory at the end of the zip is read, never the entries, so an OOXML document can
/// be told from an archive of files without inflating anything, and a zip stored inside another
/// zip does not lend its names to the outer one. The reader is given a way to read byte ranges,
/// so a file on disk need not be loaded whole.
public enum ZipDirectory {
    /// The most bytes of central directory read; a larger one belongs to an archive of many
    /// thousands of files, not to a document.
    public static let largestDirectory = 8 << 20

    /// The entry names of a zip of `size` bytes, read through `read(offset, count)`; nil when
    /// no well-formed end-of-directory record is found (a truncated or damaged zip).
    public static func entryNames(size: Int, read: (_ offset: Int, _ count: Int) -> Data?) -> [String]? {
        let tailLength = min(size, 22 + 0xFFFF)
        guard tailLength >= 22, let tail = read(size - tailLength, tailLength).map({ [UInt8]($0) }),
              tail.count == tailLength else { return nil }
        // The end-of-central-directory record is the last "PK\u{5}\u{6}" whose comment fits.
        var end = tail.count - 22
        while end >= 0 {
            if tail[end] == 0x50, tail[end + 1] == 0x4B, tail[end + 2] == 0x05, tail[end + 3] == 0x06,
               end + 22 + Int(le16(tail, end + 20)) <= tail.count { break }
            end -= 1
        }
        guard end >= 0 else { return nil }
        var directorySize = Int(le32(tail, end + 12))
        var directoryOffset = Int(le32(tail, end + 16))
        if directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            guard let zip64 = zip64Directory(tail: tail, end: end, tailStart: size - tailLength, read: read) else { return nil }
            (directorySize, directoryOffset) = zip64
        }
        guard directorySize <= largestDirectory, directoryOffset >= 0, directoryOffset + directorySize <= size,
              let directory = read(directoryOffset, directorySize).map({ [UInt8]($0) }), directory.count == directorySize
        else { return nil }
        var names: [String] = []
        var at = 0
        while at + 46 <= directory.count, le32(directory, at) == 0x0201_4B50 {
            let nameLength = Int(le16(directory, at + 28))
            let skip = 46 + nameLength + Int(le16(directory, at + 30)) + Int(le16(directory, at + 32))
            guard at + 46 + nameLength <= directory.count else { break }
            names.append(String(decoding: directory[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self))
            at += skip
        }
        return names
    }

    /// The entry names of a zip held in memory.
    public static func entryNames(of bytes: Data) -> [String]? {
        entryNames(size: bytes.count) { offset, count -> Data? in
            guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
            let start = bytes.startIndex + offset
            return bytes[start..<(start + count)]
        }
    }

    /// The entry names of a zip file on disk, reading only its end.
    public static func entryNames(ofFileAt url: URL) -> [String]? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return nil }
        return entryNames(size: Int(size)) { offset, count in
            guard (try? handle.seek(toOffset: UInt64(offset))) != nil else { return nil }
            return try? handle.read(upToCount: count)
        }
    }

    /// The size and offset of a zip64 central directory, through the locator just before the
    /// end record.
    private static func zip64Directory(tail: [UInt8], end: Int, tailStart: Int,
                                       read: (Int, Int) -> Data?) -> (Int, Int)? {
        let locator = end - 20
        guard locator >= 0, le32(tail, locator) == 0x0706_4B50 else { return nil }
        let recordOffset = Int(le64(tail, locator + 8))
        guard recordOffset >= 0, let record = read(recordOffset, 56).map({ [UInt8]($0) }), record.count == 56,
              le32(record, 0) == 0x0606_4B50 else { return nil }
        let size = le64(record, 40), offset = le64(record, 48)
        guard size < UInt64(Int.max), offset < UInt64(Int.max) else { return nil }
        return (Int(size), Int(offset))
    }

    private static func le16(_ b: [UInt8], _ at: Int) -> UInt16 { UInt16(b[at]) | UInt16(b[at + 1]) << 8 }
    private static func le32(_ b: [UInt8], _ at: Int) -> UInt32 { UInt32(le16(b, at)) | UInt32(le16(b, at + 2)) << 16 }
    private static func le64(_ b: [UInt8], _ at: Int) -> UInt64 { UInt64(le32(b, at)) | UInt64(le32(b, at + 4)) << 32 }
}
