/// Reads Chinese numerals, lower-case (一二三, 〇) and financial upper-case (壹贰叁), in both
/// digit-by-digit (二〇二六) and positional (二十一, 贰仟叁佰陆拾) form.
enum ChineseNumerals {
    /// The value of a Chinese digit character.
    static func digit(_ u: Unicode.Scalar) -> Int? {
        switch u {
        case "〇", "○", "零": return 0
        case "一", "壹": return 1
        case "二", "贰", "貳", "两", "兩": return 2
        case "三", "叁", "叄", "參": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// The multiplier of a unit character below ten thousand (十 = 10, 百 = 100, 千 = 1000).
    static func smallUnit(_ u: Unicode.Scalar) -> Int? {
        switch u {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        default: return nil
        }
    }

    /// The multiplier of a section character (万 = 10⁴, 亿 = 10⁸).
    static func sectionUnit(_ u: Unicode.Scalar) -> Int? {
        switch u {
        case "万", "萬": return 10_000
        case "亿", "億": return 100_000_000
        default: return nil
        }
    }

    /// The value of the shorthand tens 廿 (20) and 卅 (30).
    static func tens(_ u: Unicode.Scalar) -> Int? {
        switch u {
        case "廿": return 20
        case "卅": return 30
        default: return nil
        }
    }

    /// True for any character that can be part of a Chinese number.
    static func isNumeral(_ u: Unicode.Scalar) -> Bool {
        digit(u) != nil || smallUnit(u) != nil || sectionUnit(u) != nil || tens(u) != nil
    }

    /// The end of the run of numeral characters starting at `i` (equal to `i` when there is none).
    static func runEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, isNumeral(s[j]) { j += 1 }
        return j
    }

    /// The value of a whole numeral run: digit-by-digit when it has no unit, else positional.
    static func value(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty, s.count <= 24 else { return nil }
        let positional = s.contains { smallUnit($0) != nil || sectionUnit($0) != nil || tens($0) != nil }
        return positional ? positionalValue(s) : digitSequenceValue(s)
    }

    /// 二〇二六 → 2026.
    private static func digitSequenceValue(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard s.count <= 18 else { return nil }
        var value = 0
        for u in s {
            guard let d = digit(u) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// 二十一 → 21, 一百零五 → 105, 壹万贰仟 → 12000; nil for malformed or overflowing text.
    private static func positionalValue(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        var total = 0      // completed 万/亿 sections
        var section = 0    // the part below 万 being built
        var pending: Int?  // a digit waiting for its unit
        for u in s {
            if let d = digit(u) {
                pending = d
            } else if let t = tens(u) {
                guard pending == nil || pending == 0 else { return nil }
                section += t
                pending = nil
            } else if let unit = smallUnit(u) {
                section += (pending ?? 1) * unit
                pending = nil
            } else if let big = sectionUnit(u) {
                let part = section + (pending ?? 0)
                let (scaled, overflow) = (big == 100_000_000 ? total + part : max(part, 1))
                    .multipliedReportingOverflow(by: big)
                guard !overflow else { return nil }
                total = big == 100_000_000 ? scaled : total + scaled
                section = 0
                pending = nil
            } else {
                return nil
            }
        }
        let (result, overflow) = total.addingReportingOverflow(section + (pending ?? 0))
        return overflow || result > 1_000_000_000_000_000 ? nil : result
    }
}
