/// How a form prints a labelled value; one style per archive.
enum FieldLayout: CaseIterable {
    /// `Company Name: Dongguan Huarong Garment Co., Ltd.`
    case inline
    /// The label in one column, the value aligned in a second column.
    case tabbed
}

/// A table of text cells drawn at fixed column positions.
struct TextTable {
    /// Where a cell sits in its column.
    enum Alignment { case left, right }

    /// A column: its header text and the alignment of its cells.
    struct Column {
        var header: String
        var alignment: Alignment
    }

    var columns: [Column]
    var rows: [[String]]
    /// A closing row printed in bold under a rule (a register's "Total").
    var totals: [String]?
    var fontSize = 8.0
    var rowHeight = 14.0
}

/// Lays a document out top to bottom on A4 pages: headings, labelled fields, wrapped
/// paragraphs and tables that continue on the next page with their header repeated.
struct PageComposer {
    private static let margin = 50.0
    private static let bottom = PDFDocument.pageHeight - 60
    private static let columnGap = 12.0

    let pdf: PDFDocument
    var fieldLayout: FieldLayout
    /// Prints "Page N" at the foot of every page.
    var numbersPages: Bool
    private var y = 70.0
    private var page = 1

    /// Starts at the top of the first page of `pdf`.
    init(pdf: PDFDocument, fieldLayout: FieldLayout = .inline, numbersPages: Bool = false) {
        self.pdf = pdf
        self.fieldLayout = fieldLayout
        self.numbersPages = numbersPages
    }

    private var contentWidth: Double { PDFDocument.pageWidth - 2 * Self.margin }

    /// A bold heading centred on the page.
    mutating func heading(_ text: String, size: Double = 16) {
        centred(text, size: size, bold: true)
        y += 6
    }

    /// A line centred on the page.
    mutating func centred(_ text: String, size: Double = 10, bold: Bool = false) {
        pdf.setFont(size: size, bold: bold)
        startLine(height: size * 1.6)
        pdf.show(text, x: (PDFDocument.pageWidth - pdf.width(of: text)) / 2, y: y)
    }

    /// A line at the left margin.
    mutating func line(_ text: String, size: Double = 10, bold: Bool = false) {
        pdf.setFont(size: size, bold: bold)
        startLine(height: size * 1.6)
        pdf.show(text, x: Self.margin, y: y)
    }

    /// A labelled value, such as `Certificate No.: CN26/12345`, in the document's field layout;
    /// a long value wraps under itself, unless `singleLine`, when the font shrinks (to 6 points
    /// at least) until the value fits on the label's line, as a reader of one line expects for
    /// names, codes and addresses.
    mutating func field(_ label: String, _ value: String, size: Double = 10, singleLine: Bool = false) {
        var size = size
        if singleLine {
            while size > 6 {
                pdf.setFont(size: size)
                let available = fieldLayout == .inline ? contentWidth - pdf.width(of: "\(label): ") : contentWidth - 190
                if pdf.width(of: value) <= available { break }
                size -= 0.5
            }
        }
        pdf.setFont(size: size)
        let valueX: Double
        var lines: [String]
        switch fieldLayout {
        case .inline:
            valueX = pdf.width(of: "\(label): ")
            lines = wrap(value, width: contentWidth - valueX)
            lines[0] = "\(label): " + lines[0]
            startLine(height: size * 1.6)
            pdf.show(lines[0], x: Self.margin, y: y)
        case .tabbed:
            valueX = 190
            lines = wrap(value, width: contentWidth - valueX)
            startLine(height: size * 1.8)
            // A label wider than its column (a long bilingual one, "统一社会信用代码 Unified Social
            // Credit Code:") is set smaller, as a form's designer would, rather than printed over
            // the value: overprinted text is unreadable on paper and in a scan.
            var labelSize = size
            while labelSize > 6, pdf.width(of: "\(label):") > valueX - 8 {
                labelSize -= 0.5
                pdf.setFont(size: labelSize)
            }
            pdf.show("\(label):", x: Self.margin, y: y)
            pdf.setFont(size: size)
            pdf.show(lines[0], x: Self.margin + valueX, y: y)
        }
        for continuation in lines.dropFirst() {
            startLine(height: size * 1.4)
            pdf.show(continuation, x: Self.margin + valueX, y: y)
        }
    }

    /// Text wrapped at word boundaries to the page width.
    mutating func paragraph(_ text: String, size: Double = 10, indent: Double = 0) {
        pdf.setFont(size: size)
        for line in wrap(text, width: contentWidth - indent) {
            startLine(height: size * 1.5)
            pdf.show(line, x: Self.margin + indent, y: y)
        }
    }

    /// Vertical space.
    mutating func space(_ points: Double) {
        y += points
    }

    /// Draws `table`, shrinking its font until it fits the page width, and continuing on new
    /// pages (header repeated) when the rows run past the bottom margin.
    mutating func table(_ table: TextTable) {
        var fontSize = table.fontSize
        var gap = Self.columnGap
        var widths = columnWidths(table, fontSize: fontSize)
        func overall() -> Double { widths.reduce(0, +) + gap * Double(widths.count - 1) }
        while overall() > contentWidth && fontSize > 5 {
            fontSize -= 0.25
            widths = columnWidths(table, fontSize: fontSize)
        }
        // Still too wide at the smallest usual size (a month of day columns, long bilingual
        // headers): scale the whole table, gaps included, to the page width, as a spreadsheet
        // printed "fit all columns on one page" does, instead of letting the right-hand columns
        // run off the paper while the ground truth still counts them.
        while overall() > contentWidth {
            let scale = contentWidth / overall() * 0.995
            fontSize *= scale
            gap *= scale
            widths = columnWidths(table, fontSize: fontSize)
        }
        var lefts: [Double] = []
        var x = Self.margin
        for width in widths {
            lefts.append(x)
            x += width + gap
        }
        let right = x - gap

        func drawRow(_ cells: [String], bold: Bool) {
            pdf.setFont(size: fontSize, bold: bold)
            for (index, cell) in cells.enumerated() where !cell.isEmpty {
                let column = table.columns[index]
                let cellX = column.alignment == .left ? lefts[index] : lefts[index] + widths[index] - pdf.width(of: cell)
                pdf.show(cell, x: cellX, y: y)
            }
        }
        func drawHeader() {
            y += table.rowHeight
            let stacked = table.columns.map { $0.header.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
            let depth = stacked.map(\.count).max() ?? 1
            for level in 0..<depth {
                if level > 0 { y += fontSize * 1.25 }
                drawRow(stacked.map { level < $0.count ? $0[level] : "" }, bold: true)
            }
            pdf.rule(from: (Self.margin, y + 4), to: (right, y + 4))
        }

        drawHeader()
        for row in table.rows {
            if y + table.rowHeight > Self.bottom {
                nextPage()
                drawHeader()
            }
            y += table.rowHeight
            drawRow(row, bold: false)
        }
        if let totals = table.totals {
            if y + table.rowHeight > Self.bottom {
                nextPage()
                drawHeader()
            }
            pdf.rule(from: (Self.margin, y + 4), to: (right, y + 4))
            y += table.rowHeight
            drawRow(totals, bold: true)
        }
        y += 8
    }

    /// Ends the document and returns the PDF bytes.
    mutating func finish() throws -> [UInt8] {
        drawFooter()
        return try pdf.finish()
    }

    /// The width of the widest cell (header included) of each column at `fontSize`.
    private func columnWidths(_ table: TextTable, fontSize: Double) -> [Double] {
        // Measured in bold, the widest face a cell is drawn in (header and totals).
        pdf.setFont(size: fontSize, bold: true)
        return table.columns.indices.map { index in
            var widest = table.columns[index].header.split(separator: "\n").map { pdf.width(of: String($0)) }.max() ?? 0
            for cells in table.rows + [table.totals ?? []] where index < cells.count {
                widest = max(widest, pdf.width(of: cells[index]))
            }
            return widest
        }
    }

    /// `text` broken at spaces into lines no wider than `width` in the current font (a single
    /// word wider than that stays whole).
    private func wrap(_ text: String, width: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && pdf.width(of: candidate) > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return lines
    }

    /// Moves down by `height`, first starting a new page when the line would not fit.
    private mutating func startLine(height: Double) {
        if y + height > Self.bottom { nextPage() }
        y += height
    }

    /// Finishes the page (footer included) and moves to the top of a new one.
    private mutating func nextPage() {
        drawFooter()
        pdf.newPage()
        page += 1
        y = 60
    }

    /// Prints the page number when the document numbers its pages.
    private func drawFooter() {
        guard numbersPages else { return }
        pdf.setFont(size: 8)
        let text = "Page \(page)"
        pdf.show(text, x: (PDFDocument.pageWidth - pdf.width(of: text)) / 2, y: PDFDocument.pageHeight - 30)
    }
}
