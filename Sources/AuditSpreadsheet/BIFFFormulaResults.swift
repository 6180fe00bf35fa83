/// The results a legacy .xls saved with its formulas, by sheet name: FreeXL reads a formula cell
/// as empty, though Excel, WPS and LibreOffice all store the value last calculated beside the
/// formula, and a payroll's gross and net pay are often nothing but formulas (`=C2+D2`).
///
/// Walks the BIFF8 records of the `Workbook` stream ([MS-XLS]): `BoundSheet8` names each sheet
/// and where its records start; each `Formula` record holds its cell's result, a number in place
/// or a flag for a string (in the `String` record that follows), a boolean, an error or an empty
/// string. Numbers are written as XLSX numbers are, and a number whose cell format (`XF`, then
/// `Format` or a built-in format) shows a date or a time as the date or time it shows. A workbook
/// that is not BIFF8, or whose records are cut short, gives what was read up to the damage.
struct BIFFFormulaResults {
    /// Each sheet's formula results: 0-based row and column to the text.
    private(set) var sheets: [String: [Int: [Int: String]]] = [:]

    private enum Record: UInt16 {
        case bof = 0x0809, eof = 0x000A, boundSheet = 0x0085, formula = 0x0006, string = 0x0207, filePass = 0x002F
        case format = 0x041E, xf = 0x00E0, date1904 = 0x0022
    }

    /// The workbook's cell formats: each `XF` record's number format, and the date system.
    private struct Formats {
        var custom: [Int: NumberFormat] = [:]
        var cellFormats: [Int] = []
        var system = DateSystem.from1900

        /// The format of a cell whose `XF` index is `index`.
        func format(ofXF index: Int) -> NumberFormat {
            guard cellFormats.indices.contains(index) else { return .number }
            let id = cellFormats[index]
            return custom[id] ?? NumberFormat.builtIn(id) ?? .number
        }
    }

    /// The results in the .xls `file`; none when it is not a compound file with a BIFF8 workbook.
    init(file: [UInt8]) {
        guard let stream = CompoundFileStream(named: "Workbook", in: file)?.bytes else { return }
        var sheetStarts: [(offset: Int, name: String)] = []
        var formats = Formats()
        var offset = 0
        // The workbook globals, up to their EOF: the sheets' names and offsets.
        while case let (type, body, next)? = Self.record(in: stream, at: offset) {
            offset = next
            if type == Record.filePass.rawValue { return }  // encrypted: FreeXL refuses it anyway
            if type == Record.boundSheet.rawValue, body.count >= 8, body[body.startIndex + 5] == 0 {  // a worksheet
                if let name = Self.shortString(body, at: 6) {
                    sheetStarts.append((Int(CompoundFileStream.uint32(body, 0)), name))
                }
            }
            if type == Record.format.rawValue, body.count >= 5, let code = Self.unicodeString(body.dropFirst(2)) {
                formats.custom[Int(CompoundFileStream.uint16(body, 0))] = NumberFormat(code: code)
            }
            if type == Record.xf.rawValue, body.count >= 4 { formats.cellFormats.append(Int(CompoundFileStream.uint16(body, 2))) }
            if type == Record.date1904.rawValue, body.count >= 2, CompoundFileStream.uint16(body, 0) == 1 { formats.system = .from1904 }
            if type == Record.eof.rawValue { break }
        }
        for (start, name) in sheetStarts {
            sheets[name] = Self.results(in: stream, from: start, formats: formats)
        }
    }

    /// The formula results of the sheet whose records start at `start`, up to its EOF.
    private static func results(in stream: [UInt8], from start: Int, formats: Formats) -> [Int: [Int: String]] {
        var cells: [Int: [Int: String]] = [:]
        var pendingString: (row: Int, column: Int)?
        var offset = start
        var first = true
        while case let (type, body, next)? = record(in: stream, at: offset) {
            offset = next
            if first {
                guard type == Record.bof.rawValue else { return [:] }
                first = false
                continue
            }
            switch type {
            case Record.formula.rawValue where body.count >= 14:
                let row = Int(CompoundFileStream.uint16(body, 0)), column = Int(CompoundFileStream.uint16(body, 2))
                pendingString = nil
                let value = body[(body.startIndex + 6)..<(body.startIndex + 14)]
                if value[value.startIndex + 6] == 0xFF && value[value.startIndex + 7] == 0xFF {
                    switch value[value.startIndex] {
                    case 0: pendingString = (row, column)  // the text is in the next String record
                    case 1: cells[row, default: [:]][column] = value[value.startIndex + 2] == 0 ? "FALSE" : "TRUE"
                    default: break  // an error (#DIV/0!) or an empty string: no value
                    }
                } else {
                    let bits = (0..<8).reduce(UInt64(0)) { $0 | UInt64(value[value.startIndex + $1]) << (8 * $1) }
                    let number = Double(bitPattern: bits)
                    let format = formats.format(ofXF: Int(CompoundFileStream.uint16(body, 4)))
                    if let text = (format == .number ? nil : SerialDate.text(number, format: format, system: formats.system))
                        ?? (number.isFinite ? DecimalText.format(number) : nil) {
                        cells[row, default: [:]][column] = text
                    }
                }
            case Record.string.rawValue:
                if let cell = pendingString, let text = unicodeString(body) {
                    let trimmed = text.trimmingSpaces
                    if !trimmed.isEmpty { cells[cell.row, default: [:]][cell.column] = trimmed }
                }
                pendingString = nil
            case Record.eof.rawValue:
                return cells
            default:
                continue
            }
        }
        return cells
    }

    /// The record at `offset`: its type, its body and the offset of the next; nil at the end or
    /// when the record runs past the stream.
    private static func record(in stream: [UInt8], at offset: Int) -> (UInt16, ArraySlice<UInt8>, Int)? {
        guard offset >= 0, offset + 4 <= stream.count else { return nil }
        let type = CompoundFileStream.uint16(stream, offset)
        let length = Int(CompoundFileStream.uint16(stream, offset + 2))
        guard offset + 4 + length <= stream.count else { return nil }
        return (type, stream[(offset + 4)..<(offset + 4 + length)], offset + 4 + length)
    }

    /// A `ShortXLUnicodeString` at `offset` of `body`: a one-byte length, a flag, the characters.
    private static func shortString(_ body: ArraySlice<UInt8>, at offset: Int) -> String? {
        guard body.count >= offset + 2 else { return nil }
        let count = Int(body[body.startIndex + offset])
        return characters(body, from: offset + 2, count: count, wide: body[body.startIndex + offset + 1] & 1 == 1)
    }

    /// An `XLUnicodeString`: a two-byte length, a flag, the characters (those continued in a
    /// `Continue` record are left out).
    private static func unicodeString(_ body: ArraySlice<UInt8>) -> String? {
        guard body.count >= 3 else { return nil }
        let count = Int(CompoundFileStream.uint16(body, 0))
        let wide = body[body.startIndex + 2] & 1 == 1
        let available = (body.count - 3) / (wide ? 2 : 1)
        return characters(body, from: 3, count: min(count, available), wide: wide)
    }

    /// `count` characters from `offset`: UTF-16LE when `wide`, else one byte each (Latin-1).
    private static func characters(_ body: ArraySlice<UInt8>, from offset: Int, count: Int, wide: Bool) -> String? {
        let size = count * (wide ? 2 : 1)
        guard body.count >= offset + size else { return nil }
        if wide {
            return String(decoding: (0..<count).map { CompoundFileStream.uint16(body, offset + 2 * $0) }, as: UTF16.self)
        }
        return String(decoding: (0..<count).map { UInt16(body[body.startIndex + offset + $0]) }, as: UTF16.self)
    }
}
