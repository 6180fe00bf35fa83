import AuditCore
import AuditFields
import AuditLayout

/// Rebuilds tables: from word geometry for pages, from the grid for spreadsheets.
public enum TableDetector {
    /// Tables on the pages and sheets of `layout`'s document; a table that goes on over several
    /// pages, with or without its header repeated, is kept as one.
    public static func tables(in layout: DocumentLayout) -> [DetectedTable] {
        let document = layout.document
        var tables: [DetectedTable] = []
        var current: OpenTable?
        let lookup = HeaderLookup()
        for (page, lines) in zip(document.pages, layout.pageLines) {
            var rowsOnPage = 0  // rows and headers met on this page so far
            func begin(_ header: HeaderColumns, at line: TextLine, band: [TextLine]) {
                current?.addPendingRows(path: document.path)
                defer { rowsOnPage += 1 }
                if let open = current, open.table.columns == header.columns {
                    current?.headers = header.extents  // the header repeated on a new page
                    current?.bounds = header.bounds
                    return
                }
                // The header band printed again, word for word where it was, on a new page: the
                // table goes on as read under its first header, however the band reads over this
                // page's few rows (a last page whose rows leave a column empty).
                if current?.isRepeated(band, onPage: page.number) == true {
                    return
                }
                // The header repeated at the top of a new page but read in part (a band over
                // too few rows to show its columns): the table goes on, in its columns.
                if let open = current, rowsOnPage == 0, open.table.headerEvidence.page != page.number, !open.table.isDayGrid, header.days.isEmpty,
                   Set(header.columns.compactMap(\.field)).isSubset(of: Set(open.table.fields)) {
                    return
                }
                if let open = current, !open.table.rows.isEmpty { tables.append(open.table) }
                let evidence = Evidence(path: document.path, page: page.number, text: line.text, bbox: line.box.rounded)
                var table = DetectedTable(columns: header.columns, rows: [], headerEvidence: evidence)
                table.dayColumns = header.days
                current = OpenTable(table: table, headers: header.extents, bounds: header.bounds, band: band)
            }
            func add(_ line: TextLine) {
                guard let open = current else { return }
                if let last = open.pending.last, !open.table.isDayGrid, continues(line, last) {
                    // Values wrapped in their cells: the row's second line.
                    let words = last.words + line.words
                    current?.pending[open.pending.count - 1] = TextLine(page: last.page, words: words, cells: LineBuilder.cells(of: words.sorted { $0.box.x0 < $1.box.x0 }))
                } else if row(from: line, bounds: open.bounds, path: document.path, grid: open.table.isDayGrid) != nil {
                    current?.pending.append(line)
                    rowsOnPage += 1
                }
            }
            var index = 0
            var searchedUntil = 0  // lines before this one start no header band
            var firstUnderHeader: Int?  // the line right under this page's header
            while index < lines.count {
                // A header is a line, or several without numbers (see `HeaderBand`).
                if index >= searchedUntil, !HeaderBand.hasDigit(lines[index]), !HeaderBand.isSentence(lines[index]) {
                    let run = HeaderBand.run(in: lines, from: index)
                    if let found = HeaderBand.find(in: lines, run: run, lookup: lookup) {
                        // Lines of the band above the stretch read as the header are rows, unless
                        // the band is the open table's printed again.
                        if current?.isRepeated(Array(lines[run]), onPage: page.number) != true {
                            lines[index..<found.lines.lowerBound].forEach(add)
                        }
                        begin(found.header, at: found.line, band: Array(lines[run]))
                        // The rest of the run is what the header did not need of its band (an
                        // English line under a Chinese one): neither a second header nor rows.
                        index = run.upperBound
                        firstUnderHeader = index
                        searchedUntil = index
                        continue
                    }
                    searchedUntil = run.upperBound
                }
                let line = lines[index]
                index += 1
                if let header = headerColumns(of: line, lookup: lookup) ?? gridColumns(of: line, lookup: lookup) {
                    begin(header, at: line, band: [line])
                    firstUnderHeader = index
                } else if index - 1 == firstUnderHeader, current?.joinOverPageBreak(line, path: document.path) == true {
                    rowsOnPage += 1
                } else {
                    add(line)
                }
            }
            current?.addPendingRows(path: document.path)
        }
        if let open = current, !open.table.rows.isEmpty { tables.append(open.table) }
        for sheet in document.sheets { tables.append(contentsOf: self.tables(in: sheet, path: document.path, lookup: lookup)) }
        return tables
    }

    /// A table being read from pages: its columns, where its headers are, and its body lines on
    /// the current page, which become rows once the page's columns are known.
    /// True when two header bands are the same lines printed in the same places: each line's
    /// text alike, its ends within 2 points.
    static func printedAlike(_ a: [TextLine], _ b: [TextLine]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { a, b in
            a.text == b.text && abs(a.box.x0 - b.box.x0) <= 2 && abs(a.box.x1 - b.box.x1) <= 2
        }
    }

    struct OpenTable {
        var table: DetectedTable
        /// The extents of the header cells, left to right.
        var headers: [ClosedRange<Double>]
        /// The column regions the header gives, which pick the body lines.
        var bounds: [ClosedRange<Double>]
        /// The lines the header was read from (the whole band of a header over several lines).
        var band: [TextLine]
        /// The last row made so far, which a page break may have split.
        var lastRow: LastRow?

        /// True when `band`, on page `page`, is this table's header band printed again on a new
        /// page, word for word where it was (not a grid of days, whose bands name no columns).
        func isRepeated(_ band: [TextLine], onPage page: Int) -> Bool {
            table.headerEvidence.page != page && !table.isDayGrid && TableDetector.printedAlike(self.band, band)
        }
        var pending: [TextLine] = []
        /// The columns last rebuilt from the body, under headers where.
        var rebuilt: (headers: [ClosedRange<Double>], bounds: [ClosedRange<Double>])?
        /// The body lines the columns were last rebuilt from (at most `sampleLines`).
        var rebuiltFrom: [TextLine] = []

        /// The most body lines of earlier pages kept to rebuild a later page's columns with.
        static let sampleLines = 120

        /// Turns the pending lines into rows, in columns rebuilt from their alignment where they
        /// show it (see `ColumnRebuilder`), or, on a page of too few rows to show it under headers
        /// where they were, as last rebuilt; a day grid keeps its header's columns.
        ///
        /// A page whose headers stand where they stood when the columns were last rebuilt (the
        /// same header repeated, or none of its own) goes on in the same columns, so its lines are
        /// rebuilt together with the lines they were last rebuilt from: a column a page fills in
        /// only a row or two (overtime on the last page of a month) still shows as a column, and
        /// the values beside it stay under their own header.
        mutating func addPendingRows(path: String) {
            guard !pending.isEmpty else { return }
            let sameHeaders = self.rebuilt.map { last in
                last.headers.count == headers.count
                    && zip(last.headers, headers).allSatisfy { abs($0.lowerBound - $1.lowerBound) < 2 && abs($0.upperBound - $1.upperBound) < 2 }
            } ?? false
            let sample = sameHeaders ? rebuiltFrom + pending : pending
            var rebuilt = table.isDayGrid ? nil : ColumnRebuilder.bounds(headers: headers, fields: table.columns.map(\.field), lines: sample)
            if let rebuilt {
                self.rebuilt = (headers, rebuilt)
                rebuiltFrom = Array(sample.suffix(Self.sampleLines))
            } else if pending.count < ColumnRebuilder.minimumRows, sameHeaders, let last = self.rebuilt {
                rebuilt = last.bounds
            }
            let columns = rebuilt ?? bounds
            for line in pending {
                guard let row = TableDetector.row(from: line, bounds: columns, path: path, grid: table.isDayGrid, fromData: rebuilt != nil) else { continue }
                table.rows.append(row)
                lastRow = LastRow(line: line, index: table.rows.count - 1, columns: columns, fromData: rebuilt != nil)
            }
            pending = []
        }

        /// True when the last row's cell in the column over `word` holds a value of its column's
        /// kind cut short: a date that is no date (`2006-01-`), a clock time that is none, an ID
        /// card number of neither 15 nor 18 characters.
        func cutShort(_ last: LastRow, under word: Word) -> Bool {
            let column = TableDetector.column(ofX: word.box.midX, last.columns)
            guard table.columns.indices.contains(column), let field = table.columns[column].field else { return false }
            let text = last.line.words.filter { TableDetector.column(ofX: $0.box.midX, last.columns) == column }
                .map(\.text).joined(separator: " ")
            guard !text.isEmpty else { return false }
            switch field {
            case .date, .dob, .hireDate, .leaveDate: return DateParser.dates(in: text).isEmpty
            case .clockIn, .clockOut: return ClockTimeParser.minutes(text) == nil
            case .nationalId: return ![15, 18].contains(text.filter { $0.isLetter || $0.isNumber }.count)
            default: return false
            }
        }

        /// The last row made from a printed line, with the columns it was read in.
        struct LastRow {
            var line: TextLine
            var index: Int
            var columns: [ClosedRange<Double>]
            var fromData: Bool
        }

        /// Joins `line`, the first under the header repeated on a new page, to the last row of
        /// the page before when it is the rest of that row: LibreOffice splits a row whose cells
        /// wrap at the page's foot, printing the rest of its cells (`229` of an ID, `13` of a
        /// date) under the header of the next page. The rest holds fewer words than the row,
        /// each starting or ending where one of the row's words does, none in the row's first
        /// cell, and at least one under a cell the row left cut short (`cutShort`): a new row
        /// that leaves its first cell blank lines up with the row above just as well. True when
        /// it was joined.
        mutating func joinOverPageBreak(_ line: TextLine, path: String) -> Bool {
            guard pending.isEmpty, !table.isDayGrid, let last = lastRow, last.line.page < line.page,
                  let first = last.line.words.min(by: { $0.box.x0 < $1.box.x0 }),
                  line.words.count < last.line.words.count,
                  !line.words.contains(where: { $0.box.x0 < first.box.x1 }),
                  line.words.allSatisfy({ word in
                      last.line.words.contains { abs($0.box.x0 - word.box.x0) < 1 || abs($0.box.x1 - word.box.x1) < 1 }
                  }),
                  line.words.contains(where: { cutShort(last, under: $0) }) else { return false }
            // The rest goes right under the row, where a wrap on one page would have put it.
            let shift = last.line.box.y1 + 0.2 * line.box.height - line.box.y0
            let moved = line.words.map { word in
                Word(text: word.text, box: BoundingBox(x0: word.box.x0, y0: word.box.y0 + shift, x1: word.box.x1, y1: word.box.y1 + shift),
                     confidence: word.confidence)
            }
            let words = (last.line.words + moved).sorted { $0.box.x0 < $1.box.x0 }
            let joined = TextLine(page: last.line.page, words: last.line.words + moved, cells: LineBuilder.cells(of: words))
            guard let row = TableDetector.row(from: joined, bounds: last.columns, path: path, grid: false, fromData: last.fromData) else { return false }
            table.rows[last.index] = row
            lastRow = LastRow(line: joined, index: last.index, columns: last.columns, fromData: last.fromData)
            return true
        }
    }

    /// Tables in a spreadsheet grid: each header row starts a table that runs to the next one.
    /// A header may be one row or two read together (see `SheetHeaderRows`); rows that hold
    /// nothing but placeholders (`-`, `0`) are the unused lines of a template, not data.
    public static func tables(in sheet: SheetTable, path: String) -> [DetectedTable] {
        tables(in: sheet, path: path, lookup: HeaderLookup())
    }

    static func tables(in sheet: SheetTable, path: String, lookup: HeaderLookup) -> [DetectedTable] {
        var tables: [DetectedTable] = []
        var current: DetectedTable?
        var index = 0
        while index < sheet.rows.count {
            let row = sheet.rows[index]
            index += 1
            let texts = row.map(\.text)
            var header = SheetHeaderRows.Header(texts: texts, fields: texts.map { lookup.field(for: $0) })
            let days = Self.dayColumns(texts: header.texts, fields: header.fields)
            var isHeader = days != nil || SheetHeaderRows.isHeader(header)
            if !isHeader, index < sheet.rows.count {
                let next = sheet.rows[index].map(\.text)
                let lower = SheetHeaderRows.Header(texts: next, fields: next.map { lookup.field(for: $0) })
                if let stacked = SheetHeaderRows.stacked(header, over: lower, lookup: lookup) {
                    header = stacked  // a header whose words are split over two rows
                    isHeader = true
                    index += 1
                }
            }
            if isHeader {
                if let table = current, !table.rows.isEmpty { tables.append(table) }
                let evidence = row.first?.evidence ?? Evidence(path: path)
                current = DetectedTable(columns: zip(header.texts, header.fields).map { .init(header: $0, field: $1) },
                                        rows: [], headerEvidence: Evidence(path: path, text: header.texts.joined(separator: ", "), row: evidence.row))
                current?.dayColumns = days ?? [:]
                continue
            }
            guard current != nil, row.contains(where: { !$0.text.isEmpty && !TableRecordReader.isBlankMark($0.text) }) else { continue }
            current?.rows.append(DetectedTable.Row(grid: row))
        }
        if let table = current, !table.rows.isEmpty { tables.append(table) }
        return tables.contains(where: \.isDayGrid) ? tables : StackedGridHeader.adding(to: tables, in: sheet, path: path, lookup: lookup)
    }

    /// The day columns of a grid header given as cell texts: a run of day numbers beside a worker
    /// column (ID or name); nil when the row is no grid header.
    static func dayColumns(texts: [String], fields: [CanonicalField?]) -> [Int: Int]? {
        guard fields.contains(.employeeId) || fields.contains(.name) else { return nil }
        var days: [Int: Int] = [:]
        var order: [Int] = []
        for (index, text) in texts.enumerated() where fields[index] == nil {
            guard let day = HeaderLookup.dayNumber(text) else { continue }
            days[index] = day
            order.append(day)
        }
        return HeaderMatcher.isDaySequence(order) ? days : nil
    }

    /// The columns of a monthly attendance grid header: worker columns by synonym, and one column
    /// per day number, read word by word because narrow day columns print close together.
    static func gridColumns(of line: TextLine, lookup: HeaderLookup) -> HeaderColumns? {
        var pieces: [(text: String, field: CanonicalField?, words: [Word])] = []
        for cell in line.cells {
            if cell.words.allSatisfy({ HeaderLookup.dayNumber($0.text) != nil }) {
                pieces += cell.words.map { ($0.text, nil, [$0]) }
            } else {
                pieces += HeaderMatcher.headers(for: [cell], lookup: lookup).map { ($0.text, $0.field, $0.words) }
            }
        }
        guard let days = dayColumns(texts: pieces.map(\.text), fields: pieces.map(\.field)) else { return nil }
        let columns = pieces.map { DetectedTable.Column(header: $0.text, field: $0.field) }
        return HeaderColumns(columns: columns, words: pieces.map(\.words), days: days)
    }

    /// A header row's columns, with the extents of the header cells and the column regions they give.
    struct HeaderColumns {
        var columns: [DetectedTable.Column]
        /// The words each column's header was read from.
        var words: [[Word]]
        var extents: [ClosedRange<Double>]
        var bounds: [ClosedRange<Double>]
        var days: [Int: Int]

        init(columns: [DetectedTable.Column], words: [[Word]], days: [Int: Int]) {
            self.columns = columns
            self.words = words
            extents = words.map { words -> ClosedRange<Double> in
                let x0 = words.map(\.box.x0).min() ?? 0
                return x0...max(x0, words.map(\.box.x1).max() ?? x0)
            }
            bounds = TableDetector.bounds(of: extents)
            self.days = days
        }
    }

    /// Column regions that run to the midpoints between neighbouring header extents.
    static func bounds(of extents: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        extents.indices.map { i -> ClosedRange<Double> in
            let left = i == 0 ? -Double.infinity : (extents[i - 1].upperBound + extents[i].lowerBound) / 2
            let right = i == extents.count - 1 ? Double.infinity : (extents[i].upperBound + extents[i + 1].lowerBound) / 2
            // Headers printed out of order or overlapping (stacked bilingual headers) must not
            // make an empty region, let alone a crash.
            return min(left, right)...max(left, right)
        }
    }

    /// The columns and their horizontal extents when `line` is a header row.
    static func headerColumns(of line: TextLine, lookup: HeaderLookup) -> HeaderColumns? {
        let headers = HeaderMatcher.headers(for: line.cells, lookup: lookup)
        guard HeaderMatcher.isHeader(headers.map(\.field)) else { return nil }
        return HeaderColumns(columns: headers.map { DetectedTable.Column(header: $0.text, field: $0.field) }, words: headers.map(\.words), days: [:])
    }

    /// Places a line's words under the header columns; nil when the line is not a table row.
    ///
    /// With `fromData`, the bounds were rebuilt from the body's gutters, which no value crosses:
    /// a run of words across a boundary is then two values printed close together, split there.
    static func row(from line: TextLine, bounds: [ClosedRange<Double>], path: String, grid: Bool = false,
                    fromData: Bool = false) -> DetectedTable.Row? {
        // A table row fills at least half of the columns with printed cells; a title or a footer
        // sentence ("Prepared by: HR Department") is one or two long cells. A grid row starts in
        // the worker columns and has day values, which print too close together to count as cells.
        if grid {
            guard line.words.count >= 3, let first = line.words.first, column(ofX: first.box.midX, bounds) <= 1 else { return nil }
        } else {
            // Values printed a space apart read as one cell ("2026年4月2日 E0223 Guo Xiaoyan"): a
            // line with numbers whose words lie under enough columns is a row too.
            let filled = line.cells.count >= 2 && line.text.contains(where: \.isNumber)
                ? Set(line.words.map { column(ofX: $0.box.midX, bounds) }).count : line.cells.count
            guard Double(max(line.cells.count, filled)) >= 0.5 * Double(bounds.count) else { return nil }
        }
        var assigned: [Int: [Word]] = [:]
        for cell in line.cells {
            let box = cell.box
            let overlaps = bounds.map { overlap(box.x0...box.x1, $0) }
            let best = overlaps.indices.max { overlaps[$0] < overlaps[$1] } ?? 0
            // Words that fall under three or more columns are separate values printed close
            // together (grid days); a cell across two columns splits only when it truly spans both.
            let regions = Set(cell.words.map { column(ofX: $0.box.midX, bounds) })
            let spread = overlaps.filter { $0 > 0.3 * max(box.width, 1) }.count
            if cell.words.count > 1 && (regions.count >= 3 || spread > 1 || fromData && regions.count > 1 && cell.words.allSatisfy { word in
                overlap(word.box.x0...word.box.x1, bounds[column(ofX: word.box.midX, bounds)]) >= 0.8 * word.box.width
            }) {
                for word in cell.words { assigned[column(ofX: word.box.midX, bounds), default: []].append(word) }
            } else {
                assigned[best, default: []].append(contentsOf: cell.words)
            }
        }
        var cells: [Int: Cell] = [:]
        for (index, words) in assigned {
            let cell = LayoutCell(words: words)
            let text = wrappedText(of: words)
            cells[index] = Cell(text: text, evidence: Evidence(path: path, page: line.page, text: text, bbox: cell.box.rounded))
        }
        return DetectedTable.Row(cells: cells, evidence: Evidence(path: path, page: line.page, text: line.text, bbox: line.box.rounded))
    }

    /// The text of a cell's words, a value wrapped onto a second line (see `continues(_:_:)`)
    /// joined back: without a space where it broke inside a word or number ("HR-" "2494",
    /// "1306821990050" "32616", "Woodworkin" "g", a lone last character), with one where it
    /// broke at a space.
    static func wrappedText(of words: [Word]) -> String {
        var lines: [[Word]] = []
        for word in words {
            if let last = lines.last?.first, word.box.y0 >= last.box.y1 - 0.5 * last.box.height {
                if let index = lines.firstIndex(where: { abs($0[0].box.midY - word.box.midY) < 0.5 * word.box.height }) {
                    lines[index].append(word)
                } else {
                    lines.append([word])
                }
            } else if let index = lines.firstIndex(where: { abs($0[0].box.midY - word.box.midY) < 0.5 * word.box.height }) {
                lines[index].append(word)
            } else {
                lines.append([word])
            }
        }
        guard lines.count > 1 else { return words.map(\.text).joined(separator: " ") }
        var text = ""
        for line in lines.sorted(by: { $0[0].box.midY < $1[0].box.midY }) {
            let part = line.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined(separator: " ")
            if let end = text.last, let start = part.first,
               !(end == "-" || part.count == 1 || end.isNumber && start.isNumber || end.isLowercase && start.isLowercase
                   || HeaderBand.isChinese(end) || HeaderBand.isChinese(start)) {
                text += " "
            }
            text += part
        }
        return text
    }

    /// True when `line` is the second line of values wrapped in their cells on the row `row`:
    /// printed right under it, the lines of one cell closer than rows are (their boxes overlap
    /// by a twentieth of their height or more), each word starting (or, right-aligned, ending)
    /// where a word of the row does.
    static func continues(_ line: TextLine, _ row: TextLine) -> Bool {
        guard line.page == row.page, line.words.count < row.words.count, line.box.y0 < row.box.y1 - 0.05 * line.box.height,
              line.box.midY > row.box.y1 - 0.25 * row.box.height else { return false }
        return line.words.allSatisfy { word in
            row.words.contains { abs($0.box.x0 - word.box.x0) < 1 || abs($0.box.x1 - word.box.x1) < 1 }
        }
    }

    static func column(ofX x: Double, _ bounds: [ClosedRange<Double>]) -> Int {
        bounds.firstIndex { $0.contains(x) } ?? (x < (bounds.first?.lowerBound ?? 0) ? 0 : bounds.count - 1)
    }

    static func overlap(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Double {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }
}
