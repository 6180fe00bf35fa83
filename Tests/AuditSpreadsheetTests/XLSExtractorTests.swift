import AuditCore
import AuditExtraction
@testable import AuditSpreadsheet
import Foundation
import Testing

/// Serialized: one test checks that no temporary copy is left behind, which other tests reading
/// .xls files at the same moment would disturb.
@Suite("Legacy .xls workbooks read through FreeXL", .serialized)
struct XLSExtractorTests {
    /// `Fixtures/payroll.xls`, written by `Fixtures/make_payroll_xls.py` with xlwt (BIFF8).
    static func payroll() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/payroll.xls"))
    }

    private func extract(_ bytes: Data, path: String = "hr/payroll.xls") -> ExtractionOutcome {
        XLSExtractor().extract(ExtractionInput(path: path, bytes: bytes))
    }

    @Test("Text, numbers, dates, times and Chinese read like XLSX cells")
    func values() throws {
        let outcome = extract(try Self.payroll())
        #expect(outcome.status == .ok)
        #expect(outcome.document?.textSource == .spreadsheet)
        #expect(outcome.texts == [
            ["工号", "姓名", "Date", "Hours", "Net Pay", "Clock In", "Shift Start"],
            ["E001", "李娜", "2026-03-01", "8.5", "2520.5", "08:00", "2026-03-01 08:30"],
            ["E002", "", "", "42"],
        ])
    }

    @Test("Every sheet comes back in order with its name, and cells name their sheet, row and cell")
    func sheetsAndEvidence() throws {
        let outcome = extract(try Self.payroll())
        #expect(outcome.document?.sheets.map(\.name) == ["工资表", "Notes"])
        #expect(outcome.sheetTexts.last == [["Second sheet"]])
        let cell = try #require(outcome.cells[1].last)
        #expect(cell.evidence == Evidence(path: "hr/payroll.xls", text: "2026-03-01 08:30", row: 2, sheet: "工资表", cell: "G2"))
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)"))
    }

    @Test("Formula cells read as the results saved with them, which FreeXL reads as empty: sums, text, booleans, dates and times as their formats show them; an error is an empty cell")
    func formulaResults() throws {
        let outcome = extract(try Self.fixture("formulas.xls"))
        #expect(outcome.status == .ok)
        #expect(outcome.sheetTexts.first == [
            ["工号", "姓名", "基本工资", "加班费", "应发工资", "备注", "满勤", "发薪日", "下班"],
            ["A1", "张三", "3000", "500", "3500", "张三（已核）", "TRUE", "2026-05-31", "17:30"],
            ["A2", "李四", "3200.5", "0", "3200.5", "", "FALSE", "2026-06-01"],
            ["合计", "", "6200.5", "500", "6700.5"],
        ])
        #expect(outcome.sheetTexts.last == [["x", "xy"]])
        let gross = try #require(outcome.cells[1].first { $0.text == "3500" })
        #expect(gross.evidence.cell == "E2" && gross.evidence.sheet == "工资表")
    }

    @Test("Formula results of a workbook stored in ordinary sectors (400 workers, not the mini stream) are read on every row")
    func formulaResultsInLargeWorkbook() throws {
        let outcome = extract(try Self.fixture("formulas-large.xls"))
        let rows = try #require(outcome.sheetTexts.first)
        #expect(rows.count == 401)
        #expect(rows.dropFirst().allSatisfy { row in
            row.count == 5 && Decimal(string: row[4]) == Decimal(string: row[2])! + Decimal(string: row[3])!
        })
    }

    @Test("Damaged compound files give no formula results and never a trap: every byte of the header and the first sectors changed in turn, and every cut")
    func damagedCompoundFiles() throws {
        let file = [UInt8](try Self.fixture("formulas-large.xls"))
        #expect(BIFFFormulaResults(file: file).sheets["Payroll"]?.count == 400)
        for offset in stride(from: 0, to: 4096, by: 3) {
            var damaged = file
            damaged[offset] ^= 0xA5
            _ = BIFFFormulaResults(file: damaged)
        }
        for length in stride(from: 0, to: file.count, by: 997) {
            _ = BIFFFormulaResults(file: Array(file.prefix(length)))
        }
        #expect(BIFFFormulaResults(file: Array(repeating: 0xFF, count: 8192)).sheets.isEmpty)
    }

    @Test("A truncated .xls is unreadable, with a reason to save it again from Excel")
    func truncated() throws {
        let payroll = try Self.payroll()
        for length in [512, payroll.count / 2, payroll.count - 600] {
            let outcome = extract(payroll.prefix(length))
            #expect(outcome.status == .unreadable, "cut at \(length)")
            #expect(outcome.reason?.contains("save it again from Excel") == true, "cut at \(length)")
        }
    }

    @Test("A compound file the fuzzer found, on which FreeXL reads past a stack buffer (seen under AddressSanitizer), is unreadable with a reason")
    func fuzzFound() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz-freexl-stack-overflow.xls"))
        let outcome = extract(bytes)
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason?.contains("save it again from Excel") == true, "\(outcome.reason ?? "")")
    }

    @Test("Random bytes named .xls are unreadable")
    func garbage() {
        let outcome = extract(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
        #expect(outcome.status == .unreadable)
    }

    @Test("An encrypted workbook named .xls asks for a copy without a password")
    func encrypted() {
        let outcome = extract(XLSXBadInputTests.encryptedContainer)
        #expect(outcome.reason == "password-protected workbook: save a copy without a password")
    }

    @Test("A BIFF workbook carrying a FILEPASS record (Excel 97-2003 password protection) asks for a copy without a password")
    func filePass() throws {
        // payroll.xls with its INTERFACEHDR record (E1 00, 2 bytes) overwritten by a FILEPASS record (2F 00).
        let interfaceHeader = Data([0xE1, 0x00, 0x02, 0x00, 0xB0, 0x04])
        var bytes = try Self.payroll()
        let range = try #require(bytes.range(of: interfaceHeader))
        bytes.replaceSubrange(range, with: [0x2F, 0x00, 0x02, 0x00, 0x00, 0x00])
        let outcome = extract(bytes)
        #expect(outcome.status == .unreadable)
        #expect(outcome.reason == "password-protected workbook: save a copy without a password")
    }

    @Test("A legacy workbook with more cells than the limit is refused")
    func cellLimit() throws {
        let outcome = XLSExtractor(limits: WorkbookLimits(maxCells: 10)).extract(ExtractionInput(path: "p.xls", bytes: try Self.payroll()))
        #expect(outcome.status == .rejected)
        #expect(outcome.reason?.contains("more than 10 cells") == true)
    }

    @Test("An XLSX saved with an .xls name is read as XLSX, and an .xls named .xlsx through FreeXL")
    func swappedNames() throws {
        let book = XLSXFixture(rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>from xlsx</t></is></c></row>").data
        #expect(extract(book).texts == [["from xlsx"]])
        #expect(extractXLSX(try Self.payroll(), path: "hr/payroll.xlsx").texts.first?.first == "工号")
    }

    @Test("Tab-separated text with an .xls name (UTF-8 or Excel's UTF-16 Unicode Text) reads as CSV; an HTML export gets a reason")
    func textExports() {
        let tsv = extract(Data("工号\t姓名\nE001\t李娜\n".utf8))
        #expect(tsv.status == .ok)
        #expect(tsv.texts == [["工号", "姓名"], ["E001", "李娜"]])
        var unicodeText = Data([0xFF, 0xFE])
        unicodeText.append("工号\t姓名\r\nE001\t李娜\r\n".data(using: .utf16LittleEndian)!)
        #expect(extract(unicodeText).texts == [["工号", "姓名"], ["E001", "李娜"]])
        let html = extract(Data("<html><table><tr><td>1</td></tr></table></html>".utf8))
        #expect(html.status == .unreadable)
        #expect(html.reason?.contains("save it as .xlsx") == true)
    }

    @Test("The private temporary copy FreeXL reads is removed after reading")
    func temporaryCopyRemoved() throws {
        let directory = NSTemporaryDirectory()
        func copies() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("auditready-sheet-") }
        }
        let before = try copies()
        let payroll = try Self.payroll()
        _ = extract(payroll)
        _ = extract(payroll.prefix(3000))
        #expect(try copies() == before)
    }

    @Test("The scratch copy is private (mode 0600 in a directory only its owner can enter) and gone afterwards")
    func scratchCopyIsPrivate() throws {
        var seen: (file: Int, directory: Int, path: String)?
        let bytes = try PrivateScratchFile.withFile(containing: Data("bytes".utf8), named: "workbook.xls") { path throws(WorkbookProblem) in
            let file = try? FileManager.default.attributesOfItem(atPath: path)
            let directory = try? FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)
            seen = ((file?[.posixPermissions] as? Int) ?? -1, (directory?[.posixPermissions] as? Int) ?? -1, path)
            return FileManager.default.contents(atPath: path)
        }
        #expect(bytes == Data("bytes".utf8))
        let observed = try #require(seen)
        #expect(observed.file == 0o600)
        #expect(observed.directory == 0o700)
        #expect(!FileManager.default.fileExists(atPath: observed.path))
        #expect(!FileManager.default.fileExists(atPath: (observed.path as NSString).deletingLastPathComponent))
    }

    @Test("The extractor accepts .xls and .xlt names only")
    func accepts() {
        #expect(XLSExtractor().accepts(ExtractionInput(path: "a/PAY.XLS", bytes: Data())))
        #expect(!XLSExtractor().accepts(ExtractionInput(path: "a/pay.xlsx", bytes: Data())))
    }
}
