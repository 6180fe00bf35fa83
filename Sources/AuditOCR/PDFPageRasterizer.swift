import CPoppler
import Foundation

/// Renders the pages of one PDF to 8-bit grey images for OCR, through poppler-glib and cairo.
///
/// Owns its own poppler document, opened from the bytes: a document is never shared between
/// threads, so use an instance on one thread only.
final class PDFPageRasterizer {
    private let document: OpaquePointer

    /// Opens the PDF; throws the reason when poppler refuses it.
    init(bytes: Data) throws(PageImageError) {
        var error: UnsafeMutablePointer<GError>?
        let opened: OpaquePointer? = bytes.withUnsafeBytes { buffer in
            let gbytes = g_bytes_new(buffer.baseAddress, gsize(buffer.count))  // copies the bytes
            defer { g_bytes_unref(gbytes) }
            return poppler_document_new_from_bytes(gbytes, nil, &error)
        }
        guard let opened else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            throw PageImageError(message: "the PDF could not be opened for OCR (\(message))")
        }
        document = opened
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(document)) }

    /// Page `number` (1-based) rendered at `dpi`, or at the highest whole dpi that stays within
    /// `maxPixels` for an oversized page.
    func render(page number: Int, dpi: Int, maxPixels: Int) -> Result<GreyImage, PageImageError> {
        guard let page = poppler_document_get_page(document, Int32(number - 1)) else {
            return .failure(PageImageError(message: "poppler cannot open the page"))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var widthPoints = 0.0, heightPoints = 0.0
        poppler_page_get_size(page, &widthPoints, &heightPoints)
        guard widthPoints > 0, heightPoints > 0 else {
            return .failure(PageImageError(message: "the page has no size"))
        }
        let resolution = Self.resolution(dpi: dpi, widthPoints: widthPoints, heightPoints: heightPoints, maxPixels: maxPixels)
        let scale = Double(resolution) / 72
        // 792 pt at 300 dpi is 3300.0000000000005 pixels: round to nearest, not up.
        let width = Int((widthPoints * scale).rounded()), height = Int((heightPoints * scale).rounded())
        guard width > 0, height > 0 else {
            return .failure(PageImageError(message: "the page is too small to render"))
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            return .failure(PageImageError(message: "cairo cannot make a \(width)×\(height) image (out of memory?)"))
        }
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)
        // Paint white first: whatever the page leaves transparent would otherwise read as black.
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            return .failure(PageImageError(message: "cairo returned no pixels"))
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        return .success(Self.grey(fromRGB24: UnsafeRawPointer(data), width: width, height: height, stride: stride,
                                  resolution: resolution))
    }

    /// The render resolution: `dpi`, lowered to the whole dpi that keeps the page within `maxPixels`.
    static func resolution(dpi: Int, widthPoints: Double, heightPoints: Double, maxPixels: Int) -> Int {
        let pixelsAtDPI = widthPoints * heightPoints * Double(dpi * dpi) / (72 * 72)
        guard pixelsAtDPI > Double(maxPixels) else { return dpi }
        let fitting = 72 * (Double(maxPixels) / (widthPoints * heightPoints)).squareRoot()
        return max(1, Int(fitting.rounded(.down)))
    }

    /// Luminance of cairo's RGB24 pixels (32-bit words 0x00RRGGBB in native byte order).
    static func grey(fromRGB24 data: UnsafeRawPointer, width: Int, height: Int, stride: Int, resolution: Int) -> GreyImage {
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
            let out = buffer.baseAddress!
            for row in 0..<height {
                let source = (data + row * stride).assumingMemoryBound(to: UInt32.self)
                let target = out + row * width
                for column in 0..<width {
                    let pixel = source[column]
                    let red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF
                    // ITU-R BT.601 weights in fixed point (77 + 150 + 29 = 256).
                    target[column] = UInt8(truncatingIfNeeded: (77 &* red &+ 150 &* green &+ 29 &* blue) >> 8)
                }
            }
            count = width * height
        }
        return GreyImage(width: width, height: height, pixels: pixels, resolution: resolution)
    }
}
