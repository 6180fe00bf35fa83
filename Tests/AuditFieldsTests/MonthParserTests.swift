import AuditCore
import AuditFields
import Testing

@Suite("Reading pay-period months")
struct MonthParserTests {
    @Test("Every pay-period form reads as its month", arguments: [
        "2026-07", "2026/07", "2026.7", "202607", "2026年7月", "2026年07月份", "二〇二六年七月", "民國115年7月",
        "July 2026", "Jul 2026", "Jul. 2026", "JULY, 2026", "Jul-26", "07/2026", "7-2026", "２０２６－０７",
    ])
    func monthForms(text: String) {
        #expect(DateParser.month(text) == yearMonth(2026, 7))
    }

    @Test("Texts that are not exactly a month do not read as one", arguments: [
        "2026-13", "2026-07-01", "202613", "123456", "Jul 26", "July", "2026", "13/2026", "2026年13月", "",
        "2026年7月工资表",
    ])
    func notMonths(text: String) {
        #expect(DateParser.month(text) == nil)
    }

    @Test("A title that opens with its month reads as that month", arguments: [
        "2026年7月工资表", "2026 年 七 月 工 资 表", "二〇二六年七月 工资表", "July 2026 Payroll", "2026-07 薪资表", "2026年7月",
    ])
    func leadingMonths(text: String) {
        #expect(DateParser.leadingMonth(text) == yearMonth(2026, 7))
    }

    @Test("A title that opens with a full date, a bare number or no month has no leading month", arguments: [
        "2026年7月1日考勤表", "2026-07-15 打印", "2026.7.1", "2026年13月工资表", "工资表 2026年7月", "20260715", "",
    ])
    func noLeadingMonth(text: String) {
        #expect(DateParser.leadingMonth(text) == nil)
    }
}
