/// Draws how a clerk sets up a table sheet: column widths fitted to the values, some too narrow
/// for their header, a wrapped header or not, and the page it prints on.
struct OfficeTableLayout {
    var rng: SplitMix64

    /// A sheet named `name` with `lines` above the table (title first) and its header and rows.
    mutating func sheet(name: String, title: String, lines: [String], headers: [String],
                        rows: [[OfficeSheet.Value]]) -> OfficeSheet {
        let fontSize = rng.pick([8.0, 9.0, 10.0])
        let wrapsHeader = rng.chance(0.4)
        var page = OfficeSheet.Page()
        page.landscape = rng.chance(0.3)
        page.fitsWidth = rng.chance(0.25)
        page.footer = rng.chance(0.5)
        page.header = rng.chance(0.25)
        let widths = headers.indices.map { column -> Double in
            let values = rows.map { $0[column].shown }
            let valueWidth = values.map { OfficeSheet.width(of: $0, size: fontSize) }.max() ?? 0
            let headerWords = wrapsHeader ? headers[column].split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
                : headers[column].split(separator: "\n").map(String.init)
            let headerWidth = headerWords.map { OfficeSheet.width(of: $0, size: fontSize, bold: true) }.max() ?? 0
            var width = valueWidth * Double(rng.int(in: 104...135)) / 100 + 0.2
            // Most columns are widened to their header; some stay narrower, the header then cut or wrapped.
            if rng.chance(0.6) { width = max(width, headerWidth + 0.2) }
            return width
        }
        // A clerk checks the print preview: a table wider than the page is turned to landscape or
        // scaled to the page's width, never split over two pages side by side.
        let total = widths.reduce(0, +)
        if !page.landscape && total > OfficeSheet.printableWidth(landscape: false) {
            if total <= OfficeSheet.printableWidth(landscape: true) && rng.chance(0.5) { page.landscape = true } else { page.fitsWidth = true }
        }
        if page.landscape && total > OfficeSheet.printableWidth(landscape: true) { page.fitsWidth = true }
        var sheet = OfficeSheet(name: name, columnWidths: widths, page: page, fontSize: fontSize, wrapsHeader: wrapsHeader)
        sheet.borders = rng.chance(0.8)
        sheet.repeatsHeader = rng.chance(0.5)
        sheet.page.printsZeros = rng.chance(0.85)
        sheet.rows.append(.init(kind: .title, cells: [.text(title)]))
        sheet.rows += lines.map { .init(kind: .line, cells: [.text($0)]) }
        if rng.chance(0.5) { sheet.rows.append(.init(kind: .line, cells: [.empty])) }
        sheet.rows.append(.init(kind: .header, cells: headers.map(OfficeSheet.Value.text)))
        sheet.rows += rows.map { .init(kind: .body, cells: $0) }
        return sheet
    }

    /// A form sheet (a licence or certificate): a title and label–value rows.
    mutating func form(name: String, title: String, subtitle: String?, fields: [(String, String)]) -> OfficeSheet {
        let fontSize = rng.pick([9.0, 10.0, 11.0])
        let labelWidth = (fields.map { OfficeSheet.width(of: $0.0, size: fontSize, bold: true) }.max() ?? 3) + 0.4
        // The value column fills at most the rest of the printable width (A4 less 1.5 cm margins),
        // long values wrapping, so the form prints on one page as a clerk would set it up.
        let valueWidth = min(17.5 - labelWidth, 13.5, (fields.map { OfficeSheet.width(of: $0.1, size: fontSize) }.max() ?? 5) + 0.4)
        var sheet = OfficeSheet(name: name, columnWidths: [labelWidth, valueWidth], fontSize: fontSize)
        sheet.page.footer = rng.chance(0.3)
        sheet.rows.append(.init(kind: .title, cells: [.text(title)]))
        if let subtitle { sheet.rows.append(.init(kind: .line, cells: [.text(subtitle)])) }
        sheet.rows.append(.init(kind: .line, cells: [.empty]))
        sheet.rows += fields.map { .init(kind: .field, cells: [.text($0.0), .text($0.1)]) }
        return sheet
    }
}
