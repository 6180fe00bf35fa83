import AuditCore
import AuditFields
import AuditLayout

/// The pages of a PDF that print an attendance summary (考勤汇总), read back into the rows and
/// columns of the sheet they were printed from, for `AttendanceSummarySheet`.
///
/// Modelled on the ZKTeco 标准报表's 考勤汇总 as LibreOffice prints it: the period on a line above a
/// header band of three lines (group names such as `工作时数` and `加班时数` centred over the two
/// columns they head, `工号 姓名 所属部门` centred in cells two rows tall, and the items `标准`
/// `实际` `正常` `特殊` below), then one line per worker; a sheet too long for a page goes on
/// over the next pages without its header. Most of such a header's columns (`迟到 次数`, `出差`)
/// are none a time sheet knows, which is why the table detector does not take it for a table.
///
/// The columns are those the worker lines' values show (`ColumnRebuilder`), split where the
/// header shows several over values printed together. A header text goes to the column nearest
/// its centre; a group name, centred between two items of the line below it, goes to the first
/// of their columns as a merged cell's text does in a workbook, and the items become a second
/// header row. Lines above the header are one cell each (a title, the period).
enum PrintedSummaryPages {
    /// The summary sheets printed on the pages of `layout`'s document, leaving out `excluded` pages
    /// (pages whose tables are records of single days); each with the pages it was read from.
    static func sheets(of layout: DocumentLayout, excluding excluded: Set<Int> = []) -> [(sheet: SheetTable, pages: Set<Int>)] {
        let document = layout.document
        var sheets: [(sheet: SheetTable, pages: Set<Int>)] = []
        var open: (rows: [[Cell]], pages: Set<Int>, bounds: [ClosedRange<Double>])?
        func close() {
            if let done = open { sheets.append((SheetTable(rows: done.rows), done.pages)) }
            open = nil
        }
        for (page, lines) in zip(document.pages, layout.pageLines) {
            guard !excluded.contains(page.number) else { close(); continue }
            if let band = workerHeaderBand(in: lines) {
                close()
                let body = Array(lines[band.upperBound...])
                let columns = ColumnRebuilder.dataColumns(of: body.filter { HeaderBand.hasDigit($0) && $0.cells.count >= 2 }.prefix(40).map { $0 })
                guard columns.count >= 2 else { continue }
                let header = header(Array(lines[band]), columns: columns, path: document.path, page: page.number)
                let bounds = TableDetector.bounds(of: header.columns)
                var rows = lines[..<band.lowerBound].map { [cell($0.words, path: document.path, page: page.number)] }
                rows += header.rows
                rows += body.map { gridRow($0.words, bounds: bounds, path: document.path, page: page.number) }
                open = (rows, [page.number], bounds)
            } else if let current = open, let first = lines.first, HeaderBand.hasDigit(first) {
                // The sheet goes on over this page without its header, in the same columns.
                open?.rows += lines.map { gridRow($0.words, bounds: current.bounds, path: document.path, page: page.number) }
                open?.pages.insert(page.number)
            } else {
                close()
            }
        }
        close()
        return sheets
    }

    /// The lines of the first band of header lines (lines without digits) with lines below it
    /// that names a worker column (`工号`, `姓名`, `Emp No`, `Name`) and a column of hours or days
    /// worked, and no column of single days (a date, clock times).
    static func workerHeaderBand(in lines: [TextLine]) -> Range<Int>? {
        var index = 0
        while index < lines.count {
            guard !HeaderBand.hasDigit(lines[index]) else { index += 1; continue }
            let run = HeaderBand.run(in: lines, from: index)
            let texts = lines[run].flatMap { line in line.cells.map(\.text) + line.words.map(\.text) }
            let fields = Set(texts.compactMap(AttendanceSummarySheet.field))
            if run.upperBound < lines.count, !fields.isDisjoint(with: [.employeeId, .name]),
               !fields.isDisjoint(with: AttendanceSummarySheet.summaryFields), fields.isDisjoint(with: AttendanceSummarySheet.dayFields) {
                return run
            }
            index = max(run.upperBound, index + 1)
        }
        return nil
    }

    /// A text of the header band: a run of words a space apart on one of its lines.
    private struct HeaderText {
        var words: [Word]
        var line: Int
        var box: BoundingBox { words.dropFirst().reduce(words[0].box) { $0.union($1.box) } }
        var centre: Double { (box.x0 + box.x1) / 2 }
    }

    /// The header band's texts as one or two rows of cells, and the columns they head: the
    /// body's `columns`, split where the header shows several columns over what the values run
    /// together (right-aligned values in narrow cells print into their neighbours, `36 0:00`).
    ///
    /// A group name (centred between two items of a line below it, as a merged cell's text is)
    /// goes to the first item's column and the items make the lower row; every other text goes to
    /// the upper row, in the column its centre is nearest.
    static func header(_ band: [TextLine], columns bodyColumns: [ClosedRange<Double>], path: String, page: Int)
        -> (rows: [[Cell]], columns: [ClosedRange<Double>]) {
        let texts = band.enumerated().flatMap { index, line in HeaderBand.phrases(of: line.words).map { HeaderText(words: $0, line: index) } }
        // Each group name with the items it stands over.
        var groups: [Int: (left: Int, right: Int)] = [:]
        for (index, text) in texts.enumerated() {
            let below = texts.indices.filter { texts[$0].line > text.line }
            guard let left = below.filter({ texts[$0].centre < text.centre }).max(by: { texts[$0].centre < texts[$1].centre }),
                  let right = below.filter({ texts[$0].centre > text.centre }).min(by: { texts[$0].centre < texts[$1].centre }),
                  texts[left].line == texts[right].line else { continue }
            let spacing = texts[right].centre - texts[left].centre
            guard abs(text.centre - (texts[left].centre + texts[right].centre) / 2) <= 0.15 * spacing,
                  text.box.x0 < texts[left].box.x1 + spacing / 2, text.box.x1 > texts[right].box.x0 - spacing / 2 else { continue }
            groups[index] = (left, right)
        }
        // The centre of each column the header shows: texts that are no group name, those
        // printed over one another (a header wrapped in its cell) counted once.
        var anchors: [HeaderText] = []
        for (index, text) in texts.enumerated() where groups[index] == nil {
            if let same = anchors.firstIndex(where: { min($0.box.x1, text.box.x1) - max($0.box.x0, text.box.x0) > 0 && $0.line != text.line }) {
                anchors[same].words += text.words
            } else {
                anchors.append(text)
            }
        }
        let columns = split(bodyColumns, at: anchors.map(\.centre).sorted())
        var upper = [[Word]](repeating: [], count: columns.count)
        var lower = [[Word]](repeating: [], count: columns.count)
        let lowerLine = groups.values.map { texts[$0.left].line }.max()
        for (index, text) in texts.enumerated() {
            let column = groups[index].map { nearest(texts[$0.left].centre, columns) } ?? nearest(text.centre, columns)
            if text.line == lowerLine { lower[column] += text.words } else { upper[column] += text.words }
        }
        let rows = lowerLine == nil ? [upper] : [upper, lower]
        return (rows.map { row in row.map { cell($0, path: path, page: page) } }, columns)
    }

    /// `columns` with each column under the centres of several headers split between them, at
    /// the midpoint of each two neighbouring centres.
    static func split(_ columns: [ClosedRange<Double>], at centres: [Double]) -> [ClosedRange<Double>] {
        var owned = [[Double]](repeating: [], count: columns.count)
        for centre in centres { owned[nearest(centre, columns)].append(centre) }
        return zip(columns, owned).flatMap { column, centres -> [ClosedRange<Double>] in
            guard centres.count >= 2 else { return [column] }
            let cuts = zip(centres, centres.dropFirst()).map { ($0 + $1) / 2 }.filter { column.contains($0) }
            let edges = [column.lowerBound] + cuts + [column.upperBound]
            return zip(edges, edges.dropFirst()).map { $0...$1 }
        }
    }

    /// The index of the column whose values lie nearest `x`.
    static func nearest(_ x: Double, _ columns: [ClosedRange<Double>]) -> Int {
        columns.indices.min { distance(x, columns[$0]) < distance(x, columns[$1]) } ?? 0
    }

    private static func distance(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        range.contains(x) ? 0 : min(abs(x - range.lowerBound), abs(x - range.upperBound))
    }

    /// A line's words as one row of cells, each word in the column region its middle lies in.
    static func gridRow(_ words: [Word], bounds: [ClosedRange<Double>], path: String, page: Int) -> [Cell] {
        var cells = [[Word]](repeating: [], count: bounds.count)
        for word in words {
            cells[TableDetector.column(ofX: (word.box.x0 + word.box.x1) / 2, bounds)].append(word)
        }
        return cells.map { cell($0, path: path, page: page) }
    }

    /// A cell of `words` (blank when there are none), located on `page` at their box.
    static func cell(_ words: [Word], path: String, page: Int) -> Cell {
        guard let first = words.first else { return Cell(text: "", evidence: Evidence(path: path, page: page)) }
        let text = words.map(\.text).joined(separator: " ")
        let box = words.dropFirst().reduce(first.box) { $0.union($1.box) }
        return Cell(text: text, evidence: Evidence(path: path, page: page, text: text, bbox: box.rounded))
    }
}
