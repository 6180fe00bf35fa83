import CPoppler
import Foundation

/// Owns one cairo RGB image surface, and encodes it as PNG.
final class CairoImageSurface {
    let pointer: OpaquePointer
    let width: Int
    let height: Int

    /// A surface of `width` x `height` pixels; throws when cairo cannot allocate it.
    init(width: Int, height: Int) throws {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            let reason = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            cairo_surface_destroy(surface)
            throw PageImageError.drawing("cannot create a \(width)x\(height) image: \(reason)")
        }
        pointer = surface
        self.width = width
        self.height = height
    }

    deinit { cairo_surface_destroy(pointer) }

    /// The first and last pixel columns holding anything darker than near-white, or nil when the
    /// surface is blank.
    func inkColumns() -> ClosedRange<Int>? {
        var first = width
        var last = -1
        forEachRow { row in
            if let x = (0..<first).first(where: { Self.isInk(row[$0]) }) { first = x }
            if let x = (max(last + 1, first)..<width).reversed().first(where: { Self.isInk(row[$0]) }) { last = x }
        }
        return first <= last ? first...last : nil
    }

    /// For each pixel row, whether it holds ink within `columns`.
    func inkRows(in columns: Range<Int>) -> [Bool] {
        var rows: [Bool] = []
        rows.reserveCapacity(height)
        forEachRow { row in rows.append(columns.contains { Self.isInk(row[$0]) }) }
        return rows
    }

    /// A new surface holding the pixels `x ..< x + width`, `y ..< y + height` of this one.
    func cropped(x: Int, y: Int, width newWidth: Int, height newHeight: Int) throws -> CairoImageSurface {
        let copy = try CairoImageSurface(width: newWidth, height: newHeight)
        let context = CairoContext(surface: copy)
        cairo_set_source_surface(context.pointer, pointer, Double(-x), Double(-y))
        cairo_paint(context.pointer)
        return copy
    }

    /// Anything darker than near-white; RGB24 pixels are 0x00RRGGBB in native byte order.
    private static func isInk(_ pixel: UInt32) -> Bool {
        (pixel >> 16) & 0xFF < 232 || (pixel >> 8) & 0xFF < 232 || pixel & 0xFF < 232
    }

    /// Calls `body` with each row of pixels, top to bottom.
    private func forEachRow(_ body: (UnsafePointer<UInt32>) -> Void) {
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else { return }
        let stride = Int(cairo_image_surface_get_stride(pointer))
        for y in 0..<height {
            body(UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self))
        }
    }

    /// The surface as PNG bytes.
    func pngData() throws -> Data {
        cairo_surface_flush(pointer)
        let sink = PNGSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(pointer, { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PageImageError.drawing("cannot encode the image as PNG: \(String(cString: cairo_status_to_string(status)))")
        }
        return sink.data
    }
}

/// Collects the bytes cairo's PNG writer hands out.
private final class PNGSink {
    var data = Data()
}

/// Owns one cairo drawing context on a surface.
final class CairoContext {
    let pointer: OpaquePointer
    private let surface: CairoImageSurface

    init(surface: CairoImageSurface) {
        pointer = cairo_create(surface.pointer)
        self.surface = surface
    }

    deinit { cairo_destroy(pointer) }
}
