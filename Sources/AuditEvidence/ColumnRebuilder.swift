import AuditCore

/// Rebuilds a printed table's column regions from the alignment of its body rows, not from its
/// header alone.
///
/// A header tells what a column is, not where it ends: LibreOffice, Excel and WPS centre headers
/// over left- or right-aligned values, a header may be wider than its column, and a cell may be
/// printed so close to the next that the two read as one ("HX0062 Ren" + "Yuting"). The body
/// rows say where the columns are: between two columns runs a gap that stays empty down the
/// rows (a gutter), while the gaps inside a value (a space in a name) move from row to row.
/// So the columns are the stretches between gutters of the body's words, and each is given to
/// the header over it.
enum ColumnRebuilder {
    /// Column regions for the headers at `headers` (their extents, left to right) from the body
    /// lines `lines`; nil when the lines are too few to tell, or their columns do not line up
    /// with the headers in order (the header's own regions are then kept).
    static func bounds(headers: [ClosedRange<Double>], lines: [TextLine]) -> [ClosedRange<Double>]? {
        guard lines.count >= minimumRows, headers.count >= 2 else { return nil }
        let columns = dataColumns(of: lines)
        guard columns.count >= 2 else { return nil }
        // Each stretch of data goes to the header over it, else to the nearest one.
        var extents = [ClosedRange<Double>?](repeating: nil, count: headers.count)
        var previous = -1
        for column in columns {
            let overlaps = headers.map { TableDetector.overlap(column, $0) }
            let owner = overlaps.contains { $0 > 0 }
                ? overlaps.indices.max { overlaps[$0] < overlaps[$1] }!
                : headers.indices.min { distance(column, headers[$0]) < distance(column, headers[$1]) }!
            guard owner >= previous else { return nil }  // columns out of the headers' order: not this table's layout
            previous = owner
            extents[owner] = extents[owner].map { min($0.lowerBound, column.lowerBound)...max($0.upperBound, column.upperBound) } ?? column
        }
        // A header over no data keeps the part of its extent between its neighbours' data.
        var anchors: [ClosedRange<Double>] = []
        for index in headers.indices {
            if let extent = extents[index] {
                anchors.append(extent)
                continue
            }
            let left = extents[..<index].compactMap { $0 }.last?.upperBound ?? -Double.infinity
            let right = extents[(index + 1)...].compactMap { $0 }.first?.lowerBound ?? Double.infinity
            let low = max(headers[index].lowerBound, left), high = min(headers[index].upperBound, right)
            anchors.append(low <= high ? low...high : ((left + right) / 2)...((left + right) / 2))
        }
        return TableDetector.bounds(of: anchors)
    }

    /// Fewer body rows than this cannot show which gaps stay empty.
    static let minimumRows = 3

    /// Horizontal resolution of the gutter search, in points.
    static let step = 0.5

    /// The stretches of the lines' words between gutters: gaps at least a quarter of the text's
    /// height wide that no row prints in (one row in twenty may, for a value that overflows).
    static func dataColumns(of lines: [TextLine]) -> [ClosedRange<Double>] {
        let words = lines.flatMap(\.words)
        guard let low = words.map(\.box.x0).min(), let high = words.map(\.box.x1).max(), high > low else { return [] }
        let count = Int(((high - low) / step).rounded(.up)) + 1
        guard count <= 20_000 else { return [] }  // a page wider than any printed table: not a table
        var rowsCovering = [Int](repeating: 0, count: count)
        for line in lines {
            var covered = [Bool](repeating: false, count: count)
            for word in line.words {
                let first = Int(((word.box.x0 - low) / step).rounded(.down)), last = Int(((word.box.x1 - low) / step).rounded(.up))
                for bin in max(0, first)...min(count - 1, max(first, last)) { covered[bin] = true }
            }
            for bin in covered.indices where covered[bin] { rowsCovering[bin] += 1 }
        }
        let tolerance = lines.count / 20
        let heights = words.map(\.box.height).sorted()
        let minimumGutter = Int((0.25 * heights[heights.count / 2] / step).rounded(.up))
        var columns: [ClosedRange<Double>] = []
        var start: Int?
        var gap = 0
        for bin in 0..<count {
            if rowsCovering[bin] > tolerance {
                if start == nil { start = bin }
                gap = 0
            } else if let open = start {
                gap += 1
                if gap == minimumGutter {
                    columns.append(position(open, low)...position(bin - gap, low))
                    start = nil
                    gap = 0
                }
            }
        }
        if let open = start {
            var end = count - 1
            while end > open && rowsCovering[end] <= tolerance { end -= 1 }
            columns.append(position(open, low)...position(end, low))
        }
        return columns
    }

    private static func position(_ bin: Int, _ low: Double) -> Double {
        low + Double(bin) * step
    }

    private static func distance(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Double {
        abs((a.lowerBound + a.upperBound) / 2 - (b.lowerBound + b.upperBound) / 2)
    }
}
