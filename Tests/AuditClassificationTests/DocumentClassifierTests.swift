@testable import AuditClassification
import AuditCore
import AuditEvidence
import AuditLayout
import Testing

/// A spreadsheet document whose rows hold the given cells, classified with the tables found in it.
func classify(_ rows: [[String]]) -> DocumentType {
    let cells = rows.enumerated().map { row, texts in
        texts.map { text in
            Cell(text: text, evidence: Evidence(path: "sheet.xlsx", text: text, row: row + 1))
        }
    }
    let document = ExtractedDocument(path: "sheet.xlsx", textSource: .spreadsheet, sheets: [SheetTable(rows: cells)])
    return classify(document)
}

/// The type of `document`, classified as the pipeline does: from its layout and the tables found in it.
func classify(_ document: ExtractedDocument) -> DocumentType {
    let layout = DocumentLayout(document)
    return DocumentClassifier().classify(layout, tables: TableDetector.tables(in: layout))
}

@Suite("Document types from table columns")
struct ClassificationByColumnsTests {
    @Test("A table of workers with two pay columns is a payroll")
    func payroll() {
        #expect(classify([["工号", "姓名", "基本工资", "实发工资"], ["E001", "李娜", "2100.00", "2890.50"]]) == .payroll)
        #expect(classify([["Emp No", "Name", "Basic Wage", "Net Pay"], ["E001", "Li Na", "2100.00", "2890.50"]]) == .payroll)
    }

    @Test("A table with a date and clock times is a timesheet")
    func timesheet() {
        #expect(classify([["工号", "日期", "上班", "下班"], ["E001", "2026-07-01", "08:00", "17:00"]]) == .timesheet)
        #expect(classify([["Emp No", "Date", "Time In", "Time Out"], ["E001", "2026-07-01", "08:00", "17:00"]]) == .timesheet)
    }

    @Test("A grid of workers by the days of a month is a timesheet")
    func dayGrid() {
        let days = (1...31).map(String.init)
        #expect(classify([["工号", "姓名"] + days, ["E001", "李娜"] + Array(repeating: "8", count: 31)]) == .timesheet)
    }

    @Test("A table of workers with personal columns and no pay is a roster")
    func roster() {
        #expect(classify([["工号", "姓名", "入职日期", "身份证号"], ["E001", "李娜", "2024-03-01", "110101199001011234"]]) == .roster)
        #expect(classify([["Emp No", "Name", "Hire Date", "Date of Birth"], ["E001", "Li Na", "2024-03-01", "1990-01-01"]]) == .roster)
    }

    @Test("A table of workers under a social-insurance title is a social-insurance list, not a roster")
    func socialInsuranceList() {
        #expect(classify([["社会保险参保人员名单"], ["工号", "姓名", "入职日期", "身份证号"],
                          ["E001", "李娜", "2024-03-01", "110101199001011234"]]) == .socialInsurance)
    }
}

@Suite("Document types from keywords")
struct ClassificationByKeywordsTests {
    @Test("Each type is recognised from its title in English and in Chinese", arguments: [
        ("Business License", DocumentType.businessLicense), ("营业执照", .businessLicense),
        ("Fire Safety Inspection Certificate", .fireCertificate), ("建设工程消防验收意见书", .fireCertificate),
        ("ISO 9001 Certificate of Registration", .certificate), ("质量管理体系认证证书", .certificate),
        ("OHSAS 18001:2007 Certificate", .certificate), ("Worldwide Responsible Accredited Production", .certificate),
        ("amfori BSCI Audit Report", .certificate), ("SMETA 验厂报告", .certificate),
        ("Social Insurance Contribution Statement", .socialInsurance), ("社会保险缴费明细", .socialInsurance),
        ("Employee Roster", .roster), ("员工花名册", .roster),
        ("Attendance Record July 2026", .timesheet), ("2026年7月考勤记录", .timesheet),
        ("Payroll July 2026", .payroll), ("2026年7月工资表", .payroll), ("1月薪资表", .payroll),
        // Printed titles spread their characters, as ZKTeco's and WPS's do.
        ("考 勤 汇 总 表", .timesheet), ("排 班 信 息 表", .timesheet), ("2026 年 一 月 工 资 表", .payroll), ("员 工 花 名 册", .roster),
    ])
    func title(text: String, expected: DocumentType) {
        #expect(classify([[text], ["Prepared by the office"]]) == expected)
    }

    @Test("A document naming no known type stays unknown", arguments: [
        [["Minutes of the safety committee meeting"], ["Attendees: 5"]],
        [["会议纪要"], ["参会人数：5"]],
        [[String]](),
    ])
    func unknown(rows: [[String]]) {
        #expect(classify(rows) == .unknown)
    }

    @Test("A 薪资表 (salary sheet) with no header, its title repeated over merged cells, is a payroll")
    func salarySheetTitle() {
        let title = Array(repeating: "薪资表", count: 3)
        #expect(classify(Array(repeating: title, count: 10) + [["", "2月份"]]) == .payroll)
    }

    @Test("A single passing mention below the minimum score does not decide the type")
    func weakMention() {
        #expect(KeywordScorer.winner(of: [.payroll: 1, .certificate: 1]) == nil)
    }
}

@Suite("Ties between document types")
struct ClassificationTieTests {
    @Test("Every type the keywords score has a place in the tie order, once")
    func tieOrderIsComplete() {
        #expect(Set(KeywordScorer.tieOrder) == Set(KeywordScorer.keywords.keys))
        #expect(Set(KeywordScorer.tieOrder).count == KeywordScorer.tieOrder.count)
    }

    @Test("Of two types with the same score, the one earlier in the tie order wins")
    func everyPair() {
        let order = KeywordScorer.tieOrder
        for (i, first) in order.enumerated() {
            for second in order[(i + 1)...] {
                #expect(KeywordScorer.winner(of: [first: 6, second: 6]) == first, "\(first) against \(second)")
                #expect(KeywordScorer.winner(of: [second: 6, first: 6]) == first, "\(second) against \(first)")
            }
        }
    }

    @Test("A tie is settled the same way however the scores' dictionary was built")
    func independentOfDictionaryOrder() {
        let tied: [(DocumentType, Int)] = [(.timesheet, 9), (.payroll, 9), (.roster, 9), (.certificate, 3)]
        for capacity in [0, 4, 8, 16, 64, 256] {
            for rotation in 0..<tied.count {
                var scores = [DocumentType: Int](minimumCapacity: capacity)
                for (type, score) in tied[rotation...] + tied[..<rotation] { scores[type] = score }
                #expect(KeywordScorer.winner(of: scores) == .payroll)
            }
        }
    }

    @Test("A title naming a timesheet and a payroll equally is a payroll, as the tie order says")
    func timesheetAndPayroll() {
        let scores = KeywordScorer.scores(title: "timesheet payroll", body: "timesheet payroll")
        #expect(scores[.timesheet] == scores[.payroll])
        #expect(classify([["Timesheet Payroll"]]) == .payroll)
    }

    @Test("A title naming a roster and a timesheet equally is a timesheet, as the tie order says")
    func rosterAndTimesheet() {
        let scores = KeywordScorer.scores(title: "roster attendance", body: "roster attendance")
        #expect(scores[.roster] == scores[.timesheet])
        #expect(classify([["Roster Attendance"]]) == .timesheet)
    }
}

@Suite("Finding the keywords in a document's text")
struct KeywordSearchTests {
    @Test("The one-pass byte search finds exactly the keywords a substring search finds, Chinese ones with the spaces left out", arguments: [
        "employee roster 2026 花名册", "考 勤 汇 总 表 timesheet", "", "payslip工资条 net pay", "fire safety certificate iso 9001",
        "薪 资 表 salary wage", "消防", "attendance record clock in",
    ])
    func sameAsSubstringSearch(text: String) {
        #expect(KeywordScorer.closingSpreadCharacters("考 勤 汇 总 表") == "考勤汇总表")
        let spreadOut = KeywordScorer.closingSpreadCharacters(text)
        let expected = Set(KeywordScorer.keywords.values.flatMap { $0.map(\.0) }.filter { word in
            let chinese = word.unicodeScalars.contains { $0.properties.isIdeographic }
            return (chinese ? spreadOut : text).range(of: word) != nil
        })
        #expect(KeywordSearch.shared.found(in: text, spreadOut: spreadOut) == expected)
    }
}

@Suite("Spread-out Chinese titles")
struct SpreadTitleTests {
    @Test("Spaces between lone Chinese characters close up; spaces between words of their own stay", arguments: [
        ("考 勤 汇 总 表", "考勤汇总表"), ("2026 年 一 月 工 资 表", "2026 年一月工资表"), ("普工 资阳市", "普工 资阳市"),
        ("考勤 记录", "考勤 记录"), ("Pay roll 工 资", "Pay roll 工资"),
    ])
    func closing(text: String, expected: String) {
        #expect(KeywordScorer.closingSpreadCharacters(text) == expected)
    }
}
