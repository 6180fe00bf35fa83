import AuditCore
@testable import AuditEvidence
import AuditFields
import Testing

/// Payslip (工资条) texts as factories print them: empty values, repeated labels, stray colons,
/// full-width spaces and line breaks between pairs, labels with spaces inside. Each of the first
/// five once stopped the whole check with a range trap in `KeyValueRecordReader.labelledValues`.
@Suite("Payslip label-value texts")
struct PayslipLabelTests {
    func read(_ text: String) -> [String] {
        KeyValueRecordReader.labelledValues(in: text).map { "\($0.field.rawValue)=\($0.value)" }
    }

    @Test("A label with no value glued to the next label leaves its value empty and reads the next")
    func emptyValueGluedToNextLabel() {
        #expect(read("姓名：工号：E001") == ["name=", "employeeId=E001"])
    }

    @Test("A label with no value followed by another label after a space leaves its value empty")
    func emptyValueBeforeNextLabel() {
        #expect(read("工号: E001 姓名: 部门: 缝纫车间") == ["employeeId=E001", "name=", "department=缝纫车间"])
    }

    @Test("An amount written after its currency (RMB 3150) is the whole value of its label, not the start of the next label")
    func amountAfterCurrencyBeforeNextLabel() {
        #expect(read("基本工资 Basic Wage：RMB 3150 加班费 OT Pay：RMB 638.15")
            == ["baseWage=RMB 3150", "otPay=RMB 638.15"])
        #expect(read("应发工资 Gross Pay：RMB 3788.15 扣款合计 Deductions：RMB 359.87 实发工资 Net Pay：RMB 3428.28")
            == ["gross=RMB 3788.15", "deductions=RMB 359.87", "net=RMB 3428.28"])
        #expect(read("Basic Wage: 3150 OT Pay: 638.15") == ["baseWage=3150", "otPay=638.15"])
    }

    @Test("A label that starts with a number (1.5 倍加班费, 2 倍加班费) after a value that holds its own number is still a label")
    func labelStartingWithNumber() {
        #expect(read("工号：E001 1.5 倍加班费：30").first == "employeeId=E001")
        #expect(read("工号：E001 1.5 倍加班费：30").count == 2)
        #expect(KeyValueRecordReader.labelledValues(in: "加班费：100 2 倍加班费：80 3 倍加班费：60").map(\.value) == ["100", "80", "60"])
        #expect(read("#：3 姓名：张三") == ["rowNumber=3", "name=张三"])
    }

    @Test("A label printed twice in a row gives one empty value and one read value")
    func labelPrintedTwice() {
        #expect(read("工号: 工号: E001") == ["employeeId=", "employeeId=E001"])
    }

    @Test("A doubled colon after a label belongs to the label, not to the value")
    func doubledColon() {
        #expect(read("工号：: E001 实发工资：3200.00") == ["employeeId=E001", "net=3200.00"])
    }

    @Test("Pairs separated by full-width spaces, tabs or line breaks are each read", arguments: [
        "姓名：张三\u{3000}工号：E001",
        "姓名：张三\t工号：E001",
        "姓名：张三\n工号：E001",
    ])
    func pairsSeparatedByOtherSpace(text: String) {
        #expect(read(text) == ["name=张三", "employeeId=E001"])
    }

    @Test("A label at the very end of the text has an empty value")
    func labelAtTheEnd() {
        #expect(read("工号：E001 实发工资：") == ["employeeId=E001", "net="])
    }

    @Test("Labels with spaces inside (工 号:, 姓 名:) name their fields")
    func labelsWithSpacesInside() {
        #expect(read("工 号: 7 姓 名: 张三 部 门: 生产部") == ["employeeId=7", "name=张三", "department=生产部"])
    }

    @Test("A label with a space inside directly after an empty label is still found")
    func spacedLabelAfterEmptyLabel() {
        #expect(read("工号: 姓 名: 张三") == ["employeeId=", "name=张三"])
    }

    @Test("A payslip row whose name is left blank still gives a record with its ID and net pay")
    func blankNameRecord() throws {
        let texts = ["工号：E001 姓名： 实发工资：3200.00", "工号：E002 姓名：李娜", "实发工资：3100.00"]
        let rows = texts.enumerated().map { row, text in [Cell(text: text, evidence: Evidence(path: "slips.pdf", text: text, row: row + 1))] }
        let records = KeyValueRecordReader.records(in: rows)
        #expect(records.count == 2)
        #expect(records.map { $0[.employeeId]?.text } == ["E001", "E002"])
        #expect(records.map { $0[.net]?.text } == ["3200.00", "3100.00"])
        #expect(records[0][.name] == nil && records[1][.name]?.text == "李娜")
    }

    @Test("A slip whose every label is known and taken has its earnings complete; one with a label this reader does not know (押金退还), or a second allowance, does not; a clock time or a title above the first slip is no such label")
    func everyLabelKnown() {
        let texts = ["公司名称：某某制衣有限公司 打印时间：09:30", "工号：E001 姓名：张三", "基本工资：¥3,270.00 加班费：¥512.11", "应发工资：¥3,782.11 实发工资：¥3,422.81",
                     "工号：E002 姓名：李娜", "基本工资：¥3,140.00 押金退还：¥200.00 加班费：¥559.43", "应发工资：¥3,899.43 实发工资：¥3,547.98",
                     "工号：E003 姓名：王五", "基本工资：¥3,000.00 餐补：¥200.00 高温补贴：¥150.00", "应发工资：¥3,350.00 实发工资：¥3,100.00"]
        let rows = texts.enumerated().map { row, text in [Cell(text: text, evidence: Evidence(path: "slips.pdf", text: text, row: row + 1))] }
        let records = KeyValueRecordReader.recordsWithLabels(in: rows)
        #expect(records.map(\.everyLabelKnown) == [true, false, false])
        let cells = [Cell(text: "工号", evidence: Evidence(path: "s.xlsx")), Cell(text: "E003", evidence: Evidence(path: "s.xlsx")),
                     Cell(text: "饭卡充值", evidence: Evidence(path: "s.xlsx")), Cell(text: "150.00", evidence: Evidence(path: "s.xlsx"))]
        #expect(KeyValueRecordReader.hasUnknownLabel(cells), "a label cell beside an amount")
        #expect(KeyValueRecordReader.hasUnknownLabel([Cell(text: "工号：E001 团建费：80.00", evidence: Evidence(path: "s.pdf"))]))
        #expect(!KeyValueRecordReader.hasUnknownLabel([Cell(text: "工号：E001 姓名：张三 08:00", evidence: Evidence(path: "s.pdf"))]),
                "08: is a clock time, not a label")
    }
}
