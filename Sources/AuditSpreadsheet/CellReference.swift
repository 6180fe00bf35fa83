/// A1-style cell references: column letters and 1-based row numbers.
enum CellReference {
    /// Excel's last column, XFD.
    static let maxColumns = 16_384

    /// The 0-based column and 1-based row of `B7` (`$B$7` too), or nil when it is no reference.
    /// A reference of letters alone (a whole column) has row 0.
    static func parse(_ reference: String) -> (column: Int, row: Int)? {
        // Byte values rather than UInt8(ascii:): this runs once per cell, in debug builds too.
        var column = 0
        var row = 0
        var letters = 0
        for byte in reference.utf8 {
            if byte == 0x24 { continue }  // "$"
            let upper = byte & 0xDF
            if upper >= 0x41, upper <= 0x5A {  // "A"..."Z", either case
                guard row == 0, letters < 3 else { return nil }
                column = column * 26 + Int(upper - 0x40)
                letters += 1
            } else if byte >= 0x30, byte <= 0x39 {  // "0"..."9"
                guard letters > 0, row < 10_000_000 else { return nil }
                row = row * 10 + Int(byte - 0x30)
            } else {
                return nil
            }
        }
        guard letters > 0, column <= maxColumns else { return nil }
        return (column - 1, row)
    }

    /// The corners of a range `A1:C2` (a single cell `A1` is a range of one).
    static func parseRange(_ range: String) -> (first: (column: Int, row: Int), last: (column: Int, row: Int))? {
        let ends = range.split(separator: ":", maxSplits: 1)
        guard let first = ends.first.flatMap({ parse(String($0)) }), first.row > 0 else { return nil }
        guard ends.count == 2 else { return (first, first) }
        guard let last = parse(String(ends[1])), last.row > 0 else { return nil }
        return ((min(first.column, last.column), min(first.row, last.row)),
                (max(first.column, last.column), max(first.row, last.row)))
    }
}
