import AuditCore
import AuditFields
import Testing

@Suite("Finding dates in text and settling the day/month order")
struct DateSearchTests {
    @Test("Every date in a validity line is found, in order, with its text and range")
    func datesInEnglishLine() {
        let line = "Valid from 1 Mar 2021 to 28 Feb 2027"
        let matches = DateParser.dates(in: line)
        #expect(matches.map(\.reading) == [.date(day(2021, 3, 1)), .date(day(2027, 2, 28))])
        #expect(matches.map(\.text) == ["1 Mar 2021", "28 Feb 2027"])
        #expect(matches.map { String(line[$0.range]) } == ["1 Mar 2021", "28 Feb 2027"])
    }

    @Test("A Chinese licence term with an open end yields its start date and is open-ended")
    func chineseTermLine() {
        let line = "营业期限：2015年06月01日 至 长期"
        let matches = DateParser.dates(in: line)
        #expect(matches.map(\.text) == ["2015年06月01日"])
        #expect(matches.first?.reading == .date(day(2015, 6, 1)))
        #expect(DateParser.isOpenEnded(line))
    }

    @Test("An ID-card validity range gives both ends")
    func idCardRange() {
        let matches = DateParser.dates(in: "有效期限 2016.05.03-2036.05.03")
        #expect(matches.map(\.reading) == [.date(day(2016, 5, 3)), .date(day(2036, 5, 3))])
    }

    @Test("A range joined by the same hyphen its dates use still yields both dates")
    func hyphenatedIsoRange() {
        let matches = DateParser.dates(in: "计薪周期 2026-03-01-2026-03-31")
        #expect(matches.map(\.text) == ["2026-03-01", "2026-03-31"])
    }

    @Test("Ranges refer to the original text even when it holds full-width digits")
    func rangesInFullWidthText() {
        let line = "签发日期：２０２６年３月１日。"
        let matches = DateParser.dates(in: line)
        #expect(matches.count == 1)
        #expect(matches.first?.text == "２０２６年３月１日")
        #expect(matches.first.map { String(line[$0.range]) } == "２０２６年３月１日")
        #expect(matches.first?.reading == .date(day(2026, 3, 1)))
    }

    @Test("Numbers that only contain date-like digits are not dates")
    func noDatesInsideNumbers() {
        #expect(DateParser.dates(in: "身份证 11010519491231002X").isEmpty)
        #expect(DateParser.dates(in: "Tel 138-1234-5678, total 2,360.00, ISO 9001:2015, v1.2.3.4").isEmpty)
        #expect(DateParser.dates(in: "Remark: March was busy").isEmpty)
    }

    @Test("Ambiguous dates in a line are reported as ambiguous, or resolved by a given order")
    func ambiguousInLine() {
        let text = "Audit 02/03/2026, follow-up 15/09/2026"
        #expect(DateParser.dates(in: text).map(\.reading) == [
            .ambiguous(dayFirst: day(2026, 3, 2), monthFirst: day(2026, 2, 3)), .date(day(2026, 9, 15)),
        ])
        #expect(DateParser.dates(in: text, order: .dayFirst).first?.reading == .date(day(2026, 3, 2)))
    }

    @Test("Open-ended terms are recognised in Chinese and English; N/A and real dates are not open-ended",
          arguments: [
              ("长期", true), ("長期有效", true), ("永久", true), ("无固定期限", true), ("Long-term", true),
              ("long term", true), ("Permanent", true), ("Indefinite", true), ("No expiry", true),
              ("N/A", false), ("2036.05.03", false), ("固定期限", false), ("", false),
          ])
    func openEnded(text: String, expected: Bool) {
        #expect(DateParser.isOpenEnded(text) == expected)
    }

    @Test("One unambiguous value settles the order for the whole column")
    func inferFromUnambiguousValue() {
        #expect(DateParser.inferOrder(from: ["01/03/2026", "02/03/2026", "13/03/2026"]) == .dayFirst)
        #expect(DateParser.inferOrder(from: ["03/01/2026", "03/13/2026"]) == .monthFirst)
    }

    @Test("Values that settle the order both ways leave it unsettled")
    func inferContradiction() {
        #expect(DateParser.inferOrder(from: ["13/03/2026", "03/13/2026"]) == nil)
    }

    @Test("Without a settling value, consecutive daily rows settle the order by stepping one day")
    func inferFromDailySteps() {
        #expect(DateParser.inferOrder(from: ["01/03/2026", "02/03/2026", "03/03/2026"]) == .dayFirst)
        #expect(DateParser.inferOrder(from: ["03/01/2026", "03/02/2026", "03/03/2026"]) == .monthFirst)
    }

    @Test("Values with no a/b/yyyy date settle nothing")
    func inferNothing() {
        #expect(DateParser.inferOrder(from: ["2026-03-01", "1 Mar 2026", "hello"]) == nil)
        #expect(DateParser.inferOrder(from: ["01/03/2026"]) == nil)
        #expect(DateParser.inferOrder(from: []) == nil)
    }
}
