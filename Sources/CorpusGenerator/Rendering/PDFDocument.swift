import AuditCore
import CCairo

/// Failures of the C libraries behind the rendered evidence.
struct RenderingError: Error, CustomStringConvertible {
    var description: String
}

/// A text-only PDF drawn with cairo on A4 portrait pages, kept in memory.
///
/// Owns the cairo surface and context and frees both in `deinit`. Text is ASCII in DejaVu Sans,
/// the one font every target machine has.
final class PDFDocument {
    static let pageWidth = 595.0
    static let pageHeight = 842.0
    private let fontFamily: String
    /// Set when the page is drawn as a scan: an image surface at 300 dpi.
    private let scan: ScanOptions?

    private let sink = ByteSink()
    private let surface: OpaquePointer
    private let context: OpaquePointer
    private var finished = false

    /// Starts a document whose metadata carries `title` and the creation day `created`, so the
    /// bytes depend on the factory only and never on the clock.
    init(title: String, created: CivilDate, fontFamily: String = "DejaVu Sans", scan: ScanOptions? = nil) throws {
        self.fontFamily = fontFamily
        self.scan = scan
        if scan != nil {
            let scale = ScanOptions.dpi / 72
            let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(Self.pageWidth * scale), Int32(Self.pageHeight * scale))!
            let context = cairo_create(surface)!
            self.surface = surface
            self.context = context
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
            cairo_scale(context, scale, scale)
            cairo_set_source_rgb(context, 0, 0, 0)
            setFont(size: 10)
            return
        }
        let writer: cairo_write_func_t = { context, data, length in
            guard let context, let data else { return CAIRO_STATUS_WRITE_ERROR }
            ByteSink.from(context).append(data, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        let surface = cairo_pdf_surface_create_for_stream(writer, sink.context, Self.pageWidth, Self.pageHeight)!
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            let message = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            cairo_surface_destroy(surface)
            throw RenderingError(description: "cannot create a PDF surface: \(message)")
        }
        let context = cairo_create(surface)!
        self.surface = surface
        self.context = context
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "\(created)T09:30:00")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "\(created)T09:30:00")
        cairo_set_source_rgb(context, 0, 0, 0)
        setFont(size: 10)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The font Chinese text falls back to when the document's font has no Chinese glyphs.
    static let chineseFontFamily = "WenQuanYi Micro Hei"

    private var fontSize = 10.0
    private var fontBold = false

    /// Selects the document's font at `size` points for the following text.
    func setFont(size: Double, bold: Bool = false) {
        fontSize = size
        fontBold = bold
        select(fontFamily)
    }

    private func select(_ family: String) {
        cairo_select_font_face(context, family, CAIRO_FONT_SLANT_NORMAL,
                               fontBold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, fontSize)
    }

    /// Runs `body` in a font that has glyphs for `text`: DejaVu Sans has no Chinese, and cairo's
    /// toy font API does not fall back per glyph, so a Chinese date on an English form ("2024年7月1日")
    /// would print as empty boxes while the text layer and the truth still hold the characters.
    /// A word processor falls back to a Chinese font; so does this.
    private func withGlyphs<T>(for text: String, _ body: () -> T) -> T {
        guard fontFamily != Self.chineseFontFamily, text.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) else {
            return body()
        }
        select(Self.chineseFontFamily)
        defer { select(fontFamily) }
        return body()
    }

    /// Draws `text` with its baseline starting at (`x`, `y`), in points from the top-left corner.
    func show(_ text: String, x: Double, y: Double) {
        withGlyphs(for: text) {
            cairo_move_to(context, x, y)
            cairo_show_text(context, text)
        }
    }

    /// The advance width of `text` in the current font.
    func width(of text: String) -> Double {
        withGlyphs(for: text) {
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, text, &extents)
            return extents.x_advance
        }
    }

    /// Strokes a straight rule.
    func rule(from start: (x: Double, y: Double), to end: (x: Double, y: Double), width: Double = 0.6) {
        cairo_set_line_width(context, width)
        cairo_move_to(context, start.x, start.y)
        cairo_line_to(context, end.x, end.y)
        cairo_stroke(context)
    }

    /// Ends the current page and starts a new one.
    func newPage() {
        precondition(scan == nil, "a scan is one page")
        cairo_show_page(context)
    }

    /// Ends the last page and returns the PDF file's bytes.
    func finish() throws -> [UInt8] {
        precondition(!finished, "a PDF document is finished once")
        finished = true
        if let scan { return try scan.process(surface) }
        cairo_show_page(context)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderingError(description: "cairo could not write the PDF: \(String(cString: cairo_status_to_string(status)))")
        }
        return sink.bytes
    }
}
