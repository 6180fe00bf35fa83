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
}
