import FuzzSupport

/// Any text through the field grammars: dates (every order), clock times, durations, money,
/// months, and the check-digit IDs.
func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for order in [nil, DateOrder.dayFirst, .monthFirst] {
        _ = DateParser.read(text, order: order)
        _ = DateParser.dates(in: text, order: order)
    }
    _ = DateParser.isOpenEnded(text)
    _ = DateParser.inferOrder(from: text.split(separator: "\n").map(String.init))
    _ = ClockTimeParser.minutes(text)
    _ = ClockTimeParser.allMinutes(in: text)
    _ = DurationParser.hours(text)
    _ = MoneyParser.fen(text)
    _ = DateParser.month(text)
    _ = ResidentIDCheck.check(text, asOf: CivilDate(year: 2026, month: 7, day: 1))
    _ = ResidentIDCheck.looksLikeResidentID(text)
    _ = SocialCreditCode.isValid(text)
    _ = SocialCreditCode.hasValidOrganizationCode(text)
    return 0
}
