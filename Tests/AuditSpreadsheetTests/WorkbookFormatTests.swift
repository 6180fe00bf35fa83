import AuditCore
import AuditExtraction
@testable import AuditSpreadsheet
import AuditTestSupport
import Foundation
import Testing

@Suite("Workbooks are read by what their bytes are, whatever their names")
struct WorkbookFormatTests {
    /// The extractors in the order the command line routes them.
    let router = ExtractionRouter(extractors: [XLSXExtractor(), XLSExtractor()])

    @Test("An XLSX saved as .xls, .dat or without an extension is read as a workbook")
    func xlsxUnderOtherNames() throws {
        let book = XLSXFixture(rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c></row>"#).data
        for path in ["pay.xls", "pay.dat", "pay"] {
            let outcome = router.extract(ExtractionInput(path: path, bytes: book))
            #expect(outcome.status == .ok, "\(path): \(outcome.reason ?? "")")
            #expect(outcome.texts == [["工号"]])
        }
        #expect(!XLSExtractor().accepts(ExtractionInput(path: "pay.xls", bytes: book)))
    }

    @Test("A legacy .xls saved as .dat or .xlsx is read as a legacy workbook")
    func xlsUnderOtherNames() throws {
        let xls = try XLSExtractorTests.payroll()
        for path in ["pay.dat", "pay.xlsx", "pay"] {
            let outcome = router.extract(ExtractionInput(path: path, bytes: xls))
            #expect(outcome.status == .ok, "\(path): \(outcome.reason ?? "")")
            #expect(outcome.document?.sheets.first?.name == "工资表")
        }
    }

    @Test("A PDF saved as .xls goes to the PDF reader, not the workbook reader")
    func pdfNamedXLS() {
        let pdf = PDFFixture.text(pages: [[("Payroll", 72, 100)]])
        let input = ExtractionInput(path: "pay.xls", bytes: pdf)
        #expect(!XLSExtractor().accepts(input) && !XLSXExtractor().accepts(input))
        #expect(router.extract(input).document?.pages.first?.words.map(\.text) == ["Payroll"])
    }

    @Test("The real OOXML workbook saved as .xls reads as a workbook with its salary sheet",
          .enabled(if: RealWorld.available))
    func realXLSXNamedXLS() throws {
        let url = RealWorld.file("payroll/tutorial_xlsx_with_xls_extension.xls")
        let outcome = router.extract(ExtractionInput(path: url.lastPathComponent, bytes: try Data(contentsOf: url)))
        #expect(outcome.status == .ok, "\(outcome.reason ?? "")")
        let sheets = try #require(outcome.document?.sheets)
        #expect(sheets.map(\.name) == ["1月薪资表", "Sheet1"])
        #expect(sheets[0].rows.count >= 10)
    }
}
