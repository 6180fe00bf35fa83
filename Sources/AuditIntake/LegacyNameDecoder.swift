import Glibc

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
        return convert(bytes, from: legacyEncoding)
    }

    /// Converts with glibc's iconv; nil when the bytes are not valid in `encoding`.
    private static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
        let descriptor = iconv_open("UTF-8", encoding)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output.prefix(produced).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
