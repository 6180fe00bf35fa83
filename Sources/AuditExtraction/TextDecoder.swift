import AuditCore
import Foundation

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
        CodePageText.decode([UInt8](bytes), from: encoding)
    }
}
