import AuditClassification
import AuditCore
import AuditEvidence
import AuditLayout
import Testing

@Suite("One layout for the table detector, the classifier and the evidence reader")
struct OneLayoutTests {
    /// A line of a text layer: each phrase at its x, its words 6 pt per character apart by one space.
    func line(_ phrases: [(String, Double)], y: Double) -> [Word] {
        phrases.flatMap { phrase, x -> [Word] in
            var position = x
            return phrase.split(separator: " ").map { part in
                defer { position += Double(part.count + 1) * 6 }
                return Word(text: String(part), box: BoundingBox(x0: position, y0: y - 8, x1: position + Double(part.count) * 6, y1: y + 2))
            }
        }
    }

    /// A payroll printed over two pages: a title, a form of labelled values (the company's name
    /// wrapped onto a second line), the header, and rows going on over the page break.
    var payroll: ExtractedDocument {
        let header = line([("Employee ID", 40), ("Name", 120), ("Base Wage", 220), ("OT Pay", 320), ("Net Pay", 420)], y: 160)
        let first = [line([("Monthly Payroll Register", 40)], y: 60),
                     line([("Company Name", 40), ("Guangzhou Shengfu Hardware Co.,", 200)], y: 100), line([("Ltd.", 200)], y: 111),
                     line([("Pay Period: 2026-07", 40)], y: 130), header,
                     line([("E001", 40), ("Li Na", 120), ("2,520.00", 220), ("300.00", 320), ("2,600.00", 420)], y: 176),
                     line([("E002", 40), ("Wang Fang", 120), ("2,520.00", 220), ("150.00", 320), ("2,470.00", 420)], y: 192)]
        let second = [line([("E003", 40), ("Zhao Lei", 120), ("2,600.00", 220), ("0.00", 320), ("2,450.00", 420)], y: 60),
                      line([("E004", 40), ("Chen Jie", 120), ("2,600.00", 220), ("75.00", 320), ("2,525.00", 420)], y: 76)]
        return ExtractedDocument(path: "payroll.pdf", textSource: .pdfText,
                                 pages: [ExtractedPage(number: 1, width: 595, height: 842, words: first.flatMap { $0 }),
                                         ExtractedPage(number: 2, width: 595, height: 842, words: second.flatMap { $0 })])
    }

    @Test("The classifier and the evidence reader given one layout read a payroll printed over two pages: its type, columns, pay lines over the page break, and the wrapped company name")
    func oneLayout() throws {
        let layout = DocumentLayout(payroll)
        let tables = TableDetector.tables(in: layout)
        let type = DocumentClassifier().classify(layout, tables: tables)
        let model = EvidenceReader().read(layout, type: type, tables: tables)
        #expect(type == .payroll)
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.fields == [.employeeId, .name, .baseWage, .otPay, .net])
        #expect(model.payLines.map(\.employeeId.value) == ["E001", "E002", "E003", "E004"])
        #expect(model.payLines.map { $0.net?.value } == [260_000, 247_000, 245_000, 252_500])
        #expect(model.payLines.allSatisfy { $0.period.value == YearMonth(year: 2026, month: 7) })
        #expect(model.payLines.map { $0.employeeId.evidence.page } == [1, 1, 2, 2])
        #expect(layout.openingRows.map { $0.map(\.text) }.prefix(2)
                == [["Monthly Payroll Register"], ["Company Name", "Guangzhou Shengfu Hardware Co., Ltd."]])
    }
}
