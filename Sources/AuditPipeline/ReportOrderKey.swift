import AuditCore
import AuditRules
import Foundation

extension Finding {
    /// Bytes that compare (as SQLite compares blobs, byte by byte) as `Finding.reportOrder` orders
    /// findings: errors first, then rule, worker, period and document type, then the evidence place
    /// by place, then the message; equal bytes for findings neither orders before the other.
    ///
    /// Swift orders strings by their Unicode scalars in canonical (NFC) form, which is the byte
    /// order of their NFC UTF-8; each string ends in 0 0 (a 0 inside it is 0 255), so a string
    /// comes before any longer one it begins. Kept beside the comparison's fields; the test suite
    /// checks both agree.
    var reportOrderKey: [UInt8] {
        var key: [UInt8] = []
        key.append(UInt8(Severity.allCases.count - Severity.allCases.filter { $0 <= severity }.count))
        for text in [rule, employeeId ?? "", period ?? "", documentType?.rawValue ?? ""] { Self.append(text, to: &key) }
        for place in evidence {
            key.append(1)
            Self.append(place.path, to: &key)
            Self.append(place.page ?? 0, to: &key)
            Self.append(place.sheet ?? "", to: &key)
            Self.append(place.row ?? 0, to: &key)
            Self.append(place.cell ?? "", to: &key)
            Self.append(place.text ?? "", to: &key)
        }
        key.append(0)
        Self.append(message, to: &key)
        return key
    }

    private static func append(_ text: String, to key: inout [UInt8]) {
        let canonical = text.unicodeScalars.allSatisfy(isCanonicalAsIs) ? text : text.precomposedStringWithCanonicalMapping
        for byte in canonical.utf8 {
            key.append(byte)
            if byte == 0 { key.append(255) }
        }
        key += [0, 0]
    }

    /// Whether `scalar` is unchanged by, and changes nothing around it in, canonical composition
    /// (NFC quick check Yes), for the common scalars of reports: below the combining marks (U+0300),
    /// dashes, quotes and other general punctuation, CJK punctuation and ideographs, fullwidth
    /// forms. Others go through Foundation's normalization.
    private static func isCanonicalAsIs(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }

    /// Big-endian with the sign bit flipped, so negative numbers come first.
    private static func append(_ number: Int, to key: inout [UInt8]) {
        let bits = UInt64(bitPattern: Int64(number)) ^ (1 << 63)
        for shift in stride(from: 56, through: 0, by: -8) { key.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }
}
