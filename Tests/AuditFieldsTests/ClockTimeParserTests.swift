import AuditFields
import Testing

@Suite("Reading clock times as minutes after midnight")
struct ClockTimeParserTests {
    @Test("Every clock-time form reads as minutes after midnight", arguments: [
        ("08:00", 480),
        ("8:00", 480),
        ("17.30", 1050),
        ("0800", 480),
        ("1730", 1050),
        ("800", 480),
        ("8:00 AM", 480),
        ("8:00AM", 480),
        ("5:30 pm", 1050),
        ("5:30 p.m.", 1050),
        ("12:15 am", 15),
        ("12:15 pm", 735),
        ("8am", 480),
        ("下午5:30", 1050),
        ("下午 17:30", 1050),
        ("上午8:00", 480),
        ("晚上9:00", 1260),
        ("晚上12:00", 1440),
        ("晚上1:00", 1500),
        ("中午1:00", 780),
        ("凌晨12:30", 30),
        ("8点半", 510),
        ("8点30分", 510),
        ("下午5点", 1020),
        ("次日02:00", 1560),
        ("02:00+1", 1560),
        ("02:00(次日)", 1560),
        ("24:00", 1440),
        ("08:00:15", 480),
        ("00:00", 0),
        ("２３：５９", 1439),
    ])
    func clockTimes(text: String, minutes: Int) {
        #expect(ClockTimeParser.minutes(text) == minutes)
    }

    @Test("Impossible or malformed times are rejected", arguments: [
        "25:00", "12:60", "24:30", "24:00:01", "2400 pm", "13:00 pm", "上午13:00", "8:5", "8", "", "abc",
        "8:00 xm", "2026-03-01", "12345", "08:00:60",
    ])
    func rejected(text: String) {
        #expect(ClockTimeParser.minutes(text) == nil)
    }

    @Test("Every punch in a cell is read in order", arguments: [
        ("07:58 12:01 12:59 17:32", [478, 721, 779, 1052]),
        ("07:58\n12:01\n12:59\n17:32", [478, 721, 779, 1052]),
        ("07:58/12:01/12:59/17:32", [478, 721, 779, 1052]),
        ("08:00-17:30", [480, 1050]),
        ("上班07:58 下班17:32", [478, 1052]),
        ("8:00 AM - 5:00 PM", [480, 1020]),
        ("22:00 次日06:00", [1320, 1800]),
        ("0758 1201 1259 1732", [478, 721, 779, 1052]),
        ("2026-03-01 07:58", [478]),
        ("2026.03.01 07.58", [478]),
        ("", []),
        ("休息", []),
        ("0800", [480]),
        ("9999 1200", []),
        ("12345", []),
    ])
    func allPunches(text: String, minutes: [Int]) {
        #expect(ClockTimeParser.allMinutes(in: text) == minutes)
    }
}
