/// Reads money amounts as integer fen (1 yuan = 100 fen), the unit every payroll check works in.
public enum MoneyParser {
    /// The amount a whole value states, in fen rounded half away from zero, or nil when it is not money.
    ///
    /// Accepts `¥2,360.00`, `￥2360`, `RMB 2,360`, `CNY2360.00`, `2360元`, `2,360.00元/月`, `0.236万元`,
    /// `人民币贰仟叁佰陆拾元整` (upper- or lower-case numerals with 元/角/分/整), and the negatives `-120`,
    /// `(120.00)`, `扣120`. Rejects anything else: other letters, several numbers, dates (`2026-07-01`),
    /// times (`08:00`), percentages. `¥` is read as yuan; whether it is really yen is a question of context.
    public static func fen(_ text: String) -> Int? {
        var s = ScalarText.folded(text)
        guard !hasSpaceBetweenDigits(s) else { return nil }
        s.removeAll(where: \.isSpace)
        var negative = false
        if s.first == "(", s.last == ")" {
            negative = true
            s = Array(s.dropFirst().dropLast())
        }
        var i = 0
        while i < s.count {
            if s[i] == "-" || s[i] == "\u{2212}" {
                negative = true
                i += 1
            } else if s[i] == "+" {
                i += 1
            } else if let (_, end) = Scan.longestLiteral(s, i, in: deductionPrefixes) {
                negative = true
                i = end
            } else if let (_, end) = Scan.longestLiteral(s, i, in: currencyPrefixes) {
                i = end
            } else {
                break
            }
        }
        guard i < s.count, let magnitude = s[i].isASCIIDigit ? arabicFen(s, i) : chineseFen(s, i) else { return nil }
        return negative ? -magnitude : magnitude
    }

    // MARK: - Arabic numerals

    /// `2,360.50`, `0.236万`, `2360元/月` from index `i` to the end.
    private static func arabicFen(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard let head = Scan.number(s, i) else { return nil }
        var digits = Array(s[i..<head.end])
        var j = head.end
        if Scan.has(s, j, { $0 == "," }) {
            guard head.count <= 3 else { return nil }
            while Scan.has(s, j, { $0 == "," }) {
                guard let group = Scan.number(s, j + 1), group.count == 3 else { return nil }
                digits += s[(j + 1)..<group.end]
                j = group.end
            }
        }
        var decimals = 0
        if Scan.has(s, j, { $0 == "." }) {
            guard let fraction = Scan.number(s, j + 1) else { return nil }
            digits += s[(j + 1)..<fraction.end]
            decimals = fraction.count
            j = fraction.end
        }
        var multiplier = 1
        if Scan.has(s, j, { $0 == "万" || $0 == "萬" }) {
            multiplier = 10_000
            j += 1
        }
        j = skipUnitSuffix(s, j)
        guard j == s.count else { return nil }
        return scaledFen(digits: digits, decimals: decimals, multiplier: multiplier)
    }

    /// `digits × 10^-decimals × multiplier` yuan in fen, rounded half up; nil on overflow.
    private static func scaledFen(digits: [Unicode.Scalar], decimals: Int, multiplier: Int) -> Int? {
        var mantissa = 0
        for digit in digits {
            let (shifted, overflow1) = mantissa.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit.asciiDigitValue!)
            guard !overflow1, !overflow2 else { return nil }
            mantissa = sum
        }
        let (scaled, overflow) = mantissa.multipliedReportingOverflow(by: multiplier * 100)
        guard !overflow, decimals <= 18 else { return nil }
        var divisor = 1
        for _ in 0..<decimals { divisor *= 10 }
        let (rounded, roundingOverflow) = scaled.addingReportingOverflow(divisor / 2)
        return roundingOverflow ? nil : rounded / divisor
    }

    // MARK: - Chinese numerals

    /// `贰仟叁佰陆拾元整`, `壹佰元零伍分`, `伍角` from index `i` to the end.
    private static func chineseFen(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        var fen = 0
        var sawUnit = false
        let run = ChineseNumerals.runEnd(s, i)
        if run > i, Scan.has(s, run, { $0 == "元" || $0 == "圆" || $0 == "圓" }) {
            guard let yuan = ChineseNumerals.value(s[i..<run]), let yuanFen = fenOf(yuan: yuan) else { return nil }
            fen = yuanFen
            j = run + 1
            sawUnit = true
        }
        for (unit, weight) in [("角" as Unicode.Scalar, 10), ("分", 1)] {
            if Scan.has(s, j, { $0 == "零" }) && Scan.has(s, j + 1, { ChineseNumerals.digit($0) != nil }) { j += 1 }
            if Scan.has(s, j + 1, { $0 == unit }), let digit = ChineseNumerals.digit(s[j]) {
                fen += digit * weight
                j += 2
                sawUnit = true
            }
        }
        if sawUnit {
            if Scan.has(s, j, { $0 == "整" || $0 == "正" }) { j += 1 }
            return j == s.count ? fen : nil
        }
        guard run == s.count, let yuan = ChineseNumerals.value(s[i..<run]) else { return nil }
        return fenOf(yuan: yuan)
    }

    private static func fenOf(yuan: Int) -> Int? {
        let (fen, overflow) = yuan.multipliedReportingOverflow(by: 100)
        return overflow ? nil : fen
    }

    // MARK: - Affixes

    private static let currencyPrefixes = ["¥", "rmb", "cny", "人民币", "人民幣"]
    private static let deductionPrefixes = ["扣款", "扣除", "扣"]
    private static let currencySuffixes = ["元整", "元", "圆", "圓", "块", "rmb", "cny", "yuan"]
    private static let rateUnits = ["月", "天", "日", "时", "小时", "h", "hr", "hour", "day", "month", "mo", "年",
                                    "周", "week", "件", "pcs", "次", "人"]

    /// Skips `元`, `RMB` and a rate such as `/月` or `/hour`.
    private static func skipUnitSuffix(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        if let (_, end) = Scan.longestLiteral(s, j, in: currencySuffixes) { j = end }
        if Scan.has(s, j, { $0 == "/" }), let (_, end) = Scan.longestLiteral(s, j + 1, in: rateUnits), end == s.count {
            j = end
        }
        return j
    }

    /// True for `12 30`: two numbers, not one amount with a space.
    private static func hasSpaceBetweenDigits(_ s: [Unicode.Scalar]) -> Bool {
        var lastWasDigit = false
        var spaceSinceDigit = false
        for u in s {
            if u.isASCIIDigit {
                if lastWasDigit && spaceSinceDigit { return true }
                lastWasDigit = true
                spaceSinceDigit = false
            } else if u.isSpace {
                spaceSinceDigit = true
            } else {
                lastWasDigit = false
                spaceSinceDigit = false
            }
        }
        return false
    }
}
