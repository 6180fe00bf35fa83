import CCairo

/// How a page is turned into a "scan": rotation, specks, a slight blur, PNG or image-only PDF.
struct ScanOptions {
    static let dpi = 300.0

    var seed: UInt64
    /// Degrees, ±1–4.
    var skew: Double
    var sideways: Bool
    var asPDF: Bool

    /// The scanned bytes of the clean page drawn on `page` (an RGB24 image surface at 300 dpi).
    func process(_ page: OpaquePointer) throws -> [UInt8] {
        cairo_surface_flush(page)
        let width = Double(cairo_image_surface_get_width(page)), height = Double(cairo_image_surface_get_height(page))
        let (outW, outH) = sideways ? (height, width) : (width, height)
        let output = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(outW), Int32(outH))!
        defer { cairo_surface_destroy(output) }
        let cr = cairo_create(output)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 0.97, 0.97, 0.96)
        cairo_paint(cr)
        cairo_translate(cr, outW / 2, outH / 2)
        cairo_rotate(cr, (skew + (sideways ? 90 : 0)) * .pi / 180)
        cairo_translate(cr, -width / 2, -height / 2)
        cairo_set_source_surface(cr, page, 0, 0)
        cairo_paint(cr)
        cairo_set_source_surface(cr, page, 1, 1)
        cairo_paint_with_alpha(cr, 0.5)
        cairo_identity_matrix(cr)
        var rng = SplitMix64(seed: seed, stream: "scan-noise")
        for _ in 0..<1500 {
            let grey = Double(rng.int(in: 40...180)) / 255
            cairo_set_source_rgb(cr, grey, grey, grey)
            cairo_rectangle(cr, Double(rng.int(in: 0...Int(outW) - 3)), Double(rng.int(in: 0...Int(outH) - 3)),
                            Double(rng.int(in: 1...3)), Double(rng.int(in: 1...3)))
            cairo_fill(cr)
        }
        cairo_surface_flush(output)
        let sink = ByteSink()
        if asPDF {
            let writer: cairo_write_func_t = { context, data, length in
                guard let context, let data else { return CAIRO_STATUS_WRITE_ERROR }
                ByteSink.from(context).append(data, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }
            let points = (outW * 72 / Self.dpi, outH * 72 / Self.dpi)
            let pdf = cairo_pdf_surface_create_for_stream(writer, sink.context, points.0, points.1)!
            let pcr = cairo_create(pdf)!
            cairo_scale(pcr, 72 / Self.dpi, 72 / Self.dpi)
            cairo_set_source_surface(pcr, output, 0, 0)
            cairo_paint(pcr)
            cairo_show_page(pcr)
            cairo_destroy(pcr)
            cairo_surface_finish(pdf)
            let status = cairo_surface_status(pdf)
            cairo_surface_destroy(pdf)
            guard status == CAIRO_STATUS_SUCCESS else { throw RenderingError(description: "cairo could not write the scanned PDF") }
        } else {
            let status = cairo_surface_write_to_png_stream(output, { context, data, length in
                guard let context, let data else { return CAIRO_STATUS_WRITE_ERROR }
                ByteSink.from(context).append(data, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, sink.context)
            guard status == CAIRO_STATUS_SUCCESS else { throw RenderingError(description: "cairo could not write the PNG") }
        }
        return sink.bytes
    }
}
