import AuditFields
import Testing

@Suite("Reading durations as hours")
struct DurationParserTests {
    @Test("Every duration form reads as decimal hours", arguments: [
        ("8", 8.0),
        ("8.5", 8.5),
        ("8:30", 8.5),
        ("8:30:00", 8.5),
        ("37:45", 37.75),
        ("8h30m", 8.5),
        ("8h30", 8.5),
        ("8h", 8.0),
        ("8 hrs", 8.0),
        ("8.5h", 8.5),
        ("8.5 Hours", 8.5),
        ("1h 30min", 1.5),
        ("8小时30分", 8.5),
        ("8小時", 8.0),
        ("30m", 0.5),
        ("30分钟", 0.5),
        ("90 min", 1.5),
        ("０", 0.0),
        ("８.５", 8.5),
    ])
    func durations(text: String, hours: Double) {
        #expect(DurationParser.hours(text) == hours)
    }

    @Test("8.30 is read as the decimal 8.3 hours, not 8 h 30 min")
    func pointThirtyIsDecimal() {
        #expect(DurationParser.hours("8.30") == 8.3)
    }

    @Test("Empty, dashes and non-durations are not hours", arguments: [
        "", "-", "—", "/", "abc", "8:5", "8:60", "8h90m", "30m8h", "8 30", "8h8h", "-8", "8,5", "8 days", "8.",
    ])
    func rejected(text: String) {
        #expect(DurationParser.hours(text) == nil)
    }
}
