import Foundation

/// Decodes the `_xHHHH_` escapes OOXML uses for characters XML cannot carry (`_x000D_` is a
/// carriage return; `_x005F_` escapes an underscore).
enum OOXMLText {
    /// The text with each `_xHHHH_` escape replaced by its character.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            let hexStart = start.upperBound
            guard let hexEnd = rest.index(hexStart, offsetBy: 4, limitedBy: rest.endIndex), hexEnd < rest.endIndex,
                  rest[hexEnd] == "_", let code = UInt32(rest[hexStart..<hexEnd], radix: 16),
                  let scalar = Unicode.Scalar(code) else {
                result += rest[..<hexStart]
                rest = rest[hexStart...]
                continue
            }
            result += rest[..<start.lowerBound]
            result.unicodeScalars.append(scalar)
            rest = rest[rest.index(after: hexEnd)...]
        }
        return result + rest
    }
}
