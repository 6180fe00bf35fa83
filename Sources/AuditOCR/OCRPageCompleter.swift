import AuditCore
import AuditExtraction
import Foundation

/// Reads by OCR the PDF pages that have no text layer (scans, image-only PDFs), page by page.
///
/// Only the pages in `outcome.pagesWithoutText` are rendered (with poppler-glib and cairo at the
/// configured dpi, on the calling thread) and read on the pool; a page with a text layer is never
/// OCR'd and is returned untouched. A document read partly from its text layer and partly by OCR
/// is `mixed`; one read only by OCR is `ocr`.
public struct OCRPageCompleter: PageTextCompleter {
    private let pool: OCREnginePool

    /// Reads pages on `pool`'s engines, with its configuration (dpi, pixel limit, threshold).
    public init(pool: OCREnginePool) {
        self.pool = pool
    }

    public func complete(_ input: ExtractionInput, outcome: ExtractionOutcome) -> ExtractionOutcome {
        guard let document = outcome.document, !outcome.pagesWithoutText.isEmpty, Self.isPDF(input) else { return outcome }
        let numbers = outcome.pagesWithoutText
        let rasterizer: PDFPageRasterizer
        do {
            rasterizer = try PDFPageRasterizer(bytes: input.bytes)
        } catch {
            var unchanged = outcome
            unchanged.reasonText = ReasonText(OCRReason.pagesWithoutTextNotRead.text, texts: ["error": LibraryMessage.text(error.message)])
            return unchanged
        }
        let configuration = pool.configuration
        let results = pool.recognize(count: numbers.count) { index in
            rasterizer.render(page: numbers[index], dpi: configuration.dpi, maxPixels: configuration.maxImagePixels)
        }
        var pages = document.pages
        var read: [OCRReadPage] = []
        for (number, result) in zip(numbers, results) {
            guard let position = pages.firstIndex(where: { $0.number == number }) else { continue }
            let original = pages[position]
            let page = OCRPageVerdict.page(number: number, result: result, size: (original.width, original.height))
            pages[position] = page
            read.append(OCRReadPage(page: page, verdict: OCRPageVerdict(result)))
        }
        return Self.outcome(of: outcome, document: document, pages: pages, read: read,
                            threshold: configuration.lowConfidenceThreshold)
    }

    /// PDFs as the text extractor takes them: by signature, or by name.
    static func isPDF(_ input: ExtractionInput) -> Bool {
        input.bytes.starts(with: Array("%PDF".utf8)) || input.fileExtension == "pdf"
    }

    /// The text extractor's outcome with the OCR'd pages in place and its summary fields updated.
    static func outcome(of previous: ExtractionOutcome, document: ExtractedDocument, pages: [ExtractedPage],
                        read: [OCRReadPage], threshold: Double) -> ExtractionOutcome {
        let ocrNumbers = Set(read.map(\.page.number))
        let fromTextLayer = pages.contains { !ocrNumbers.contains($0.number) && !$0.words.isEmpty }
        let summary = OCRReadingSummary(pages: read, lowConfidenceThreshold: threshold)
        let source: TextSource
        switch (fromTextLayer, summary.hasText) {
        case (true, true): source = .mixed
        case (false, true): source = .ocr
        case (true, false): source = .pdfText
        case (false, false): source = .none
        }
        let completed = ExtractedDocument(path: document.path, textSource: source, pages: pages, sheets: document.sheets)
        let anyText = fromTextLayer || summary.hasText
        var reason = summary.reason
        if !anyText, read.count == pages.count, read.count == 1 { reason = read[0].verdict.problem }
        return ExtractionOutcome(status: anyText ? .ok : (summary.allFailed ? .unreadable : .skipped),
                                 reason: reason, pageCount: previous.pageCount ?? pages.count,
                                 document: completed, ocrConfidence: summary.meanConfidence)
    }
}
