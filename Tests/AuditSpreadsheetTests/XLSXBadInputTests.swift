import AuditCore
import AuditExtraction
import AuditTestSupport
@testable import AuditSpreadsheet
import Foundation
import Testing

@Suite("Damaged, protected and hostile XLSX files get a status and a reason, never a crash")
struct XLSXBadInputTests {
    static let book = XLSXFixture(rows: """
        <row r="1"><c r="A1" t="inlineStr"><is><t>Employee ID</t></is></c><c r="B1"><v>8</v></c></row>
        """)

    @Test("A truncated XLSX is unreadable, with a reason to save it again from Excel")
    func truncated() {
        let bytes = Self.book.data
        let outcome = extractXLSX(bytes.prefix(bytes.count / 2))
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("the workbook is damaged") == true)
        #expect(outcome.reason?.contains("save it again from Excel") == true)
    }

    @Test("Zip magic followed by garbage is unreadable")
    func garbage() {
        var bytes = Data([0x50, 0x4B, 0x03, 0x04])
        bytes.append(contentsOf: (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        let outcome = extractXLSX(bytes)
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("damaged") == true)
    }

    @Test("Bytes that are not a zip at all, named .xlsx, are unreadable")
    func notAZip() {
        let outcome = extractXLSX(Data("Employee ID,Name\nE001,Li Na\n".utf8))
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("not a zip package") == true)
    }

    @Test("A password-protected workbook (an OLE2 container with EncryptionInfo) asks for a copy without a password",
          arguments: ["encrypted.xlsx fixture", "minimal container"])
    func encrypted(source: String) throws {
        let bytes = source == "minimal container" ? Self.encryptedContainer
            : try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/encrypted.xlsx"))
        let outcome = extractXLSX(bytes)
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason == "password-protected workbook: save a copy without a password")
    }

    @Test("An empty file named .xlsx is unreadable and says it is empty")
    func emptyFile() {
        let outcome = extractXLSX(Data())
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("the file is empty") == true)
    }

    @Test("An XML entity bomb is refused before the parser expands it")
    func entityBomb() {
        var parts = Self.book.parts
        let bomb = """
            <?xml version="1.0"?>
            <!-- a comment first does not hide it -->
            <!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>&d;&d;&d;</t></is></c></row></sheetData></worksheet>
            """
        parts[parts.count - 1].1 = Data(bomb.utf8)
        let outcome = extractXLSX(XLSXFixture.zip(parts))
        #expect(outcome.status == .rejected)
        #expect(outcome.reason?.contains("document type declaration") == true)
    }

    @Test("A part that inflates past the per-part limit is refused while inflating")
    func oversizedPart() {
        let bytes = XLSXFixture.zip(Array(Self.book.parts.dropLast()), extra: [.zeros("xl/worksheets/sheet1.xml", count: 3 << 20)])
        let outcome = extractXLSX(bytes, limits: WorkbookLimits(maxPartBytes: 1 << 20))
        #expect(outcome.status == .rejected)
        #expect(outcome.reason?.contains("inflates to more than 1 MiB") == true)
    }

    @Test("A part with a zip-bomb compression ratio is refused under the default limits")
    func compressionRatio() {
        let bytes = XLSXFixture.zip(Array(Self.book.parts.dropLast()), extra: [.zeros("xl/worksheets/sheet1.xml", count: 12 << 20)])
        let outcome = extractXLSX(bytes)
        #expect(outcome.status == .rejected)
        #expect(outcome.reason?.contains("compression ratio over 500:1") == true)
    }

    @Test("A workbook with more cells than the limit is refused with the limit in the reason")
    func cellLimit() {
        let rows = (1...10).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" }.joined()
        let outcome = extractXLSX(XLSXFixture(rows: rows).data, limits: WorkbookLimits(maxCells: 5))
        #expect(outcome.status == .rejected)
        #expect(outcome.reason?.contains("more than 5 cells") == true)
    }

    @Test("Empty cells that pad a far column count toward the cell limit")
    func paddingCounts() {
        let outcome = extractXLSX(XLSXFixture(rows: "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>").data,
                                  limits: WorkbookLimits(maxCells: 1000))
        #expect(outcome.status == .rejected)
    }

    @Test("Hundreds of sheet-sized merged ranges are filled only up to the allowance, quickly")
    func craftedMerges() {
        let book = XLSXFixture(rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
                               merges: Array(repeating: "A1:XFD1048576", count: 300))
        let start = ContinuousClock.now
        let outcome = extractXLSX(book.data)
        #expect(outcome.status == .ok)
        #expect(outcome.cells.reduce(0) { $0 + $1.count } <= 1 + WorkbookLimits().maxMergedCellsFilled)
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test("A workbook without any value is unreadable with “no cells”")
    func empty() {
        let outcome = extractXLSX(XLSXFixture(rows: "<row r=\"1\"><c r=\"A1\" s=\"0\"/></row>").data)
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("no cells") == true)
    }

    @Test("A zip without a workbook part is damaged")
    func noWorkbookPart() {
        let outcome = extractXLSX(XLSXFixture.zip([("[Content_Types].xml", Data("<Types/>".utf8))]))
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("no workbook part") == true)
    }

    @Test("A worksheet that is not well-formed XML is damaged")
    func malformedXML() {
        var parts = Self.book.parts
        parts[parts.count - 1].1 = Data("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>".utf8)
        let outcome = extractXLSX(XLSXFixture.zip(parts))
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("not well-formed XML") == true)
    }

    @Test("A cell pointing past the shared strings is damaged rather than read as empty")
    func missingSharedString() {
        let book = XLSXFixture(rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>", sharedStrings: ["only one"])
        let outcome = extractXLSX(book.data)
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("shared string 7") == true)
    }

    /// The start of an OLE2 compound file whose directory names the streams of an encrypted
    /// OOXML package (names in UTF-16LE, as compound-file directories store them).
    static var encryptedContainer: Data {
        var bytes = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        bytes.append(Data(repeating: 0, count: 504))
        for name in ["EncryptionInfo", "EncryptedPackage"] {
            var entry = Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            entry.append(Data(repeating: 0, count: 128 - entry.count))
            bytes.append(entry)
        }
        return bytes
    }
}
