import Foundation

/// The image formats OCR reads, recognised by their first bytes or, failing that, the file's name.
enum ImageFormat: String, Sendable, CaseIterable {
    case png, jpeg, tiff, bmp, webp

    /// The format whose signature `bytes` start with, or nil.
    init?(signatureOf bytes: Data) {
        let head = [UInt8](bytes.prefix(16))
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + signature.count && Array(head[offset..<offset + signature.count]) == signature
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if starts([0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) {
            self = .tiff
        } else if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) {
            self = .webp
        } else if starts(Array("BM".utf8)), head.count >= 16,
                  // "BM" alone could start a text file: require a known DIB header size too.
                  [12, 40, 52, 56, 64, 108, 124].contains(Int(head[14]) | Int(head[15]) << 8) {
            self = .bmp
        } else {
            return nil
        }
    }

    /// The format a file extension names (lower case, no dot), or nil.
    init?(fileExtension: String) {
        switch fileExtension {
        case "png": self = .png
        case "jpg", "jpeg", "jpe", "jfif": self = .jpeg
        case "tif", "tiff": self = .tiff
        case "bmp", "dib": self = .bmp
        case "webp": self = .webp
        default: return nil
        }
    }

    /// The name a person knows the format by.
    var displayName: String {
        switch self {
        case .png: return "PNG"
        case .jpeg: return "JPEG"
        case .tiff: return "TIFF"
        case .bmp: return "BMP"
        case .webp: return "WebP"
        }
    }
}
