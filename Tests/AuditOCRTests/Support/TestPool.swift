@testable import AuditOCR
import AuditCore
import Foundation

/// The engines the tests share: starting Tesseract with Chinese costs about 0.4 s an engine.
enum TestPool {
    static let shared: OCREnginePool = {
        do { return try OCREnginePool(configuration: OCRConfiguration()) } catch { fatalError("OCR cannot start: \(error)") }
    }()

    static var images: OCRImageExtractor { OCRImageExtractor(pool: shared) }
    static var pages: OCRPageCompleter { OCRPageCompleter(pool: shared) }
}

extension ExtractedDocument {
    /// Every word's text, pages in order.
    var words: [String] { pages.flatMap { $0.words.map(\.text) } }
}

/// Lines of an ordinary English document, enough text for orientation detection to work on.
enum SampleText {
    static let license = [
        "Fire Safety Inspection Certificate",
        "Company Name: Dongguan Hengbao Hardware Co., Ltd.",
        "Address: No. 164 Keji Road, Houjie Town",
        "Certificate No.: DGFI2026-15079",
        "Inspection Result: Qualified",
        "Date of Issue: 2026.04.19",
        "Valid Until: 2027.04.18",
    ]
}
