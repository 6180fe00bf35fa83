import AuditTestSupport
import CCairo
import Foundation

/// Draws PDFs with cairo for the crop tests, and decodes PNGs back into pixels.
enum CairoFixtures {
    /// A PDF page size in points.
    static let pageWidth = 595.0
    static let pageHeight = 842.0

    /// A PDF whose pages hold the given words at (x, baseline y) in points, 12-pt DejaVu Sans.
    static func pdf(pages: [[(String, Double, Double)]]) -> Data {
        PDFFixture.text(pages: pages)
    }

    /// The box cairo gives `text` drawn at (x, baseline y) in 12-pt DejaVu Sans: x0, y0, x1, y1.
    static func box(of text: String, x: Double, y: Double) -> (Double, Double, Double, Double) {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 10, 10)
        let context = cairo_create(surface)
        defer { cairo_destroy(context); cairo_surface_destroy(surface) }
        cairo_select_font_face(context, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, 12)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return (x + extents.x_bearing, y + extents.y_bearing, x + extents.x_bearing + extents.width, y + extents.y_bearing + extents.height)
    }
}

/// A decoded PNG: its size and a way to read each pixel's colour.
struct DecodedPNG {
    let width: Int
    let height: Int
    private let pixels: [UInt32]

    /// Decodes PNG bytes with cairo; nil when they are not a PNG.
    init?(_ data: Data) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("decoded-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: url) }
        guard (try? data.write(to: url)) != nil else { return nil }
        self.init(contentsOf: url.path)
    }

    /// Decodes the PNG file at `path` with cairo.
    init?(contentsOf path: String) {
        let surface = cairo_image_surface_create_from_png(path)
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        cairo_surface_flush(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { pixels.append(row[x]) }
        }
        self.pixels = pixels
    }

    /// Red, green and blue of the pixel at (x, y), 0...255 (alpha ignored).
    func rgb(_ x: Int, _ y: Int) -> (r: Int, g: Int, b: Int) {
        let pixel = pixels[y * width + x]
        return (Int((pixel >> 16) & 0xFF), Int((pixel >> 8) & 0xFF), Int(pixel & 0xFF))
    }

    /// The smallest rectangle (x0, y0, x1, y1, inclusive) of pixels passing `test`, or nil.
    func bounds(where test: (_ r: Int, _ g: Int, _ b: Int) -> Bool) -> (x0: Int, y0: Int, x1: Int, y1: Int)? {
        var result: (x0: Int, y0: Int, x1: Int, y1: Int)?
        for y in 0..<height {
            for x in 0..<width {
                let (r, g, b) = rgb(x, y)
                guard test(r, g, b) else { continue }
                result = (min(result?.x0 ?? x, x), min(result?.y0 ?? y, y), max(result?.x1 ?? x, x), max(result?.y1 ?? y, y))
            }
        }
        return result
    }

    /// Pixels passing `test`.
    func count(where test: (_ r: Int, _ g: Int, _ b: Int) -> Bool) -> Int {
        var total = 0
        for y in 0..<height {
            for x in 0..<width {
                let (r, g, b) = rgb(x, y)
                if test(r, g, b) { total += 1 }
            }
        }
        return total
    }
}

/// The highlighter's yellow (page white multiplied by the highlight colour).
func isHighlight(_ r: Int, _ g: Int, _ b: Int) -> Bool {
    r > 230 && (195...235).contains(g) && b < 110
}
