/// Where a sheet's table rows break onto a new page when LibreOffice prints it.
///
/// The breaks are set in the sheet rather than left to LibreOffice, whose own pagination of a long
/// sheet sometimes drops the rows of its last page from the PDF (LibreOffice 7.4, headless): the
/// printed document would then hold fewer rows than the truth lists. Each page takes fewer rows
/// than fit, so LibreOffice never needs a break of its own.
struct PageBreaks {
    /// The table rows on the first page (below the titles and the header) and on each later one.
    let first: Int
    let later: Int

    /// A table row's height in centimetres: one line of its font with the leading LibreOffice gives it.
    static func rowHeight(_ sheet: OfficeSheet) -> Double { sheet.fontSize * 0.055 }

    init(_ sheet: OfficeSheet) {
        let pageHeight = sheet.page.landscape ? 21.0 : 29.7
        let margins = 2 * 1.5 + (sheet.page.header ? 1.0 : 0) + (sheet.page.footer ? 1.0 : 0)
        let rows = Int((pageHeight - margins) / Self.rowHeight(sheet))
        // Two rows to spare, and the header's height again on pages that repeat it (a wrapped
        // header takes up to three lines).
        later = max(1, rows - 2 - (sheet.repeatsHeader ? 3 : 0))
        // Titles and lines take up to two rows' height each, the header up to three.
        let leading = sheet.rows.prefix { $0.kind != .body }.count
        first = max(1, rows - 2 - 3 * leading)
    }

    /// Whether table row `index` (counted from 0) starts a new page.
    func breaksBefore(bodyRow index: Int) -> Bool {
        index == first || (index > first && (index - first) % later == 0)
    }
}
