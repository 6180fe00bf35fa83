import AuditCore
import AuditFields
import AuditLayout

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
///
/// A gutter may be as narrow as a space: a right-aligned date beside a left-aligned ID prints as
/// "01/06/2026 E0191", a narrow sex column beside the ID as "F 36078119910309912X". Such a space
/// stays in one place down the rows too, but so does the space in "RMB 2360" or "3 Jul 2026";
/// it is a column boundary only when what lies on each side is a value of its own kind (a date,
/// an ID, a sex, an amount) while the run as a whole is no single value.
enum ColumnRebuilder {
    /// Column regions for the headers at `headers` (their extents, left to right, naming
    /// `fields`) from the body lines `lines`; nil when the lines are too few to tell (the
    /// header's own regions are then kept).
    static func bounds(headers: [ClosedRange<Double>], fields: [CanonicalField?]? = nil, lines: [TextLine]) -> [ClosedRange<Double>]? {
        guard lines.count >= minimumRows, headers.count >= 2 else { return nil }
        let columns = dataColumns(of: lines)
        guard columns.count >= 2 else { return nil }
        let fields = fields ?? Array(repeating: nil, count: headers.count)
        let owners = assign(columns, to: headers, fields: fields, lines: lines)
        var extents = [ClosedRange<Double>?](repeating: nil, count: headers.count)
        for (column, owner) in zip(columns, owners) {
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

    // MARK: - Giving data columns to headers

    /// The header of each data column: columns and headers keep their order, each column goes
    /// to one header, and the assignment is the one that leaves the fewest headers without data,
    /// puts each column nearest its header's centre (a header is centred over its column however
    /// its values are aligned), and gives no header values of a kind its field cannot hold.
    static func assign(_ columns: [ClosedRange<Double>], to headers: [ClosedRange<Double>], fields: [CanonicalField?],
                       lines: [TextLine]) -> [Int] {
        let heights = lines.flatMap(\.words).map(\.box.height).sorted()
        let height = heights.isEmpty ? 10 : heights[heights.count / 2]
        let emptyHeader = 4 * height, wrongKind = 4 * height
        let kinds = columns.map { column in ValueKind.dominant(of: lines.map { text(of: $0, in: column) }) }
        func cost(_ column: Int, _ header: Int) -> Double {
            var cost = abs(middle(columns[column]) - middle(headers[header]))
            if let (kind, share) = kinds[column], share >= 0.6, kind.isDefinite,
               let expected = ValueKind.expected(for: fields[header]), !expected.contains(kind) {
                cost += wrongKind
            }
            return cost
        }
        let m = columns.count, n = headers.count
        // best[i][j]: the least cost of columns 0...i with column i under header j.
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: m)
        var from = [[Int]](repeating: [Int](repeating: -1, count: n), count: m)
        for j in 0..<n { best[0][j] = Double(j) * emptyHeader + cost(0, j) }
        for i in 1..<max(m, 1) {
            for j in 0..<n {
                for k in 0...j where best[i - 1][k] < .infinity {
                    let skipped = max(0, j - k - 1)
                    let total = best[i - 1][k] + Double(skipped) * emptyHeader + cost(i, j)
                    if total < best[i][j] {
                        best[i][j] = total
                        from[i][j] = k
                    }
                }
            }
        }
        var last = 0
        var lowest = Double.infinity
        for j in 0..<n {
            let total = best[m - 1][j] + Double(n - 1 - j) * emptyHeader
            if total < lowest {
                lowest = total
                last = j
            }
        }
        var owners = [Int](repeating: 0, count: m)
        var j = last
        for i in stride(from: m - 1, through: 0, by: -1) {
            owners[i] = j
            j = i > 0 ? from[i][j] : j
        }
        return owners
    }

    // MARK: - Data columns

    /// How many of the lines print in each strip of the page, `step` points wide.
    struct Coverage {
        var low: Double
        var rows: [Int]
        /// Strips printed in by at most this many lines still count as empty (a value that overflows).
        var tolerance: Int

        init?(_ lines: [TextLine]) {
            let words = lines.flatMap(\.words)
            guard let low = words.map(\.box.x0).min(), let high = words.map(\.box.x1).max(), high > low else { return nil }
            let count = Int(((high - low) / step).rounded(.up)) + 1
            guard count <= 20_000 else { return nil }  // a page wider than any printed table: not a table
            self.low = low
            rows = [Int](repeating: 0, count: count)
            for line in lines {
                var covered = [Bool](repeating: false, count: count)
                for word in line.words {
                    let first = Int(((word.box.x0 - low) / step).rounded(.down)), last = Int(((word.box.x1 - low) / step).rounded(.up))
                    for bin in max(0, first)...min(count - 1, max(first, last)) { covered[bin] = true }
                }
                for bin in covered.indices where covered[bin] { rows[bin] += 1 }
            }
            tolerance = lines.count / 20
        }

        func isEmpty(_ bin: Int) -> Bool { rows[bin] <= tolerance }
        func position(_ bin: Int) -> Double { low + Double(bin) * step }
        func bin(_ x: Double) -> Int { Int(((x - low) / step).rounded()) }
    }

    /// The stretches of the lines' words between gutters: gaps at least a quarter of the text's
    /// height wide that no row prints in (one row in twenty may, for a value that overflows),
    /// each split further at narrower gaps where the values on both sides say two columns meet.
    static func dataColumns(of lines: [TextLine]) -> [ClosedRange<Double>] {
        guard let coverage = Coverage(lines) else { return [] }
        let heights = lines.flatMap(\.words).map(\.box.height).sorted()
        let minimumGutter = Int((0.25 * heights[heights.count / 2] / step).rounded(.up))
        var columns: [ClosedRange<Double>] = []
        var start: Int?
        var gap = 0
        for bin in coverage.rows.indices {
            if !coverage.isEmpty(bin) {
                if start == nil { start = bin }
                gap = 0
            } else if let open = start {
                gap += 1
                if gap == minimumGutter {
                    columns.append(coverage.position(open)...coverage.position(bin - gap))
                    start = nil
                    gap = 0
                }
            }
        }
        if let open = start {
            var end = coverage.rows.count - 1
            while end > open && coverage.isEmpty(end) { end -= 1 }
            columns.append(coverage.position(open)...coverage.position(end))
        }
        return columns.flatMap { split($0, lines: lines, coverage: coverage) }
    }

    /// `column` split at the narrow gutters where each row's words fall into values of their own
    /// kinds.
    ///
    /// Every gap that stays empty down the rows is a candidate. A candidate inside a stretch that
    /// reads as one value on most rows ("RMB | 2360", "3 | Jul | 2026") is no boundary; the rest are
    /// boundaries while the values on their two sides are alike down the rows and of known kinds
    /// (see `partsAreValues`), those that are not being dropped until all that remain are.
    static func split(_ column: ClosedRange<Double>, lines: [TextLine], coverage: Coverage) -> [ClosedRange<Double>] {
        let first = coverage.bin(column.lowerBound), last = coverage.bin(column.upperBound)
        var gutters: [ClosedRange<Int>] = []
        var bin = first + 1
        while bin < last {
            guard coverage.isEmpty(bin) else { bin += 1; continue }
            var end = bin
            while end + 1 < last && coverage.isEmpty(end + 1) { end += 1 }
            if coverage.position(bin - 1) >= column.lowerBound, coverage.position(end + 1) <= column.upperBound { gutters.append(bin...end) }
            bin = end + 1
        }
        guard !gutters.isEmpty else { return [column] }
        let rows = lines.map { $0.words.filter { column.contains($0.box.midX) } }.filter { !$0.isEmpty }
        let xs = gutters.map { (coverage.position($0.lowerBound) + coverage.position($0.upperBound)) / 2 }
        // Gaps inside a value: a stretch of pieces across them reads as one definite value.
        let edges = [-Double.infinity] + xs + [Double.infinity]
        var inside = Set<Int>()
        for a in 0..<xs.count {
            for b in (a + 1)...xs.count {  // pieces a...b, across the gaps a..<b
                var across = 0, values = 0
                for row in rows {
                    let words = row.filter { $0.box.midX > edges[a] && $0.box.midX < edges[b + 1] }
                    guard (a..<b).contains(where: { gap in words.contains { $0.box.midX < xs[gap] } && words.contains { $0.box.midX > xs[gap] } }) else { continue }
                    across += 1
                    if ValueKind(joined(words)).isDefinite { values += 1 }
                }
                if across >= minimumRows && 2 * values >= across { inside.formUnion(a..<b) }
            }
        }
        var cuts = xs.indices.filter { !inside.contains($0) }.map { xs[$0] }
        while true {
            let pieces = [-Double.infinity] + cuts + [Double.infinity]
            let failing = cuts.indices.filter { !partsAreValues(left: pieces[$0]...pieces[$0 + 1], right: pieces[$0 + 1]...pieces[$0 + 2], rows: rows) }
            guard !failing.isEmpty else { break }
            cuts = cuts.indices.filter { !failing.contains($0) }.map { cuts[$0] }
        }
        guard !cuts.isEmpty else { return [column] }
        var result: [ClosedRange<Double>] = []
        var low = column.lowerBound
        for cut in cuts {
            let gutter = gutters[xs.firstIndex(of: cut)!]
            result.append(low...coverage.position(gutter.lowerBound - 1))
            low = coverage.position(gutter.upperBound + 1)
        }
        result.append(low...column.upperBound)
        return result
    }

    /// True when the rows' words between `left` and `right` (the stretches of a column either side
    /// of a gap) are two values of their own, alike down the rows: each side of a known kind (one
    /// of them a definite value: a date, a time, an amount, an ID, a sex), while the run as a whole
    /// is no single value ("01/06/2026 E0191", "F 36078119910309912X", "16/01/2016 Sewing",
    /// "24 168.0"; not "RMB 2360" or "3 Jul 2026").
    static func partsAreValues(left: ClosedRange<Double>, right: ClosedRange<Double>, rows: [[Word]]) -> Bool {
        var pairs: [(left: ValueKind, right: ValueKind)] = []
        var parted = 0
        for row in rows {
            let lefts = row.filter { left.contains($0.box.midX) }, rights = row.filter { right.contains($0.box.midX) }
            guard !lefts.isEmpty, !rights.isEmpty else { continue }
            let whole = ValueKind(joined(lefts + rights))
            let pair = (left: ValueKind(joined(lefts)), right: ValueKind(joined(rights)))
            if !whole.isDefinite, pair.left != .other, pair.right != .other, pair.left.isDefinite || pair.right.isDefinite {
                parted += 1
            }
            pairs.append(pair)
        }
        guard pairs.count >= minimumRows, Double(parted) >= 0.9 * Double(pairs.count) else { return false }
        // Alike down the rows: most rows give the same kinds on each side.
        let lefts = Dictionary(grouping: pairs, by: \.left).values.map(\.count).max() ?? 0
        let rights = Dictionary(grouping: pairs, by: \.right).values.map(\.count).max() ?? 0
        return Double(min(lefts, rights)) >= 0.9 * Double(pairs.count)
    }

    /// The words of `line` whose middles lie in `column`, joined by spaces.
    static func text(of line: TextLine, in column: ClosedRange<Double>) -> String {
        joined(line.words.filter { column.contains($0.box.midX) })
    }

    /// The words as one value: in reading order, a value wrapped over two lines joined back.
    private static func joined(_ words: [Word]) -> String {
        TableDetector.wrappedText(of: words)
    }

    private static func middle(_ range: ClosedRange<Double>) -> Double {
        (range.lowerBound + range.upperBound) / 2
    }
}
