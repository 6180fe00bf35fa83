import CPoppler
import Foundation

/// Owns one poppler-glib document opened from memory, and releases it.
final class PopplerDocumentHandle {
    let pointer: OpaquePointer

    /// Opens a PDF from bytes; throws the reason a person can act on when poppler refuses it.
    init(bytes: Data) throws {
        var error: UnsafeMutablePointer<GError>?
        let document: OpaquePointer? = bytes.withUnsafeBytes { buffer in
            let gbytes = g_bytes_new(buffer.baseAddress, gsize(buffer.count))  // copies the bytes
            defer { g_bytes_unref(gbytes) }
            return poppler_document_new_from_bytes(gbytes, nil, &error)
        }
        guard let document else {
            let code = error?.pointee.code ?? 0
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            throw PDFOpenFailure(encrypted: code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue), message: message)
        }
        pointer = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(pointer)) }

    /// Runs `body` with page `index` (0-based), releasing the page afterwards.
    func withPage<T>(_ index: Int, _ body: (OpaquePointer) -> T) -> T? {
        guard let page = poppler_document_get_page(pointer, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return body(page)
    }
}

/// Why poppler could not open a PDF.
struct PDFOpenFailure: Error {
    var encrypted: Bool
    var message: String
}
