import AuditCore
import AuditExtraction
@testable import AuditSpreadsheet
import Foundation
import Synchronization
import Testing

@Suite("XLSX workbooks read natively")
struct XLSXExtractorTests {
    @Test("Shared strings, rich-text runs and inline strings read as the cell text, without phonetic guides")
    func strings() {
        let book = XLSXFixture(
            rows: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
                <c r="C1" t="inlineStr"><is><t>Inline Name</t></is></c></row>
                """,
            sharedStrings: ["Employee ID", "<r><rPr><b/></rPr><t>Net</t></r><r><t xml:space=\"preserve\"> Pay</t></r><rPh sb=\"0\" eb=\"1\"><t>ネット</t></rPh>"])
        let outcome = extractXLSX(book.data)
        #expect(outcome.status == .ok)
        #expect(outcome.texts == [["Employee ID", "Net Pay", "Inline Name"]])
        #expect(outcome.document?.textSource == .spreadsheet)
    }

    @Test("A date stored as a serial number reads as an ISO date with a built-in and with a custom format")
    func dates() {
        let book = XLSXFixture(
            rows: """
                <row r="1"><c r="A1" s="1"><v>46082</v></c><c r="B1" s="2"><v>46082</v></c>\
                <c r="C1" s="3"><v>46082</v></c><c r="D1" s="4"><v>46082</v></c><c r="E1"><v>46082</v></c></row>
                """,
            numberFormats: [164: "yyyy\"年\"m\"月\"d\"日\"", 165: "[$-804]dd/mm/yyyy;@"],
            cellStyles: [0, 14, 164, 31, 165])
        #expect(extractXLSX(book.data).texts == [["2026-03-01", "2026-03-01", "2026-03-01", "2026-03-01", "46082"]])
    }

    @Test("A time fraction reads as HH:MM, with seconds only when the format shows them, and a date-time as both")
    func times() {
        let book = XLSXFixture(
            rows: """
                <row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>0.33333333333333331</v></c>\
                <c r="C1" s="3"><v>46082.75</v></c><c r="D1" s="4"><v>0.72916666666666663</v></c>\
                <c r="E1" s="5"><v>1.5</v></c><c r="F1" s="6"><v>0.5</v></c></row>
                """,
            numberFormats: [164: "h:mm AM/PM", 165: "[h]:mm"],
            cellStyles: [0, 20, 21, 22, 164, 165, 32])
        #expect(extractXLSX(book.data).texts == [["12:00", "08:00:00", "2026-03-01 18:00", "17:30", "36:00", "12:00"]])
    }

    @Test("The 1904 date system counts serials from 1904-01-01")
    func dateSystem1904() {
        var book = XLSXFixture(rows: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44620</v></c></row>", cellStyles: [0, 14])
        book.date1904 = true
        #expect(extractXLSX(book.data).texts == [["2026-03-01"]])
    }

    @Test("A number keeps its decimals, without float noise or thousands separators")
    func numbers() {
        let book = XLSXFixture(
            rows: """
                <row r="1"><c r="A1"><v>2520.5</v></c><c r="B1" s="1"><v>0.125</v></c><c r="C1"><v>2520.4999999999995</v></c>\
                <c r="D1" s="2"><v>1234567</v></c><c r="E1"><v>8.0</v></c><c r="F1"><v>1.5E-3</v></c><c r="G1"><v>-0.1</v></c></row>
                """,
            cellStyles: [0, 10, 3])
        #expect(extractXLSX(book.data).texts == [["2520.5", "0.125", "2520.5", "1234567", "8", "0.0015", "-0.1"]])
    }

    @Test("A merged header repeats its value on every column it spans")
    func mergedHeader() throws {
        let book = XLSXFixture(
            rows: """
                <row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Overtime</t></is></c></row>
                <row r="2"><c r="B2" t="inlineStr"><is><t>Weekday</t></is></c><c r="C2" t="inlineStr"><is><t>Rest day</t></is></c></row>
                <row r="3"><c r="A3" t="inlineStr"><is><t>Li Na</t></is></c><c r="B3"><v>2</v></c><c r="C3"><v>8</v></c></row>
                """,
            merges: ["B1:C1", "A1:A2"])
        let outcome = extractXLSX(book.data)
        #expect(outcome.texts == [["Name", "Overtime", "Overtime"], ["Name", "Weekday", "Rest day"], ["Li Na", "2", "8"]])
        let filled = try #require(outcome.cells.first?[2])
        #expect(filled.evidence.cell == "C1")
        #expect(filled.evidence.row == 1)
    }

    @Test("Merge fills stop at the workbook's allowance")
    func mergeAllowance() {
        let book = XLSXFixture(rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Wide</t></is></c></row>", merges: ["A1:Z1"])
        let outcome = extractXLSX(book.data, limits: WorkbookLimits(maxMergedCellsFilled: 3))
        #expect(outcome.texts == [["Wide", "Wide", "Wide", "Wide"]])
    }

    @Test("Sparse cells keep their column positions, gaps filled with empty cells that know their reference")
    func sparse() throws {
        let book = XLSXFixture(rows: """
            <row r="2"><c r="A2" t="inlineStr"><is><t>E001</t></is></c><c r="C2" s="0"/><c r="D2"><v>8</v></c></row>
            <row r="5"><c r="B5"><v>7</v></c></row>
            """)
        let outcome = extractXLSX(book.data)
        #expect(outcome.texts == [["E001", "", "", "8"], ["", "7"]])
        let gap = try #require(outcome.cells.first?[1])
        #expect(gap.evidence.cell == "B2")
        #expect(outcome.cells.last?.last?.evidence.row == 5)
    }

    @Test("Cells without references follow the previous cell and row")
    func implicitReferences() {
        let book = XLSXFixture(rows: "<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>")
        let outcome = extractXLSX(book.data)
        #expect(outcome.texts == [["1", "2"], ["3"]])
        #expect(outcome.cells.last?.first?.evidence.cell == "A2")
    }

    @Test("Sheets come back in workbook order with their names, whatever their part names")
    func sheetOrder() throws {
        let book = XLSXFixture(sheets: [
            .init(name: "Payroll", rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"),
            .init(name: "Attendance", rows: "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"),
        ])
        // The workbook lists sheet2.xml's sheet first.
        var parts = book.parts
        let workbook = try #require(parts.firstIndex { $0.0 == "xl/workbook.xml" })
        parts[workbook].1 = Data(String(decoding: parts[workbook].1, as: UTF8.self)
            .replacingOccurrences(of: "<sheet name=\"Payroll\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Attendance\" sheetId=\"2\" r:id=\"rId2\"/>",
                                  with: "<sheet name=\"Attendance\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"Payroll\" sheetId=\"1\" r:id=\"rId1\"/>").utf8)
        let outcome = extractXLSX(XLSXFixture.zip(parts))
        #expect(outcome.document?.sheets.map(\.name) == ["Attendance", "Payroll"])
        #expect(outcome.sheetTexts == [[["2"]], [["1"]]])
        #expect(outcome.document?.sheets.last?.rows.first?.first?.evidence.sheet == "Payroll")
    }

    @Test("A Chinese header reads as written, and its cells' evidence names the sheet, row and cell")
    func chineseHeader() throws {
        let book = XLSXFixture(
            sheets: [.init(name: "工资表", rows: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>E001</t></is></c><c r="B2" t="s"><v>2</v></c></row>
                """)],
            sharedStrings: ["工号", "姓名", "李娜"])
        let outcome = extractXLSX(book.data, path: "factory/工资.xlsx")
        #expect(outcome.texts == [["工号", "姓名"], ["E001", "李娜"]])
        let cell = try #require(outcome.cells.last?.last)
        #expect(cell.evidence == Evidence(path: "factory/工资.xlsx", text: "李娜", row: 2, sheet: "工资表", cell: "B2"))
    }

    @Test("A formula cell reads its cached value, numeric or text")
    func formulas() {
        let book = XLSXFixture(rows: """
            <row r="1"><c r="A1"><v>8.5</v></c><c r="B1"><v>20</v></c><c r="C1"><f>A1*B1</f><v>170</v></c>\
            <c r="D1" t="str"><f>"E"&amp;B1</f><v>E20</v></c><c r="E1"><f>A1+1</f></c></row>
            """)
        #expect(extractXLSX(book.data).texts == [["8.5", "20", "170", "E20"]])
    }

    @Test("Booleans read TRUE or FALSE and error cells such as #N/A read empty")
    func booleansAndErrors() {
        let book = XLSXFixture(rows: """
            <row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c>\
            <c r="D1" t="inlineStr"><is><t>after</t></is></c></row>
            """)
        #expect(extractXLSX(book.data).texts == [["TRUE", "FALSE", "", "after"]])
    }

    @Test("Elements with a namespace prefix read like unprefixed ones")
    func prefixedElements() {
        var parts = XLSXFixture(rows: "").parts
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>\
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Prefixed</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>
            """
        parts[parts.count - 1].1 = Data(sheet.utf8)
        #expect(extractXLSX(XLSXFixture.zip(parts)).texts == [["Prefixed"]])
    }

    @Test("Escaped characters and surrounding spaces are cleaned from text")
    func textCleaning() {
        let book = XLSXFixture(rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  Line_x000D_\nTwo  </t></is></c></row>")
        #expect(extractXLSX(book.data).texts == [["Line\r\nTwo"]])
    }

    @Test("A workbook written by another program (openpyxl) reads with its merged two-row header, dates and clock times")
    func thirdPartyWorkbook() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/attendance.xlsx"))
        let outcome = extractXLSX(bytes)
        #expect(outcome.status == .ok)
        #expect(outcome.document?.sheets.map(\.name) == ["考勤 March", "Notes"])
        let title = "3月考勤表 Attendance March 2026"
        #expect(outcome.texts == [
            Array(repeating: title, count: 6),
            ["工号", "姓名", "日期", "打卡时间 Clock", "打卡时间 Clock", "工时 Hours"],
            ["工号", "姓名", "日期", "上班 In", "下班 Out"],
            ["E001", "李娜", "2026-03-02", "08:00", "20:30"],  // F4's formula has no cached value
            ["E002", "王伟", "2026-03-02", "07:55", "17:05"],
            ["合计 Total", "", "", "", "", "21.67"],
        ])
        #expect(outcome.sheetTexts.last == [["", "Generated for tests"]])
        #expect(outcome.cells.last?.last?.evidence.cell == "F7")
        #expect(outcome.cells.last?.last?.evidence.row == 7)
    }

    @Test("Workbooks read on several threads at once all come back whole")
    func concurrentReads() {
        let book = XLSXFixture(rows: (1...200).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"inlineStr\"><is><t>E\($0)</t></is></c><c r=\"B\($0)\"><v>\($0).5</v></c></row>" }.joined()).data
        let counts = Mutex([Int]())
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let rows = extractXLSX(book).cells.count
            counts.withLock { $0.append(rows) }
        }
        #expect(counts.withLock { $0 } == Array(repeating: 200, count: 8))
    }

    @Test("The extractor accepts XLSX names, and zip bytes with a workbook part whatever the name")
    func accepts() {
        let extractor = XLSXExtractor()
        let book = XLSXFixture(rows: "").data
        #expect(extractor.accepts(ExtractionInput(path: "a/B.XLSX", bytes: Data())))
        #expect(extractor.accepts(ExtractionInput(path: "a/book.xlsm", bytes: Data())))
        #expect(extractor.accepts(ExtractionInput(path: "a/export", bytes: book)))
        #expect(!extractor.accepts(ExtractionInput(path: "a/photos.zip", bytes: XLSXFixture.zip([("x.txt", Data("x".utf8))]))))
        #expect(!extractor.accepts(ExtractionInput(path: "a/payroll.csv", bytes: Data("a,b".utf8))))
    }
}
