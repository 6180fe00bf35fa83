import Foundation

/// The orientation a camera records in a JPEG's EXIF data, which leptonica does not apply.
///
/// A phone stores a portrait photo of a document in its sensor's landscape orientation and sets
/// EXIF `Orientation` to say how to turn it for display. Applying it before OCR reads such a photo
/// upright at once, instead of reading it sideways, failing, and detecting the orientation.
enum ExifOrientation {
    /// Quarter turns clockwise that display `jpeg` upright: 1 for Orientation 6, 2 for 3, 3 for 8,
    /// and 0 when there is no EXIF orientation (or a mirrored one, which no scanner or phone writes).
    static func quarterTurns(inJPEG jpeg: Data) -> Int {
        guard let value = orientationTag(in: [UInt8](jpeg.prefix(256 * 1024))) else { return 0 }
        switch value {
        case 6: return 1
        case 3: return 2
        case 8: return 3
        default: return 0
        }
    }

    /// The value of tag 0x0112 in the first IFD of the first EXIF segment, reading only what the
    /// segment lengths allow.
    private static func orientationTag(in bytes: [UInt8]) -> Int? {
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var position = 2
        while position + 4 <= bytes.count, bytes[position] == 0xFF {
            let marker = bytes[position + 1]
            let length = Int(bytes[position + 2]) << 8 | Int(bytes[position + 3])
            // Start of scan: the metadata segments are over.
            if marker == 0xDA || length < 2 { return nil }
            let payload = position + 4
            let end = min(position + 2 + length, bytes.count)
            if marker == 0xE1, end - payload > 14, Array(bytes[payload..<payload + 6]) == Array("Exif\0\0".utf8) {
                return tiffOrientation(Array(bytes[payload + 6..<end]))
            }
            position += 2 + length
        }
        return nil
    }

    /// Tag 0x0112 of IFD0 in a TIFF structure (EXIF's body), either byte order.
    private static func tiffOrientation(_ tiff: [UInt8]) -> Int? {
        guard tiff.count >= 8 else { return nil }
        let littleEndian: Bool
        switch (tiff[0], tiff[1]) {
        case (0x49, 0x49): littleEndian = true
        case (0x4D, 0x4D): littleEndian = false
        default: return nil
        }
        func integer(at offset: Int, size: Int) -> Int? {
            guard offset >= 0, offset + size <= tiff.count else { return nil }
            let bytes = tiff[offset..<offset + size]
            return (littleEndian ? bytes.reversed() : Array(bytes)).reduce(0) { $0 << 8 | Int($1) }
        }
        guard let directory = integer(at: 4, size: 4), let entries = integer(at: directory, size: 2) else { return nil }
        for index in 0..<entries {
            let entry = directory + 2 + 12 * index
            guard let tag = integer(at: entry, size: 2) else { return nil }
            if tag == 0x0112 { return integer(at: entry + 8, size: 2) }
        }
        return nil
    }
}
