import Foundation

/// Writes stored numbers as plain decimals: no thousands separators, no exponent, and at most
/// the 15 significant digits Excel shows, so `2520.4999999999995` reads `2520.5`.
enum DecimalText {
    /// The significant digits Excel keeps of a double.
    private static let significantDigits = 15

    /// The plain decimal of a number as a worksheet stores it (`<v>2520.5</v>`, `1.25E-3`), or
    /// nil when the text is no number.
    static func normalize(_ stored: String) -> String? {
        switch plainDecimal(stored) {
        case .unchanged: return stored
        case let .changed(plain): return plain
        case .notPlain: return Double(stored).flatMap(format)
        }
    }

    /// The plain decimal of a double, rounded to 15 significant digits.
    static func format(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == 0 { return "0" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        // The shortest text that reads back as the same double is the answer when it has at most
        // 15 significant digits and no exponent: nearly always, and much cheaper than formatting.
        let shortest = value.description
        switch plainDecimal(shortest) {
        case .unchanged: return shortest
        case let .changed(plain): return plain
        case .notPlain: break
        }
        // "%.14e" rounds to 15 significant digits: "-2.52050000000000e+03".
        let scientific = String(format: "%.\(significantDigits - 1)e", value)
        guard let e = scientific.firstIndex(where: { $0 == "e" || $0 == "E" }),
              let exponent = Int(scientific[scientific.index(after: e)...]) else { return nil }
        var digits = scientific[..<e].filter(\.isNumber)
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        let integerDigits = exponent + 1
        let body: String
        if integerDigits <= 0 {
            body = "0." + String(repeating: "0", count: -integerDigits) + digits
        } else if integerDigits >= digits.count {
            body = digits + String(repeating: "0", count: integerDigits - digits.count)
        } else {
            let point = digits.index(digits.startIndex, offsetBy: integerDigits)
            body = digits[..<point] + "." + digits[point...]
        }
        return (value < 0 ? "-" : "") + body
    }

    private enum PlainDecimal {
        case unchanged
        case changed(String)
        case notPlain
    }

    /// Fast path for what worksheets nearly always hold: a plain decimal of at most 15 significant
    /// digits is kept, less a plus sign and trailing fractional zeros (`+7.50` reads `7.5`).
    private static func plainDecimal(_ text: String) -> PlainDecimal {
        var text = text
        return text.withUTF8 { bytes -> PlainDecimal in
            guard !bytes.isEmpty else { return .notPlain }
            // Byte values rather than UInt8(ascii:): this runs once per number, in debug builds too.
            let minus: UInt8 = 0x2D, plus: UInt8 = 0x2B, dot: UInt8 = 0x2E, zero: UInt8 = 0x30, nine: UInt8 = 0x39
            let start = bytes[0] == minus || bytes[0] == plus ? 1 : 0
            var significant = 0
            var anyDigit = false
            var point: Int?
            var lastNonZero = -1
            for index in start..<bytes.count {
                let byte = bytes[index]
                if byte == dot {
                    if point != nil { return .notPlain }
                    point = index
                } else if byte >= zero, byte <= nine {
                    anyDigit = true
                    if byte != zero {
                        lastNonZero = index
                        significant += 1
                    } else if significant > 0 {
                        significant += 1
                    }
                } else {
                    return .notPlain
                }
            }
            guard anyDigit, significant <= significantDigits else { return .notPlain }
            if significant == 0 { return .changed("0") }
            var end = bytes.count
            if let point {
                // Trailing fractional zeros go, and the point when nothing follows it.
                end = max(lastNonZero + 1, point)
            }
            if start == 0, end == bytes.count, point != 0 { return .unchanged }
            let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            let sign = bytes[0] == minus ? "-" : ""
            return .changed(sign + (point == start ? "0" + body : body))
        }
    }
}
