import AuditFields
import Testing

@Suite("Reading money as fen")
struct MoneyParserTests {
    @Test("Every money form of the domain reference reads as integer fen", arguments: [
        ("¥2,360.00", 236_000),
        ("￥2360", 236_000),
        ("RMB 2,360", 236_000),
        ("CNY2360.00", 236_000),
        ("2360元", 236_000),
        ("2,360.00元/月", 236_000),
        ("0.236万元", 236_000),
        ("1.5万", 1_500_000),
        ("人民币贰仟叁佰陆拾元整", 236_000),
        ("壹佰元零伍分", 10_005),
        ("贰拾元伍角", 2_050),
        ("壹万零伍佰元", 1_050_000),
        ("二千三百六十元", 236_000),
        ("2360", 236_000),
        ("2360.5", 236_050),
        ("０.５", 50),
        ("２３６０", 236_000),
        ("1,234,567.89", 123_456_789),
        ("0", 0),
        ("2360 rmb", 236_000),
        ("+100", 10_000),
    ])
    func positiveAmounts(text: String, fen: Int) {
        #expect(MoneyParser.fen(text) == fen)
    }

    @Test("Negatives are read from a minus sign, accounting parentheses or 扣", arguments: [
        ("-120", -12_000),
        ("(120.00)", -12_000),
        ("扣120", -12_000),
        ("扣款50元", -5_000),
        ("-¥120", -12_000),
        ("¥-120", -12_000),
        ("−120", -12_000),
    ])
    func negativeAmounts(text: String, fen: Int) {
        #expect(MoneyParser.fen(text) == fen)
    }

    @Test("Amounts are rounded to the nearest fen, halves away from zero", arguments: [
        ("2360.555", 236_056),
        ("2360.554", 236_055),
        ("-0.005", -1),
        ("0.0049", 0),
        ("0.12345万", 123_450),
    ])
    func rounding(text: String, fen: Int) {
        #expect(MoneyParser.fen(text) == fen)
    }

    @Test("Text that is not an amount of money is rejected", arguments: [
        "", "-", "¥", "元", "N/A", "abc", "2026-07-01", "2026.07.01", "08:00", "12 30", "1,23", "12,3456",
        "5%", "$100", "2360 USD", "1e5", "2360元/abc", "2.360,00", "张三", "十二月", "99999999999999999999",
    ])
    func rejected(text: String) {
        #expect(MoneyParser.fen(text) == nil)
    }
}
