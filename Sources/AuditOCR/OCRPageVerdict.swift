import AuditCore

/// What a page's OCR result amounts to: text, a blank page, a page with no text, or a failure.
enum OCRPageVerdict: Sendable, Hashable {
    case text
    case blank
    case noText
    case failed(String)

    /// Pages with less ink than this share of their pixels, and no legible word, are blank; more
    /// ink and no legible word is a photograph, a stamp or a drawing.
    static let blankInkCoverage = 0.003
    /// A word counts as legible text from this confidence up.
    static let legibleConfidence = 0.5

    init(_ result: PageOCRResult) {
        if let failure = result.failure {
            self = .failed(failure)
        } else if result.words.contains(where: Self.isLegible) {
            self = .text
        } else {
            self = result.inkCoverage < Self.blankInkCoverage ? .blank : .noText
        }
    }

    /// Read with fair confidence and made of at least two letters or digits, or one Chinese
    /// character: what noise and the texture of a photograph do not produce.
    static func isLegible(_ word: RecognizedWord) -> Bool {
        guard word.confidence >= legibleConfidence else { return false }
        let scalars = word.text.unicodeScalars
        if scalars.contains(where: { CJKWordJoiner.isChinese($0) && $0.properties.isAlphabetic }) { return true }
        return scalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.count >= 2
    }

    /// The page's problem in both languages, the English as `ExtractedPage.problem` holds it;
    /// nil for a page with text.
    var problem: ReasonText? {
        switch self {
        case .text: return nil
        case .blank: return OCRReason.pageBlank()
        case .noText: return OCRReason.pageNoText()
        case let .failed(reason): return ReasonText(OCRReason.pageFailed.text, texts: ["reason": LibraryMessage.text(reason)])
        }
    }

    /// The page as extracted: words in points (none unless it has text) and its problem.
    ///
    /// `size` is the page size in points when known (a PDF page, as the text extractor measured it,
    /// turned with the page); otherwise it is taken from the image.
    static func page(number: Int, result: PageOCRResult, size: (width: Double, height: Double)? = nil) -> ExtractedPage {
        let verdict = OCRPageVerdict(result)
        var width = size?.width ?? result.sizeInPoints.width
        var height = size?.height ?? result.sizeInPoints.height
        if size != nil, result.rotation % 180 == 90 { swap(&width, &height) }
        let words = verdict == .text ? result.wordsInPoints : []
        return ExtractedPage(number: number, width: width, height: height, words: words, problem: verdict.problem?.en)
    }
}
