extension Int {
    /// The number with a separator every three digits (2,000,000), independent of the locale.
    func formatted(groupingSeparator: String) -> String {
        let digits = String(magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (self < 0 ? "-" : "") + groups.joined(separator: groupingSeparator)
    }
}

/// Megabytes of a byte count for reasons ("64 MiB").
func mebibytes(_ bytes: Int) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
}
