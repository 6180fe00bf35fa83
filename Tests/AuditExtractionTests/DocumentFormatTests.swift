import AuditCore
@testable import AuditExtraction
import AuditTestSupport
import Foundation
import Testing

@Suite("The bytes decide a document's format; the name breaks ties")
struct DocumentFormatTests {
    func format(_ text: String, _ path: String) -> DocumentFormat {
        DocumentFormat(of: ExtractionInput(path: path, bytes: Data(text.utf8)))
    }

    @Test("A CSV saved as .txt, .dat or without an extension is read as a table of cells, each knowing its line")
    func csvUnderOtherNames() throws {
        let csv = "Date,Employee ID,Clock In\n2026-07-01,E001,08:00\n2026-07-02,E001,08:05\n"
        for path in ["export.txt", "export.dat", "export"] {
            let outcome = ExtractionRouter().extract(ExtractionInput(path: path, bytes: Data(csv.utf8)))
            let rows = try #require(outcome.document?.sheets.first?.rows, "\(path)")
            #expect(rows.map { $0.map(\.text) }[1] == ["2026-07-01", "E001", "08:00"])
            #expect(rows[2][0].evidence.row == 3)
        }
    }

    @Test("A PDF saved as .dat or .txt is read as a PDF")
    func pdfUnderOtherNames() throws {
        let pdf = PDFFixture.text(pages: [[("Payroll Register", 72, 100)]])
        for path in ["scan.dat", "scan.txt", "scan"] {
            let outcome = ExtractionRouter().extract(ExtractionInput(path: path, bytes: pdf))
            #expect(outcome.status == .ok, "\(path)")
            #expect(outcome.document?.pages.first?.words.map(\.text) == ["Payroll", "Register"])
        }
    }

    @Test("Tab- and semicolon-separated text is delimited; prose and fixed-width text are plain")
    func delimitedOrPlain() {
        #expect(format("    583\t2020-12-01 07:56:36\t1\t1\t0\t0\r\n     50\t2020-12-01 08:12:04\t1\t1\t0\t0\r\n", "1_attlog.dat") == .delimitedText)
        #expect(format("a;b;c\n1;2;3\n", "x.txt") == .delimitedText)
        #expect(format("Dear auditor, this is a letter.\nIt has, here and there, commas.\nAnd more lines\n", "letter.txt") == .plainText)
        #expect(format("Employee   Date        Hours\nE001       2026-07-01  8\n", "report.txt") == .plainText)
    }

    @Test("Text under the name of a binary format is left to that format's reader, which says what it really is")
    func textUnderBinaryName() {
        #expect(format("a,b\n1,2\n", "book.xls") == .byName)
        #expect(format("<html><body>report</body></html>", "report.pdf") == .byName)
        #expect(format("a,b\n1,2\n", "data.csv") == .delimitedText)
    }

    @Test("Binary bytes are not text; a log with a NUL-filled block still is")
    func binaryOrText() {
        var random = SplitMixBytes(seed: 7)
        #expect(DocumentFormat(of: ExtractionInput(path: "blob.dat", bytes: random.bytes(4096))) == .byName)
        let log = Data("    583\t2020-12-01 07:56:36\t1\t1\t0\t0\r\n".utf8) + Data(repeating: 0, count: 20_000)
            + Data("     50\t2020-12-01 08:12:04\t1\t1\t0\t0\r\n".utf8)
        #expect(DocumentFormat(of: ExtractionInput(path: "1_attlog.dat", bytes: log)) == .delimitedText)
        #expect(DocumentFormat(of: ExtractionInput(path: "zeros.dat", bytes: Data(repeating: 0, count: 100))) == .byName)
    }
}

/// Reproducible pseudo-random bytes.
struct SplitMixBytes {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func bytes(_ count: Int) -> Data {
        var data = Data()
        while data.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            withUnsafeBytes(of: z) { data.append(contentsOf: $0) }
        }
        return data.prefix(count)
    }
}
