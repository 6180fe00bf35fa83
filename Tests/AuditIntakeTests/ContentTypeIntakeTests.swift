import AuditCore
import AuditTestSupport
@testable import AuditIntake
import Foundation
import Testing

/// The smallest parts that make a zip an XLSX package by its content.
var workbookParts: [ArchiveFixture.Entry] { [
    .file("[Content_Types].xml", Data("<Types/>".utf8)),
    .file("xl/workbook.xml", Data("<workbook/>".utf8)),
    .file("xl/worksheets/sheet1.xml", Data("<worksheet/>".utf8)),
] }

@Suite("Intake tells documents from archives by their bytes, not their names")
struct ContentTypeIntakeTests {
    func write(_ data: Data, name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sniff-\(UUID().uuidString)-\(name)")
        try data.write(to: url)
        return url
    }

    @Test("An XLSX saved under an .xls name is handed on whole as one document, not opened as an archive of XML parts")
    func workbookNamedXLS() throws {
        let url = ArchiveFixture(.zip, name: "payroll.xls").write(workbookParts)
        let items = try walk(url)
        #expect(items.map(\.path) == ["payroll.xls"])
        #expect(fileBytes(items, "payroll.xls") == (try Data(contentsOf: url)))
    }

    @Test("An XLSX under any name inside an evidence zip stays one document")
    func nestedWorkbookWithOtherName() throws {
        let book = try Data(contentsOf: ArchiveFixture(.zip, name: "book.xlsx").write(workbookParts))
        let url = ArchiveFixture(.zip, name: "evidence.zip").write([.file("pay/工资表.xls", book), .file("pay/export.dat", book),
                                                                   .file("a.csv", cleanCSV)])
        let items = try walk(url)
        #expect(items.map(\.path).sorted() == ["a.csv", "pay/export.dat", "pay/工资表.xls"])
        #expect(fileBytes(items, "pay/工资表.xls") == book)
    }

    @Test("A zip whose workbook parts lie in a folder is an archive of files, and is walked")
    func unpackedWorkbookFolder() throws {
        let url = ArchiveFixture(.zip, name: "parts.zip").write([
            .file("book/[Content_Types].xml", Data("<Types/>".utf8)), .file("book/xl/workbook.xml", Data("<workbook/>".utf8)),
        ])
        #expect(try walk(url).map(\.path) == ["book/[Content_Types].xml", "book/xl/workbook.xml"])
    }

    @Test("A PDF saved under a .zip name is read as a document, not refused as a broken archive")
    func pdfNamedZip() throws {
        let pdf = Data("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".utf8)
        let url = try write(pdf, name: "scan.zip")
        let items = try walk(url)
        #expect(items.count == 1)
        #expect(fileBytes(items, url.lastPathComponent) == pdf)
    }

    @Test("The signature of a zip comes from its own directory, not from a workbook stored inside it")
    func storedWorkbookDoesNotLendItsNames() throws {
        let book = try Data(contentsOf: ArchiveFixture(.zip, name: "book.xlsx").write(workbookParts))
        let outer = try Data(contentsOf: ArchiveFixture(.zip, name: "outer.zip").write([.file("book.xlsx", book)]))
        #expect(ContentSignature(of: book) == .ooxmlWorkbook)
        #expect(ContentSignature(of: outer) == .zipArchive)
        #expect(ZipDirectory.entryNames(of: outer) == ["book.xlsx"])
        #expect(ZipDirectory.entryNames(of: outer.prefix(outer.count - 10)) == nil)
    }

    @Test("The real OOXML workbook saved as .xls is one document for intake",
          .enabled(if: RealWorld.available))
    func realWorkbookNamedXLS() throws {
        let url = RealWorld.file("payroll/tutorial_xlsx_with_xls_extension.xls")
        #expect(ContentSignature(ofFileAt: url) == .ooxmlWorkbook)
        let items = try walk(url)
        #expect(items.map(\.path) == ["tutorial_xlsx_with_xls_extension.xls"])
        #expect(fileBytes(items, "tutorial_xlsx_with_xls_extension.xls") == (try Data(contentsOf: url)))
    }
}
