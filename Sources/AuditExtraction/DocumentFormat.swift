import AuditCore
import Foundation

/// The format a document is read as: its bytes decide, its name only breaks ties.
///
/// An XLSX saved as `.xls` is a workbook, a PDF saved as `.dat` a PDF, a tab-separated export
/// saved as `.txt` a table. Where the bytes say nothing certain (an unknown binary, a zip of
/// other files, text under the name of a binary format), `.byName` leaves the choice to the
/// extension, as each extractor's fallback, so the reader named by the file says what is wrong.
public enum DocumentFormat: Sendable, Equatable {
    case pdf
    case xlsx
    case xls
    case image
    /// Text whose lines split into the same number of fields (comma, tab or semicolon).
    case delimitedText
    /// Any other text.
    case plainText
    /// The bytes are not conclusive: the extension decides.
    case byName

    /// The format of `input`, from its bytes first.
    public init(of input: ExtractionInput) {
        let ext = input.fileExtension
        switch ContentSignature(of: input.bytes) {
        case .pdf: self = .pdf
        case .ooxmlWorkbook: self = .xlsx
        case .compoundFile: self = Self.otherCompoundFiles.contains(ext) ? .byName : .xls
        case .image: self = .image
        case .officePackage, .zipArchive, .archive: self = .byName
        case .other:
            guard !Self.namedFormats.contains(ext), let head = TextSniffer.headText(input.bytes) else {
                self = .byName
                return
            }
            self = ["csv", "tsv"].contains(ext) || TextSniffer.delimiter(of: head) != nil ? .delimitedText : .plainText
        }
    }

    /// OLE2 files that are not workbooks: Word, WPS Writer, PowerPoint, Outlook.
    static let otherCompoundFiles: Set<String> = ["doc", "dot", "wps", "ppt", "pps", "pot", "msg", "vsd", "pub"]

    /// Extensions of formats that text under their name is not read as: the reader the name
    /// points to says what the file really is (an `.xls` that is a web page, a `.pdf` that is not).
    static let namedFormats: Set<String> = [
        "pdf", "xls", "xlt", "xlsx", "xlsm", "xltx", "xltm", "xlsb", "et", "ods", "numbers",
        "doc", "docx", "wps", "odt", "rtf", "ppt", "pptx", "html", "htm", "xml",
        "png", "jpg", "jpeg", "tif", "tiff", "bmp", "webp", "gif", "heic",
    ]
}

/// Tells text from binary bytes and delimited text from prose, by the first few kilobytes.
enum TextSniffer {
    /// How many leading bytes are judged.
    static let headLength = 8192

    /// How far NUL bytes are skipped looking for the head: time-clock logs hold NUL-filled blocks.
    static let nulSkipLength = 1 << 20

    /// The decoded head of `bytes` when they are text (UTF-8, UTF-16 with a mark, GB18030, almost
    /// no control characters), NUL bytes left out; nil for binary bytes or a file of nothing else.
    static func headText(_ bytes: Data) -> String? {
        var head: Data
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            head = bytes.prefix(headLength & ~1)
        } else {
            head = Data(bytes.prefix(nulSkipLength).lazy.filter { $0 != 0 }.prefix(headLength))
        }
        guard !head.isEmpty else { return nil }
        // A multi-byte character may be cut at the end of the head.
        let cuts = head.count >= headLength - 1 ? 0...3 : 0...0
        guard let text = cuts.lazy.compactMap({ TextDecoder.decode(head.dropLast($0))?.text }).first else { return nil }
        let controls = text.unicodeScalars.filter { ($0.value < 0x20 && !["\t", "\n", "\r", "\u{0C}", "\u{0}"].contains($0)) || $0.value == 0x7F }
        return controls.count * 100 <= text.unicodeScalars.count ? text : nil
    }

    /// The field delimiter when most of the first lines hold the same number of it (outside
    /// quotes), at least one; nil for prose and fixed-width text.
    static func delimiter(of text: String) -> Character? {
        let lines = text.split(whereSeparator: \.isNewline).prefix(31).dropLast(text.utf8.count >= headLength ? 1 : 0)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        guard !lines.isEmpty else { return nil }
        for delimiter: Character in ["\t", ",", ";"] {
            let counts = lines.map { line in
                var inQuotes = false
                return line.reduce(0) { count, c in
                    if c == "\"" { inQuotes.toggle() }
                    return count + (c == delimiter && !inQuotes ? 1 : 0)
                }
            }
            let tally = Dictionary(counts.map { ($0, 1) }, uniquingKeysWith: +)
            guard let (fields, lineCount) = tally.filter({ $0.key > 0 }).max(by: { ($0.value, $0.key) < ($1.value, $1.key) })
            else { continue }
            let enoughLines = lines.count >= 2 || fields >= 2
            if enoughLines, lineCount * 5 >= lines.count * 4 { return delimiter }
        }
        return nil
    }
}
