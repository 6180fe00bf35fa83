import AuditCore
import Foundation

/// Reads plain-text files as one page, placing each word on a monospaced grid so that the same
/// line and column reconstruction as for PDFs applies (fixed-width reports read as tables).
public struct PlainTextExtractor: DocumentExtractor {
    /// Grid cell size in points: a 10-pt monospaced font.
    static let characterWidth = 6.0
    static let lineHeight = 12.0

    public init() {}

    /// True for text that is not delimited, whatever the name, or a `.txt` whose bytes are not text.
    public func accepts(_ input: ExtractionInput) -> Bool {
        switch DocumentFormat(of: input) {
        case .plainText: return true
        case .byName: return ["txt", "text"].contains(input.fileExtension)
        default: return false
        }
    }

    public func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        guard let (text, _) = TextDecoder.decode(input.bytes) else {
            return ExtractionOutcome(status: .unreadable, reason: ExtractionReason.textNotDecodable())
        }
        var words: [Word] = []
        var widest = 0
        for (lineIndex, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var column = 0
            var current = ""
            var start = 0
            func flush() {
                guard !current.isEmpty else { return }
                let y0 = Double(lineIndex) * Self.lineHeight
                words.append(Word(text: current, box: BoundingBox(
                    x0: Double(start) * Self.characterWidth, y0: y0,
                    x1: Double(column) * Self.characterWidth, y1: y0 + Self.lineHeight * 0.8)))
                current = ""
            }
            for character in line {
                if character.isWhitespace { flush() } else {
                    if current.isEmpty { start = column }
                    current.append(character)
                }
                // East Asian characters take two columns in a fixed-width layout.
                column += character.unicodeScalars.first.map { $0.value >= 0x1100 ? 2 : 1 } ?? 1
            }
            flush()
            widest = max(widest, column)
        }
        if words.isEmpty { return ExtractionOutcome(status: .unreadable, reason: ExtractionReason.textEmpty()) }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        let page = ExtractedPage(number: 1, width: Double(widest) * Self.characterWidth,
                                 height: Double(lines) * Self.lineHeight, words: words)
        return ExtractionOutcome(status: .ok, pageCount: 1,
                                 document: ExtractedDocument(path: input.path, textSource: .pdfText, pages: [page]))
    }
}
