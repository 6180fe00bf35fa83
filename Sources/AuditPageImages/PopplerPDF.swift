import CPoppler
import Foundation

/// Owns one poppler-glib document opened from memory, and releases it.
final class PopplerPDF {
    private let pointer: OpaquePointer

    /// Opens a PDF from bytes; throws poppler's reason when it refuses them.
    init(bytes: Data) throws {
        var error: UnsafeMutablePointer<GError>?
        let document: OpaquePointer? = bytes.withUnsafeBytes { buffer in
            let gbytes = g_bytes_new(buffer.baseAddress, gsize(buffer.count))  // copies the bytes
            defer { g_bytes_unref(gbytes) }
            return poppler_document_new_from_bytes(gbytes, nil, &error)
        }
        guard let document else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            throw PageImageError.unreadablePDF(message)
        }
        pointer = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(pointer)) }

    /// Page `number` (1-based), or nil when the document has no such page.
    func page(_ number: Int) -> PopplerPDFPage? {
        guard number >= 1, number <= pageCount,
              let page = poppler_document_get_page(pointer, Int32(number - 1)) else { return nil }
        return PopplerPDFPage(pointer: page, document: self)
    }
}

/// Owns one page of a `PopplerPDF`, keeping the document alive while the page is in use.
final class PopplerPDFPage {
    let pointer: OpaquePointer
    private let document: PopplerPDF

    fileprivate init(pointer: OpaquePointer, document: PopplerPDF) {
        self.pointer = pointer
        self.document = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    /// The page's width and height in PDF points.
    var size: (width: Double, height: Double) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(pointer, &width, &height)
        return (width, height)
    }

    /// Draws the page onto `context` in points, origin at the top-left, under its current transform.
    func render(on context: CairoContext) {
        poppler_page_render(pointer, context.pointer)
    }
}
