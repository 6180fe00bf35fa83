@testable import AuditOCR
import CCairo
import Foundation

/// Draws test pages with cairo: black text on white, optionally turned, as PNG bytes, grey images
/// or the pixels of an image-only PDF.
final class DrawnPage {
    let surface: OpaquePointer
    let width: Int
    let height: Int

    /// A `width` x `height` pixel page holding `lines` of text, turned clockwise by `degrees` about
    /// its centre. For a quarter turn, the text is laid out on the upright (height x width) page.
    init(lines: [String], width: Int, height: Int, degrees: Double = 0, fontSize: Double = 40,
         font: String = "DejaVu Sans") {
        self.width = width
        self.height = height
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        let context = cairo_create(surface)
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        let quarterTurn = Int(degrees.magnitude.rounded()) % 180 == 90
        let (uprightWidth, uprightHeight) = quarterTurn ? (Double(height), Double(width)) : (Double(width), Double(height))
        cairo_translate(context, Double(width) / 2, Double(height) / 2)
        cairo_rotate(context, degrees * .pi / 180)
        cairo_translate(context, -uprightWidth / 2, -uprightHeight / 2)
        cairo_set_source_rgb(context, 0, 0, 0)
        cairo_select_font_face(context, font, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, fontSize)
        for (index, line) in lines.enumerated() {
            cairo_move_to(context, fontSize * 1.5, fontSize * (2.2 + 1.6 * Double(index)))
            cairo_show_text(context, line)
        }
        cairo_destroy(context)
        cairo_surface_flush(surface)
    }

    /// A page of pixels drawn by `paint` on white, for photographs and odd shapes.
    init(width: Int, height: Int, paint: (OpaquePointer) -> Void) {
        self.width = width
        self.height = height
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        let context = cairo_create(surface)!
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        paint(context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
    }

    deinit { cairo_surface_destroy(surface) }

    /// The page as PNG bytes.
    var png: Data {
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        }
        precondition(status == CAIRO_STATUS_SUCCESS, "cairo could not encode the PNG")
        return sink.data
    }

    /// The page as the pool takes it.
    func grey(resolution: Int = 300) -> GreyImage {
        let data = UnsafeRawPointer(cairo_image_surface_get_data(surface)!)
        return PDFPageRasterizer.grey(fromRGB24: data, width: width, height: height,
                                      stride: Int(cairo_image_surface_get_stride(surface)), resolution: resolution)
    }
}

/// Collects the bytes cairo's writers hand out.
final class ByteSink {
    var data = Data()
}

/// What one page of a test PDF holds.
enum PDFPageContent {
    /// Text at (x, baseline y) in points, 12-pt DejaVu Sans: a page with a text layer.
    case text([(String, Double, Double)])
    /// A scan: the page's pixels at `dpi`, covering the page, and no text layer.
    case scan(DrawnPage, dpi: Double)
}

/// Draws PDFs whose pages are text or scans, `width` x `height` points each.
enum PDFDrawing {
    static func pdf(_ pages: [PDFPageContent], width: Double, height: Double) -> Data {
        let sink = ByteSink()
        let surface = withExtendedLifetime(sink) {
            cairo_pdf_surface_create_for_stream({ closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque(), width, height)
        }
        let context = cairo_create(surface)
        for page in pages {
            cairo_save(context)
            switch page {
            case let .text(items):
                cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
                cairo_set_font_size(context, 12)
                for (text, x, y) in items {
                    cairo_move_to(context, x, y)
                    cairo_show_text(context, text)
                }
            case let .scan(image, dpi):
                cairo_scale(context, 72 / dpi, 72 / dpi)
                cairo_set_source_surface(context, image.surface, 0, 0)
                cairo_paint(context)
            }
            cairo_restore(context)
            cairo_show_page(context)
        }
        cairo_destroy(context)
        withExtendedLifetime(sink) {
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
        }
        return sink.data
    }
}
