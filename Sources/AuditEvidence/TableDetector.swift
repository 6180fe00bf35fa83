import AuditCore
import AuditFields

/// Rebuilds tables: from word geometry for pages, from the grid for spreadsheets.
public enum TableDetector {
    /// Tables on the pages of a document; a table that goes on over several pages, with or
    /// without its header repeated, is kept as one.
    public static func tables(in document: ExtractedDocument) -> [DetectedTable] {
        var tables: [DetectedTable] = []
        var current: (table: DetectedTable, bounds: [ClosedRange<Double>])?
        let lookup = HeaderLookup()
        for page in document.pages {
            for line in LineBuilder.lines(of: page) {
                if let header = headerColumns(of: line, lookup: lookup) {
                    if let open = current, open.table.columns == header.columns {
                        current?.bounds = header.bounds  // the header repeated on a new page
                        continue
                    }
                    if let open = current, !open.table.rows.isEmpty { tables.append(open.table) }
                    let evidence = Evidence(path: document.path, page: page.number, text: line.text, bbox: line.box.rounded)
                    current = (DetectedTable(columns: header.columns, rows: [], headerEvidence: evidence), header.bounds)
                } else if let bounds = current?.bounds, let row = row(from: line, bounds: bounds, path: document.path) {
                    current?.table.rows.append(row)
                }
            }
        }
        if let open = current, !open.table.rows.isEmpty { tables.append(open.table) }
        for sheet in document.sheets { tables.append(contentsOf: self.tables(in: sheet, path: document.path, lookup: lookup)) }
        return tables
    }

    /// Tables in a spreadsheet grid: each header row starts a table that runs to the next one.
    public static func tables(in sheet: SheetTable, path: String) -> [DetectedTable] {
        tables(in: sheet, path: path, lookup: HeaderLookup())
    }

    static func tables(in sheet: SheetTable, path: String, lookup: HeaderLookup) -> [DetectedTable] {
        var tables: [DetectedTable] = []
        var current: DetectedTable?
        for row in sheet.rows {
            let texts = row.map(\.text)
            let fields = texts.map { lookup.field(for: $0) }
            if HeaderMatcher.isHeader(fields) {
                if let table = current, !table.rows.isEmpty { tables.append(table) }
                let evidence = row.first?.evidence ?? Evidence(path: path)
                current = DetectedTable(columns: zip(texts, fields).map { .init(header: $0, field: $1) },
                                        rows: [], headerEvidence: Evidence(path: path, text: texts.joined(separator: ", "), row: evidence.row))
                continue
            }
            guard current != nil, row.contains(where: { !$0.text.isEmpty }) else { continue }
            var cells: [Int: Cell] = [:]
            for (index, cell) in row.enumerated() where !cell.text.isEmpty { cells[index] = cell }
            let evidence = Evidence(path: path, text: texts.joined(separator: ", "), row: row.first?.evidence.row)
            current?.rows.append(.init(cells: cells, evidence: evidence))
        }
        if let table = current, !table.rows.isEmpty { tables.append(table) }
        return tables
    }

    /// The columns and their horizontal extents when `line` is a header row.
    static func headerColumns(of line: TextLine, lookup: HeaderLookup) -> (columns: [DetectedTable.Column], bounds: [ClosedRange<Double>])? {
        let headers = HeaderMatcher.headers(for: line.cells, lookup: lookup)
        guard HeaderMatcher.isHeader(headers.map(\.field)) else { return nil }
        let extents = headers.map { header -> ClosedRange<Double> in
            let x0 = header.words.map(\.box.x0).min() ?? 0
            return x0...max(x0, header.words.map(\.box.x1).max() ?? x0)
        }
        // Column regions run to the midpoints between neighbouring headers.
        let bounds = extents.indices.map { i -> ClosedRange<Double> in
            let left = i == 0 ? -Double.infinity : (extents[i - 1].upperBound + extents[i].lowerBound) / 2
            let right = i == extents.count - 1 ? Double.infinity : (extents[i].upperBound + extents[i + 1].lowerBound) / 2
            return left...right
        }
        return (headers.map { DetectedTable.Column(header: $0.text, field: $0.field) }, bounds)
    }

    /// Places a line's words under the header columns; nil when the line is not a table row.
    static func row(from line: TextLine, bounds: [ClosedRange<Double>], path: String) -> DetectedTable.Row? {
        // A table row fills at least half of the columns with printed cells; a title or a footer
        // sentence ("Prepared by: HR Department") is one or two long cells.
        guard Double(line.cells.count) >= 0.5 * Double(bounds.count) else { return nil }
        var assigned: [Int: [Word]] = [:]
        for cell in line.cells {
            let box = cell.box
            let overlaps = bounds.map { overlap(box.x0...box.x1, $0) }
            let best = overlaps.indices.max { overlaps[$0] < overlaps[$1] } ?? 0
            let spread = overlaps.filter { $0 > 0.3 * max(box.width, 1) }.count
            if spread > 1 && cell.words.count > 1 {
                for word in cell.words { assigned[column(ofX: word.box.midX, bounds), default: []].append(word) }
            } else {
                assigned[best, default: []].append(contentsOf: cell.words)
            }
        }
        var cells: [Int: Cell] = [:]
        for (index, words) in assigned {
            let cell = LayoutCell(words: words)
            cells[index] = Cell(text: cell.text, evidence: Evidence(path: path, page: line.page, text: cell.text, bbox: cell.box.rounded))
        }
        return DetectedTable.Row(cells: cells, evidence: Evidence(path: path, page: line.page, text: line.text, bbox: line.box.rounded))
    }

    static func column(ofX x: Double, _ bounds: [ClosedRange<Double>]) -> Int {
        bounds.firstIndex { $0.contains(x) } ?? (x < (bounds.first?.lowerBound ?? 0) ? 0 : bounds.count - 1)
    }

    static func overlap(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Double {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }
}
