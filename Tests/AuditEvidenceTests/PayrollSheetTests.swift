import AuditCore
import AuditLayout
@testable import AuditEvidence
import AuditFields
import Testing

/// Payroll workbooks as office software lays them out: wide headers with columns of their own,
/// headers split over two rows, merged titles, template rows and totals.
@Suite("Payroll sheets made by office software")
struct PayrollSheetTests {
    func sheet(_ rows: [[String]], name: String = "Sheet1") -> SheetTable {
        SheetTable(name: name, rows: rows.enumerated().map { index, texts in
            texts.map { Cell(text: $0, evidence: Evidence(path: "pay.xlsx", text: $0, row: index + 1)) }
        })
    }

    func read(_ sheets: [SheetTable]) -> (tables: [DetectedTable], model: EvidenceModel, coverage: RowCoverage) {
        let document = ExtractedDocument(path: "pay.xlsx", textSource: .spreadsheet, sheets: sheets)
        let layout = DocumentLayout(document)
        let tables = TableDetector.tables(in: layout)
        var coverage = RowCoverage()
        let model = EvidenceReader().read(layout, type: .payroll, tables: tables, coverage: &coverage)
        return (tables, model, coverage)
    }

    /// A WPS 工资表 in miniature: a spaced title merged over two rows, column A empty, a header
    /// where the sheet's own columns outnumber the known ones, two people, unused template rows,
    /// a 合计 row, and a side sheet of bank cards.
    static let header = ["", "姓名", "入职时间", "工龄", "出勤天数", "基本工资", "实际工资", "补偿", "调薪记录", "生日经费",
                         "体检经费", "税前工资", "养老保险", "医疗保险", "请假扣除", "迟到罚款", "小计", "个税", "税后实发", "备注"]
    static let title = [""] + Array(repeating: "2026 年 一 月 工 资 表", count: header.count - 1)
    static let wpsRows: [[String]] = [
        title, title, header,
        ["", "员工01", "2023-05-15", "2", "22.5", "5500", "5500", "", "", "", "", "5500", "440.8", "124.68", "88.7", "", "654.18", "0", "4845.82", ""],
        ["", "员工02", "2024-06-17", "1", "20", "4900", "4900", "", "", "", "", "4900", "440.8", "124.68", "", "50", "615.48", "7.08", "4277.44", ""],
        ["", "", "-", "-", "", "-", "", "", "", "", "", "0", "", "", "", "", "0", "0", "0", ""],
        ["", "合计", "合计", "", "", "10400", "", "", "", "", "", "10400", "", "", "", "", "1269.66", "7.08", "9123.26", ""],
    ]

    @Test("A payroll header with many columns of the sheet's own counts as a header when it names a worker and pay columns")
    func wideHeaderIsHeader() throws {
        let (tables, _, _) = read([sheet(Self.wpsRows)])
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.headerEvidence.row == 3)
        #expect(table.column(of: .name) == 1 && table.column(of: .gross) == 11 && table.column(of: .net) == 18)
        #expect(table.columns[6].field == nil, "实际工资 is not the net pay")
    }

    @Test("A wide payroll reads one pay line per person, for the month its spaced-out title names, in fen, without its template rows or 合计 row")
    func wideHeaderPayLines() throws {
        let (_, model, coverage) = read([sheet(Self.wpsRows), sheet([["员工01", "6200000000000000001"], ["员工02", "6200000000000000001"]], name: "Sheet3")])
        #expect(model.payLines.map(\.employeeId.value) == ["员工01", "员工02"])
        #expect(model.payLines.allSatisfy { $0.period.value == YearMonth(year: 2026, month: 1) && $0.identifiedByName })
        let first = try #require(model.payLines.first)
        #expect(first.gross?.value == 550_000 && first.net?.value == 484_582 && first.baseWage?.value == 550_000)
        #expect(first.deductions?.value == 65_418)  // 养老 + 医疗 + 请假扣除 + 个税 0
        #expect(first.daysWorked?.value == 22.5)
        #expect(model.payLines[1].deductions?.value == 62_256)  // 养老 + 医疗 + 迟到罚款 + 个税
        #expect(model.problems.isEmpty, "\(model.problems.map(\.reason))")
        #expect(coverage.rowsWithContent == 2 && coverage.rowsRead == 2 && coverage.shortfall(of: .payroll) == nil)
    }

    @Test("A payslip line that prints each label beside its value is no header, however many pay labels it names")
    func labelsBesideValuesAreNoHeader() {
        let texts = ["工号", "E001", "姓名", "李娜", "基本工资", "3000", "加班费", "200", "实发工资", "3200"]
        #expect(!HeaderMatcher.isKeyedHeader(texts: texts, fields: texts.map { HeaderSynonyms.field(for: $0) }))
    }

    @Test("A wide header without a worker column, or with one pay column only, is no keyed header")
    func keyedHeaderNeedsWorkerAndPay() {
        let noWorker = ["入职时间", "出勤天数", "基本工资", "税前工资", "税后实发", "工龄", "备注", "补偿"]
        let onePay = ["姓名", "入职时间", "出勤天数", "性别", "年龄", "基本工资", "工龄", "备注", "补偿"]
        for texts in [noWorker, onePay] {
            #expect(!HeaderMatcher.isKeyedHeader(texts: texts, fields: texts.map { HeaderSynonyms.field(for: $0) }))
        }
    }

    /// The salary sheet of a training course: a blank first row, then header words split over two rows.
    static let splitRows: [[String]] = [
        ["2019年1月工资表"],
        [],
        ["职工", "姓名", "性别", "年龄", "所属", "职工", "基本", "事假", "病假"],
        ["代码", "", "", "", "部门", "类别", "工资", "天数", "天数"],
        ["A001", "许振", "男", "57", "管理部", "管理人员", "3000", "3", "1"],
        ["A002", "徐仁华", "女", "55", "管理部", "管理人员", "2800", "2", ""],
    ]

    @Test("A header whose words are split over two rows is the two rows read together")
    func splitHeader() throws {
        let (tables, model, coverage) = read([sheet(Self.splitRows)])
        let table = try #require(tables.first)
        #expect(table.columns.map(\.header).prefix(3) == ["职工 代码", "姓名", "性别"])
        #expect(table.fields == [.employeeId, .name, .sex, .age, .department, .baseWage])
        #expect(table.rows.count == 2 && table.headerEvidence.row == 3)
        #expect(model.payLines.map(\.employeeId.value) == ["A001", "A002"])
        #expect(model.payLines.first?.baseWage?.value == 300_000)
        #expect(model.payLines.first?.period.value == YearMonth(year: 2019, month: 1))
        #expect(coverage.shortfall(of: .payroll) == nil)
    }

    @Test("A group name over its items reads each column by the item, keeping the columns the group row names")
    func groupOverItems() throws {
        let rows = [["工号", "姓名", "应发项目", "应发项目", "扣款项目", "扣款项目", "实发工资"],
                    ["", "", "基本工资", "加班费", "养老保险", "个税", ""],
                    ["E001", "李娜", "3000", "500", "240", "10", "3250"]]
        let table = try #require(read([sheet(rows)]).tables.first)
        #expect(table.fields == [.employeeId, .name, .baseWage, .otPay, .deductionItem, .deductionItem, .net])
        #expect(table.rows.count == 1)
    }

    @Test("A title above a one-row header is not read into it")
    func titleIsNotStacked() throws {
        let rows = [["员工工资表", "员工工资表", "员工工资表", "员工工资表"], ["工号", "姓名", "基本工资", "实发工资"],
                    ["E001", "李娜", "3000", "2900"]]
        let table = try #require(read([sheet(rows)]).tables.first)
        #expect(table.columns.map(\.header) == ["工号", "姓名", "基本工资", "实发工资"])
        #expect(table.headerEvidence.row == 2)
    }

    @Test("Rows of nothing but placeholders (-, 0) are unused template lines, not rows of the table")
    func placeholderRows() throws {
        let rows = [["2026年7月工资表"], ["工号", "姓名", "基本工资", "实发工资"], ["E001", "李娜", "3000", "2900"],
                    ["", "-", "-", "0"], ["", "", "0", "0"]]
        let (tables, model, coverage) = read([sheet(rows)])
        #expect(tables.first?.rows.count == 1)
        #expect(model.payLines.map(\.employeeId.value) == ["E001"])
        #expect(model.problems.isEmpty)
        #expect(coverage.rowsWithContent == 1)
    }
}
