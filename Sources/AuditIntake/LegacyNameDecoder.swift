import AuditCore

/// Turns the bytes of a zip entry name stored without the UTF-8 flag into text.
///
/// Two kinds of writers leave the flag off: Chinese Windows (names in GBK), and macOS Finder and
/// Info-ZIP on Unix (names in UTF-8 all the same). Bytes that are valid UTF-8 are taken as UTF-8
/// (GBK text almost never forms valid UTF-8: its lead bytes 0x81-0xFE are followed by bytes that
/// UTF-8 does not allow there); anything else is decoded from the legacy code page.
enum LegacyNameDecoder {
    /// The name, or nil when the bytes are valid in neither UTF-8 nor `legacyEncoding`.
    static func decode(_ bytes: [UInt8], legacyEncoding: String?) -> String? {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        guard let legacyEncoding else { return nil }
        return CodePageText.decode(bytes, from: legacyEncoding)
    }
}
