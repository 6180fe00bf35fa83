@testable import AuditSpreadsheet
import AuditCore
import Foundation
import Testing

@Suite("Number formats, serial dates, decimals and cell references")
struct ValueFormattingTests {
    @Test("Format codes with y, m, d, h or s outside quotes and brackets are dates or times",
          arguments: [
              ("yyyy-mm-dd", NumberFormat.date),
              ("yyyy\"年\"m\"月\"d\"日\"", .date),
              ("[$-804]yyyy/m/d;@", .date),
              ("mmm-yy", .date),
              ("h:mm", .time(seconds: false)),
              ("hh:mm:ss", .time(seconds: true)),
              ("h:mm AM/PM", .time(seconds: false)),
              ("[h]:mm", .duration(seconds: false)),
              ("yyyy/m/d h:mm", .dateTime(seconds: false)),
              ("#,##0.00", .number),
              ("0.00\"hrs\"", .number),
              ("[Red]#,##0;[Blue]-#,##0", .number),
              ("#,##0 \\d", .number),
              ("General", .number),
              ("0.00E+00", .number),
              ("_(* #,##0_);_(* (#,##0);_(* \"-\"??_);_(@_)", .number),
          ])
    func formatCodes(code: String, expected: NumberFormat) {
        #expect(NumberFormat(code: code) == expected)
    }

    @Test("Built-in format ids include the Chinese date and time ids")
    func builtInIDs() {
        #expect(NumberFormat.builtIn(14) == .date)
        #expect(NumberFormat.builtIn(31) == .date)
        #expect(NumberFormat.builtIn(57) == .date)
        #expect(NumberFormat.builtIn(32) == .time(seconds: false))
        #expect(NumberFormat.builtIn(22) == .dateTime(seconds: false))
        #expect(NumberFormat.builtIn(4) == .number)
        #expect(NumberFormat.builtIn(164) == nil)
    }

    @Test("Serials around Excel's fictitious 1900-02-29 and at the edges read as Excel shows them")
    func serialEdges() {
        #expect(SerialDate.text(1, format: .date, system: .from1900) == "1900-01-01")
        #expect(SerialDate.text(59, format: .date, system: .from1900) == "1900-02-28")
        #expect(SerialDate.text(60, format: .date, system: .from1900) == "1900-02-29")
        #expect(SerialDate.text(61, format: .date, system: .from1900) == "1900-03-01")
        #expect(SerialDate.text(46082.999999999, format: .date, system: .from1900) == "2026-03-02")
        #expect(SerialDate.text(0, format: .date, system: .from1904) == "1904-01-01")
        #expect(SerialDate.text(-1, format: .date, system: .from1900) == nil)
        #expect(SerialDate.text(0.25, format: .date, system: .from1900) == nil)
        #expect(SerialDate.text(0.25, format: .dateTime(seconds: false), system: .from1900) == "06:00")
    }

    @Test("Numbers read as plain decimals of at most 15 significant digits",
          arguments: [("2520.5", "2520.5"), ("2520.4999999999995", "2520.5"), ("0.1", "0.1"), ("3", "3"),
                      ("1E3", "1000"), ("-0", "0"), ("+7.50", "7.5"), (".5", "0.5"), ("0.30000000000000004", "0.3"),
                      ("123456789012345678", "123456789012346000"), ("1e-7", "0.0000001"), ("-9.99999999999999999E2", "-1000")])
    func decimals(stored: String, expected: String) {
        #expect(DecimalText.normalize(stored) == expected)
    }

    @Test("Cell references convert between letters and indexes")
    func references() {
        #expect(CellReference.parse("B7")! == (1, 7))
        #expect(CellReference.parse("$AA$10")! == (26, 10))
        #expect(CellReference.parse("XFD1048576")! == (16_383, 1_048_576))
        #expect(CellReference.parse("XFE1") == nil)
        #expect(CellReference.parse("7B") == nil)
        #expect(GridSource.cellName(column: 27, row: 3) == "AB3")
        #expect(GridSource.columnLetters(16_383) == "XFD")
    }

    @Test("Relationship targets resolve against the part that holds them")
    func packagePaths() {
        #expect(PackagePath.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PackagePath.resolve("/xl/Worksheets/Sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PackagePath.resolve("../sharedStrings.xml", from: "xl/sub/workbook.xml") == "xl/sharedstrings.xml")
        #expect(PackagePath.relationships(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(PackagePath.relationships(of: "") == "_rels/.rels")
    }

    @Test("OOXML _xHHHH_ escapes decode, and an escaped underscore stays literal")
    func escapes() {
        #expect(OOXMLText.decode("a_x000D_b") == "a\rb")
        #expect(OOXMLText.decode("_x005F_x000D_") == "_x000D_")
        #expect(OOXMLText.decode("not_xAB") == "not_xAB")
    }
}

@Suite("The XML event parser")
struct XMLEventParserTests {
    final class Counter: XMLEventHandler {
        var cells = 0
        var text = ""
        func start(_ name: String, attributes: [String: String]) throws(WorkbookProblem) { if name == "c" { cells += 1 } }
        func text(_ string: String) { text += string }
    }

    @Test("A part is read where it lies, a piece at a time, also when it is a slice of larger bytes")
    func sliceInPieces() throws {
        let cells = String(repeating: "<c><v>7</v></c>", count: 100_000)
        let whole = Data(("JUNK" + "<sheetData>\(cells)</sheetData>" + "TAIL").utf8)
        let part = whole[4..<(whole.count - 4)]
        let counter = Counter()
        try XMLEventParser.parse(part, partName: "xl/worksheets/sheet1.xml", into: counter)
        #expect(counter.cells == 100_000)
        #expect(counter.text.count == 100_000)
    }
}
