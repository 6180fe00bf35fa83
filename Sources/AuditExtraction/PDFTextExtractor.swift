import AuditCore
import CPoppler
import Foundation

/// Reads the text layer of PDF pages through poppler-glib, one word per box.
///
/// Pages without a text layer are kept with a problem saying they need OCR, so a caller can route
/// them elsewhere; the words of the other pages are unaffected.
public struct PDFTextExtractor: DocumentExtractor {
    public init() {}

    /// True for PDF bytes whatever the name, or a `.pdf` whose bytes are not another known format.
    public func accepts(_ input: ExtractionInput) -> Bool {
        switch DocumentFormat(of: input) {
        case .pdf: return true
        case .byName: return input.fileExtension == "pdf"
        default: return false
        }
    }

    public func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        let document: PopplerDocumentHandle
        do {
            document = try PopplerDocumentHandle(bytes: input.bytes)
        } catch let failure as PDFOpenFailure {
            let reason = failure.encrypted
                ? ExtractionReason.passwordPDF()
                : ReasonText(ExtractionReason.damagedPDF.text, texts: ["message": LibraryMessage.text(failure.message)])
            return ExtractionOutcome(status: .unreadable, reason: reason)
        } catch {
            return ExtractionOutcome(status: .unreadable, reason: ReasonText(ExtractionReason.unreadablePDF.text, texts: ["error": LibraryMessage.text("\(error)")]))
        }
        var pages: [ExtractedPage] = []
        for index in 0..<document.pageCount {
            let page = document.withPage(index) { PDFTextExtractor.readPage($0, number: index + 1) }
            pages.append(page ?? ExtractedPage(number: index + 1, width: 0, height: 0, words: [],
                                               problem: "page \(index + 1) could not be opened"))
        }
        return PDFTextExtractor.outcome(path: input.path, pages: pages)
    }

    /// Sorts pages into read and unread, and says which pages still need OCR.
    static func outcome(path: String, pages: [ExtractedPage]) -> ExtractionOutcome {
        if pages.isEmpty {
            return ExtractionOutcome(status: .unreadable, reason: ExtractionReason.pdfWithoutPages(), pageCount: 0)
        }
        let withText = pages.filter { !$0.words.isEmpty }
        let withoutText = pages.filter { $0.words.isEmpty }
        if withText.isEmpty {
            return ExtractionOutcome(
                status: .skipped,
                reason: ExtractionReason.noTextLayer(),
                pageCount: pages.count,
                document: ExtractedDocument(path: path, textSource: .none, pages: pages))
        }
        var reason: ReasonText?
        if !withoutText.isEmpty {
            let numbers = withoutText.map { String($0.number) }
            let pages = ReasonText(en: ReportLanguage.en.enumeration(numbers), zh: ReportLanguage.zh.enumeration(numbers))
            reason = ReasonText((withoutText.count == 1 ? ExtractionReason.pageWithoutTextLayer : .pagesWithoutTextLayer).text, texts: ["pages": pages])
        }
        return ExtractionOutcome(status: .ok, reason: reason, pageCount: pages.count,
                                 document: ExtractedDocument(path: path, textSource: .pdfText, pages: pages))
    }

    /// Reads one page's words: poppler gives one rectangle per character of the page text.
    static func readPage(_ page: OpaquePointer, number: Int) -> ExtractedPage {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let cText = poppler_page_get_text(page) else {
            return ExtractedPage(number: number, width: width, height: height, words: [])
        }
        defer { g_free(cText) }
        let text = String(cString: cText)
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else {
            return ExtractedPage(number: number, width: width, height: height, words: [])
        }
        defer { g_free(rectangles) }
        let boxes = UnsafeBufferPointer(start: rectangles, count: Int(count)).map {
            BoundingBox(x0: $0.x1, y0: $0.y1, x1: $0.x2, y1: $0.y2)
        }
        return ExtractedPage(number: number, width: width, height: height,
                             words: WordAssembler.words(from: text, boxes: boxes))
    }
}

/// Groups characters with one box each into words, splitting on white space.
enum WordAssembler {
    static func words(from text: String, boxes: [BoundingBox]) -> [Word] {
        var words: [Word] = []
        var current = ""
        var currentBox: BoundingBox?
        func flush() {
            if let box = currentBox, !current.isEmpty {
                words.append(Word(text: current, box: box))
            }
            current = ""
            currentBox = nil
        }
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.isWhitespace || index >= boxes.count {
                flush()
                continue
            }
            let box = boxes[index]
            // Poppler's text may run two table cells together with no separator: a jump back to the
            // left, to another line, or across a gap wider than a space means a new word.
            if let previous = currentBox,
               box.x0 < previous.x0 - 1 || abs(box.midY - previous.midY) > previous.height
                || box.x0 - previous.x1 > 0.4 * max(previous.height, box.height) {
                flush()
            }
            current.unicodeScalars.append(scalar)
            currentBox = currentBox.map { $0.union(box) } ?? box
        }
        flush()
        return words
    }
}
