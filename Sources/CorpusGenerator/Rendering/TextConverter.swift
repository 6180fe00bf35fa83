@preconcurrency import Glibc

/// Converts text between character encodings with glibc's iconv.
///
/// Owns one iconv descriptor and closes it in `deinit`.
final class TextConverter {
    private let descriptor: iconv_t

    /// A converter from `source` to `target` (iconv names, e.g. `UTF-8`, `GB18030`).
    init(from source: String, to target: String) throws {
        guard let descriptor = iconv_open(target, source), descriptor != iconv_t(bitPattern: -1) else {
            throw RenderingError(description: "iconv cannot convert \(source) to \(target)")
        }
        self.descriptor = descriptor
    }

    deinit {
        iconv_close(descriptor)
    }

    /// `input` re-encoded; fails on a character the target encoding cannot represent.
    func convert(_ input: [UInt8]) throws -> [UInt8] {
        var source = input.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        let produced = try source.withUnsafeMutableBufferPointer { sourceBuffer in
            try output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer = sourceBuffer.baseAddress
                var inLeft = sourceBuffer.count
                var outPointer = outputBuffer.baseAddress
                var outLeft = outputBuffer.count
                iconv(descriptor, nil, nil, nil, nil)  // reset the shift state
                if inLeft > 0, iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                    throw RenderingError(description: "iconv failed at byte \(sourceBuffer.count - inLeft): "
                                         + String(cString: strerror(errno)))
                }
                guard iconv(descriptor, nil, nil, &outPointer, &outLeft) != -1 else {
                    throw RenderingError(description: "iconv could not finish: " + String(cString: strerror(errno)))
                }
                return outputBuffer.count - outLeft
            }
        }
        return output.prefix(produced).map { UInt8(bitPattern: $0) }
    }
}
