import AuditCore
import AuditExtraction
import Foundation

/// Reads scanned and photographed evidence (PNG, JPEG, TIFF with one page or many, BMP, WebP) by OCR.
///
/// Each image page becomes an `ExtractedPage` whose words have boxes in points (from the image's
/// resolution, 300 dpi when it declares none) and a confidence, so the field readers treat them as
/// they treat a PDF's words. Images too large to decode safely are refused from their header.
public struct OCRImageExtractor: DocumentExtractor {
    private let pool: OCREnginePool

    /// Reads images on `pool`'s engines, with its configuration.
    public init(pool: OCREnginePool) {
        self.pool = pool
    }

    /// Images by their first bytes, then by extension (so a damaged `.png` is reported, not skipped);
    /// a PDF named `.png` is left to the PDF reader.
    public func accepts(_ input: ExtractionInput) -> Bool {
        if ImageFormat(signatureOf: input.bytes) != nil { return true }
        if input.bytes.starts(with: Array("%PDF".utf8)) { return false }
        return ImageFormat(fileExtension: input.fileExtension) != nil
    }

    public func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        let document: ImageDocument
        do throws(ImageReadError) {
            guard let format = ImageFormat(signatureOf: input.bytes) else {
                throw .notAnImage(claimed: ImageFormat(fileExtension: input.fileExtension) ?? .png)
            }
            document = try ImageDocument(bytes: input.bytes, format: format, maxPixels: pool.configuration.maxImagePixels)
        } catch {
            return ExtractionOutcome(status: .unreadable, reason: error.reason)
        }
        let results = pool.recognize(count: document.pageCount) { document.page($0) }
        let pages = results.enumerated().map { index, result in
            let page = OCRPageVerdict.page(number: index + 1, result: result)
            return OCRReadPage(page: page, verdict: OCRPageVerdict(result))
        }
        return Self.outcome(path: input.path, pages: pages, threshold: pool.configuration.lowConfidenceThreshold)
    }

    /// The outcome of an image document whose pages were read.
    static func outcome(path: String, pages: [OCRReadPage], threshold: Double) -> ExtractionOutcome {
        let summary = OCRReadingSummary(pages: pages, lowConfidenceThreshold: threshold)
        let document = ExtractedDocument(path: path, textSource: .ocr, pages: pages.map(\.page))
        if summary.hasText {
            return ExtractionOutcome(status: .ok, reason: summary.reason, pageCount: pages.count, document: document,
                                     ocrConfidence: summary.meanConfidence)
        }
        // A single page states its problem plainly: "the page is blank", "no text found (a photo?)".
        let reason = pages.count == 1 ? pages[0].verdict.problem : summary.reason
        return ExtractionOutcome(status: summary.allFailed ? .unreadable : .skipped, reason: reason, pageCount: pages.count,
                                 document: document)
    }
}
