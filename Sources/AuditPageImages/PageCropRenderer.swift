import AuditCore
import CPoppler
import Foundation

/// A picture of part of a PDF page with values highlighted.
public struct PageCrop: Sendable, Hashable {
    /// The image as PNG.
    public var png: Data
    /// The page region shown, in PDF points from the page's top-left.
    public var region: BoundingBox
    /// Pixels per PDF point.
    public var scale: Double
}

/// Renders the band of a PDF page around some values with poppler and cairo, and marks each value
/// as a highlighter would: a yellow band under the text (which stays black) and a thin red outline.
public struct PageCropRenderer: Sendable {
    /// Pixels per PDF point: 2 is 144 dpi, sharp on a high-density screen and in print.
    public var scale: Double
    public var geometry: CropGeometry
    /// Points the highlight extends beyond each box, so the outline does not touch the glyphs.
    public var highlightPadding: Double

    public init(scale: Double = 2, geometry: CropGeometry = CropGeometry(), highlightPadding: Double = 1.5) {
        self.scale = scale
        self.geometry = geometry
        self.highlightPadding = highlightPadding
    }

    /// Renders page `page` (1-based) of the PDF in `bytes` around `boxes` (PDF points, top-left
    /// origin), each box highlighted.
    public func crop(pdf bytes: Data, page: Int, boxes: [BoundingBox]) throws -> PageCrop {
        try crop(PopplerPDF(bytes: bytes), page: page, boxes: boxes)
    }

    /// Renders page `page` of an open document around `boxes`.
    func crop(_ document: PopplerPDF, page number: Int, boxes: [BoundingBox]) throws -> PageCrop {
        guard let page = document.page(number) else {
            throw PageImageError.noSuchPage(number, pageCount: document.pageCount)
        }
        guard let first = boxes.first else { throw PageImageError.drawing("no value to highlight on page \(number)") }
        let size = page.size
        let values = boxes.dropFirst().reduce(first) { $0.union($1) }
        let rows = geometry.band(around: values, pageHeight: size.height)
        let band = try renderBand(page, rows: rows, width: size.width, highlighting: boxes)
        let ink = band.inkColumns().map { Double($0.lowerBound) / scale...Double($0.upperBound + 1) / scale }
        let columns = geometry.columns(ink: ink, around: values, pageWidth: size.width)
        let left = Int((columns.lowerBound * scale).rounded())
        let right = min(band.width, max(left + 1, Int((columns.upperBound * scale).rounded())))
        let keep = Self.wholeLines(band.inkRows(in: left..<right),
                                   values: Int(((values.y0 - rows.lowerBound) * scale).rounded())..<Int(((values.y1 - rows.lowerBound) * scale).rounded()))
        let cropped = try band.cropped(x: left, y: keep.lowerBound, width: right - left, height: keep.count)
        return PageCrop(png: try cropped.pngData(),
                        region: BoundingBox(x0: Double(left) / scale, y0: rows.lowerBound + Double(keep.lowerBound) / scale,
                                            x1: Double(right) / scale, y1: rows.lowerBound + Double(keep.upperBound) / scale),
                        scale: scale)
    }

    /// The pixel rows to keep so that no line of text is cut through at the top or bottom: an edge
    /// row with ink moves inwards to the nearest blank row, never into the values' rows.
    private static func wholeLines(_ inkRows: [Bool], values: Range<Int>) -> Range<Int> {
        var top = 0
        if inkRows.first == true, let blank = (0..<max(0, values.lowerBound - 1)).first(where: { !inkRows[$0] }) { top = blank }
        var bottom = inkRows.count
        if inkRows.last == true,
           let blank = (min(inkRows.count, values.upperBound + 1)..<inkRows.count).reversed().first(where: { !inkRows[$0] }) {
            bottom = blank + 1
        }
        return top..<max(top + 1, bottom)
    }

    /// The page's full width between `rows`, on white, with `boxes` highlighted.
    private func renderBand(_ page: PopplerPDFPage, rows: ClosedRange<Double>, width: Double,
                            highlighting boxes: [BoundingBox]) throws -> CairoImageSurface {
        let surface = try CairoImageSurface(width: max(1, Int((width * scale).rounded())),
                                            height: max(1, Int(((rows.upperBound - rows.lowerBound) * scale).rounded())))
        let context = CairoContext(surface: surface)
        let cr = context.pointer
        cairo_set_source_rgb(cr, 1, 1, 1)  // pages have no background of their own
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        cairo_translate(cr, 0, -rows.lowerBound)
        cairo_save(cr)
        page.render(on: context)
        cairo_restore(cr)
        for box in boxes { highlight(box, on: cr) }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PageImageError.drawing("cannot draw the page: \(String(cString: cairo_status_to_string(status)))")
        }
        return surface
    }

    /// A highlighter band multiplied into the page, then an outline.
    private func highlight(_ box: BoundingBox, on cr: OpaquePointer) {
        let pad = highlightPadding
        cairo_rectangle(cr, box.x0 - pad, box.y0 - pad, box.width + 2 * pad, box.height + 2 * pad)
        cairo_set_operator(cr, CAIRO_OPERATOR_MULTIPLY)
        cairo_set_source_rgb(cr, 1.0, 0.86, 0.28)
        cairo_fill_preserve(cr)
        cairo_set_operator(cr, CAIRO_OPERATOR_OVER)
        cairo_set_source_rgba(cr, 0.80, 0.16, 0.10, 0.9)
        cairo_set_line_width(cr, 1.1)
        cairo_stroke(cr)
    }
}
