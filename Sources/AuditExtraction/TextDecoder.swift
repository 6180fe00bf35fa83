import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Decodes text files as Chinese and Western offices write them: UTF-8 (with or without a BOM),
/// UTF-16 with a BOM, or GB18030 (what Chinese Excel saves as "CSV").
public enum TextDecoder {
    public enum Encoding: String, Sendable { case utf8, utf8BOM, utf16LE, utf16BE, gb18030 }

    /// The decoded text and the encoding it was read as, or nil when no encoding fits.
    public static func decode(_ bytes: Data) -> (text: String, encoding: Encoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(data: bytes.dropFirst(3), encoding: .utf8).map { ($0, .utf8BOM) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(data: bytes.dropFirst(2), encoding: .utf16LittleEndian).map { ($0, .utf16LE) }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: bytes.dropFirst(2), encoding: .utf16BigEndian).map { ($0, .utf16BE) }
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return convert(bytes, from: "GB18030").map { ($0, .gb18030) }
    }

    /// Converts with glibc's iconv; nil when the bytes are not valid in `encoding`.
    static func convert(_ bytes: Data, from encoding: String) -> String? {
        let descriptor = iconv_open("UTF-8", encoding)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = [CChar](repeating: 0, count: bytes.count)
        bytes.withUnsafeBytes { raw in
            for (i, byte) in raw.enumerated() { input[i] = CChar(bitPattern: byte) }
        }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft != 0 { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        let utf8 = output.prefix(produced).map { UInt8(bitPattern: $0) }
        return String(validating: utf8, as: UTF8.self)
    }
}
