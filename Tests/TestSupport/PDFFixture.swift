import CCairo
import Foundation

/// Draws small PDFs with cairo for tests: text at known positions, or a page of pixels.
public enum PDFFixture {
    /// A PDF whose pages hold the given strings at (x, baseline y) in points, 12-pt DejaVu Sans.
    public static func text(pages: [[(String, Double, Double)]]) -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fixture-\(UUID().uuidString).pdf")
        let surface = cairo_pdf_surface_create(url.path, 595, 842)
        let context = cairo_create(surface)
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, 12)
        for page in pages {
            for (text, x, y) in page {
                cairo_move_to(context, x, y)
                cairo_show_text(context, text)
            }
            cairo_show_page(context)
        }
        cairo_destroy(context)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        defer { try? FileManager.default.removeItem(at: url) }
        return try! Data(contentsOf: url)
    }

    /// A one-page PDF holding only a painted rectangle: what a scan looks like to a text reader.
    public static func imageOnly() -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fixture-\(UUID().uuidString).pdf")
        let surface = cairo_pdf_surface_create(url.path, 595, 842)
        let context = cairo_create(surface)
        let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 100)
        let imageContext = cairo_create(image)
        cairo_set_source_rgb(imageContext, 0.3, 0.3, 0.3)
        cairo_paint(imageContext)
        cairo_destroy(imageContext)
        cairo_set_source_surface(context, image, 50, 50)
        cairo_paint(context)
        cairo_show_page(context)
        cairo_destroy(context)
        cairo_surface_destroy(image)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        defer { try? FileManager.default.removeItem(at: url) }
        return try! Data(contentsOf: url)
    }
}
