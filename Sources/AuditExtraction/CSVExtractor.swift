import AuditCore
import Foundation

/// Reads CSV (and tab-separated) files into a grid of cells, each cell knowing its line.
public struct CSVExtractor: DocumentExtractor {
    public init() {}

    /// True for delimited text whatever the name (`.txt`, `.dat`, none), or a `.csv` or `.tsv`
    /// whose bytes are not text.
    public func accepts(_ input: ExtractionInput) -> Bool {
        switch DocumentFormat(of: input) {
        case .delimitedText: return true
        case .byName: return ["csv", "tsv"].contains(input.fileExtension)
        default: return false
        }
    }

    public func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        guard let (text, _) = TextDecoder.decode(input.bytes) else {
            return ExtractionOutcome(status: .unreadable,
                                     reason: ExtractionReason.csvNotText())
        }
        // The delimiter most lines agree on; the first line alone when none does (a header-only file).
        let delimiter = TextSniffer.delimiter(of: String(text.prefix(TextSniffer.headLength))) ?? CSVParser.guessDelimiter(text)
        let source = GridSource(path: input.path)
        var rows: [[Cell]] = []
        CSVParser.parse(text, delimiter: delimiter) { line, fields in
            rows.append(fields.enumerated().map { Cell(text: $1, source: source, row: line, column: $0) })
        }
        if rows.allSatisfy({ $0.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty } }) {
            return ExtractionOutcome(status: .unreadable, reason: ExtractionReason.csvEmpty())
        }
        return ExtractionOutcome(status: .ok, pageCount: nil,
                                 document: ExtractedDocument(path: input.path, textSource: .spreadsheet,
                                                             sheets: [SheetTable(rows: rows)]))
    }
}

/// An RFC 4180 parser that also accepts the variations real exports have (CRLF or LF, stray
/// quotes inside unquoted fields, a missing final newline).
enum CSVParser {
    struct Record {
        var line: Int
        var fields: [String]
    }

    static func guessDelimiter(_ text: String) -> Character {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let candidates: [Character] = [",", "\t", ";"]
        return candidates.max { a, b in firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count } ?? ","
    }

    static func parse(_ text: String, delimiter: Character) -> [Record] {
        var records: [Record] = []
        parse(text, delimiter: delimiter) { records.append(Record(line: $0, fields: $1)) }
        return records
    }

    /// Hands each record to `visit` as it is parsed: its first line and its fields, trimmed.
    static func parse(_ text: String, delimiter: Character, visit: (Int, [String]) -> Void) {
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        func endRecord() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) {
                visit(recordLine, fields.map(trimmed))
            }
            fields = []
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { inQuotes = false; pending = following }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
            case delimiter:
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
    }

    /// `field` without the spaces around it (`CharacterSet.whitespaces`); most fields have none
    /// and are returned as they are, without a copy.
    static func trimmed(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, let last = field.unicodeScalars.last,
              spaces.contains(first) || spaces.contains(last) else { return field }
        return field.trimmingCharacters(in: spaces)
    }

    private static let spaces = CharacterSet.whitespaces
}
