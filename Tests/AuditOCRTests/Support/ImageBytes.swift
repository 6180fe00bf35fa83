import CTesseract
import Foundation

/// Image files built byte by byte or with leptonica, for the decoding tests.
enum ImageBytes {
    /// A PNG signature and header chunk claiming `width` x `height` pixels, with no pixel data.
    static func pngHeader(width: UInt32, height: UInt32) -> Data {
        var chunk = Data("IHDR".utf8)
        chunk.append(bigEndian: width)
        chunk.append(bigEndian: height)
        chunk.append(contentsOf: [8, 0, 0, 0, 0])  // 8-bit grey, no interlace
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.append(bigEndian: UInt32(chunk.count - 4))
        png.append(chunk)
        png.append(bigEndian: crc32(chunk))
        return png
    }

    /// A multi-page TIFF of the PNG `pages`, written by leptonica.
    static func multipageTIFF(_ pages: [Data]) -> Data {
        let pixa = pixaCreate(Int32(pages.count))
        for page in pages {
            var pix = page.withUnsafeBytes { pixReadMem($0.bindMemory(to: UInt8.self).baseAddress!, $0.count) }
            pixSetResolution(pix, 300, 300)
            pixaAddPix(pixa, pix, Int32(L_INSERT))
            pix = nil
        }
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        let status = pixaWriteMemMultipageTiff(&bytes, &size, pixa)
        var owned = pixa
        pixaDestroy(&owned)
        precondition(status == 0 && bytes != nil, "leptonica could not write the TIFF")
        defer { free(bytes) }
        return Data(bytes: bytes!, count: size)
    }

    /// The PNG `page` as a JPEG whose EXIF data holds `orientation` (6: turn 90° clockwise to view).
    static func jpeg(fromPNG page: Data, exifOrientation orientation: UInt16) -> Data {
        var pix = page.withUnsafeBytes { pixReadMem($0.bindMemory(to: UInt8.self).baseAddress!, $0.count) }
        defer { pixDestroy(&pix) }
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        precondition(pixWriteMemJpeg(&bytes, &size, pix, 90, 0) == 0 && bytes != nil, "leptonica could not write the JPEG")
        defer { free(bytes) }
        let jpeg = Data(bytes: bytes!, count: size)
        // Big-endian TIFF: header, one IFD with one SHORT entry (tag 0x0112), no next IFD.
        var tiff = Data("MM".utf8) + Data([0x00, 0x2A, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1])
        tiff.append(contentsOf: [UInt8(orientation >> 8), UInt8(orientation & 0xFF), 0, 0, 0, 0, 0, 0])
        let exif = Data("Exif\0\0".utf8) + tiff
        let length = UInt16(exif.count + 2)
        return jpeg.prefix(2) + Data([0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)]) + exif + jpeg.dropFirst(2)
    }

    private static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

extension Data {
    mutating func append(bigEndian value: UInt32) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) }
    }
}
