import AuditCore
import AuditFields
import Testing

@Suite("Reading whole date values")
struct DateParserTests {
    @Test("Every unambiguous date form of the domain reference reads as its day", arguments: [
        ("2026-03-01", day(2026, 3, 1)),
        ("2026/3/1", day(2026, 3, 1)),
        ("2026.03.01", day(2026, 3, 1)),
        ("20260301", day(2026, 3, 1)),
        ("2026年3月1日", day(2026, 3, 1)),
        ("2026 年 03 月 01 日", day(2026, 3, 1)),
        ("2026年3月1号", day(2026, 3, 1)),
        ("二〇二六年三月一日", day(2026, 3, 1)),
        ("二零二六年十二月三十一日", day(2026, 12, 31)),
        ("二〇二六年十月二十一日", day(2026, 10, 21)),
        ("民國115年3月1日", day(2026, 3, 1)),
        ("民国115年3月1日", day(2026, 3, 1)),
        ("1 Mar 2026", day(2026, 3, 1)),
        ("1 March 2026", day(2026, 3, 1)),
        ("1st March 2026", day(2026, 3, 1)),
        ("Mar 1, 2026", day(2026, 3, 1)),
        ("March 1 2026", day(2026, 3, 1)),
        ("Sept. 30, 2026", day(2026, 9, 30)),
        ("1-Mar-26", day(2026, 3, 1)),
        ("01-Mar-2026", day(2026, 3, 1)),
        ("01MAR2026", day(2026, 3, 1)),
        ("31-Dec-99", day(1999, 12, 31)),
        ("13/03/2026", day(2026, 3, 13)),
        ("03/13/2026", day(2026, 3, 13)),
        ("13-03-2026", day(2026, 3, 13)),
        ("13.03.2026", day(2026, 3, 13)),
        ("03/03/2026", day(2026, 3, 3)),
        ("25/12/69", day(2069, 12, 25)),
        ("25/12/70", day(1970, 12, 25)),
        ("２０２６－０３－０１", day(2026, 3, 1)),
        ("  2026-03-01  ", day(2026, 3, 1)),
        ("2026/3/1 0:00:00", day(2026, 3, 1)),
        ("2026-03-01T08:30:00", day(2026, 3, 1)),
        ("2026-03-01 (星期日)", day(2026, 3, 1)),
        ("Sun, 1 Mar 2026", day(2026, 3, 1)),
        ("2024-02-29", day(2024, 2, 29)),
    ])
    func unambiguousForms(text: String, expected: CivilDate) {
        #expect(DateParser.read(text) == .date(expected))
        #expect(DateParser.parse(text) == expected)
    }

    @Test("A day-first date is recognised when its first field exceeds 12")
    func dayFirstWhenFirstFieldExceedsTwelve() {
        #expect(DateParser.parse("25/03/2026") == day(2026, 3, 25))
        #expect(DateParser.parse("25/03/2026", order: .monthFirst) == day(2026, 3, 25))
    }

    @Test("A month-first date is recognised when its second field exceeds 12")
    func monthFirstWhenSecondFieldExceedsTwelve() {
        #expect(DateParser.parse("03/25/2026") == day(2026, 3, 25))
        #expect(DateParser.parse("03/25/2026", order: .dayFirst) == day(2026, 3, 25))
    }

    @Test("Both fields of 12 or less make the date ambiguous unless an order is given")
    func ambiguousWithoutOrder() {
        let reading = DateParser.read("01/03/2026")
        #expect(reading == .ambiguous(dayFirst: day(2026, 3, 1), monthFirst: day(2026, 1, 3)))
        #expect(reading?.unambiguousDate == nil)
        #expect(reading?.resolved(by: .monthFirst) == day(2026, 1, 3))
        #expect(DateParser.parse("01/03/2026") == nil)
        #expect(DateParser.parse("01/03/2026", order: .dayFirst) == day(2026, 3, 1))
        #expect(DateParser.parse("01/03/2026", order: .monthFirst) == day(2026, 1, 3))
        #expect(DateParser.read("1.3.26") == .ambiguous(dayFirst: day(2026, 3, 1), monthFirst: day(2026, 1, 3)))
    }

    @Test("Texts that are not a real date do not read as one", arguments: [
        "2026-02-30", "2026-13-01", "2025-02-29", "二〇二六年二月三十日", "31/02/2026", "13/13/2026",
        "20261301", "12345678", "2026-03", "2026年3月", "Mar 2026", "1 Mar", "1 Mar 26", "2026-03-01 abc",
        "08:00", "2,360.00", "", "长期", "2026-3-1-5", "2026/03-01", "N/A", "1.2.10.3",
    ])
    func invalidTexts(text: String) {
        #expect(DateParser.read(text) == nil)
    }

    @Test("Excel serial day numbers count from 1899-12-30, with Excel's phantom 1900-02-29", arguments: [
        (46082.0, day(2026, 3, 1)),
        (46082.75, day(2026, 3, 1)),
        (61.0, day(1900, 3, 1)),
        (59.0, day(1900, 2, 28)),
        (1.0, day(1900, 1, 1)),
        (36526.0, day(2000, 1, 1)),
    ])
    func excelSerials(serial: Double, expected: CivilDate) {
        #expect(DateParser.fromExcelSerial(serial) == expected)
    }

    @Test("Excel serials outside the calendar have no date")
    func excelSerialOutOfRange() {
        #expect(DateParser.fromExcelSerial(60) == nil)
        #expect(DateParser.fromExcelSerial(0) == nil)
        #expect(DateParser.fromExcelSerial(-5) == nil)
        #expect(DateParser.fromExcelSerial(.nan) == nil)
        #expect(DateParser.fromExcelSerial(3_000_000) == nil)
    }
}
