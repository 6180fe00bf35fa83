import Foundation

/// Folds header and value text so that spelling variants of one label or value compare equal.
public enum TextNormalizer {
    /// The comparison key of a column header (domain §3): NFKC, lower-case, Simplified Chinese,
    /// without spaces, punctuation noise (`: ： * # . - _`) or parenthesised unit suffixes.
    ///
    /// `/` and parentheses around non-unit text are kept because they distinguish headers
    /// (`M/F`, `养老(个人)`); `(h)`, `（元）`, `(RMB)`, `(单位：元)` are dropped.
    public static func headerKey(_ s: String) -> String {
        let scalars = nfkc(s).lowercased().unicodeScalars.map(simplified)
        var key = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if let close = closingBracket(for: u), let end = scalars[(i + 1)...].firstIndex(of: close) {
                let inner = Array(scalars[(i + 1)..<end])
                if !isUnit(inner) {
                    key.append("(")
                    key.append(contentsOf: inner.filter { !isHeaderNoise($0) })
                    key.append(")")
                }
                i = end + 1
                continue
            }
            if !isHeaderNoise(u) { key.append(u) }
            i += 1
        }
        return String(key)
    }

    /// A cell value in comparable form: NFKC (full-width digits and letters become ASCII,
    /// `￥` becomes `¥`), with surrounding white space and byte-order marks trimmed.
    public static func fold(_ s: String) -> String {
        let scalars = nfkc(s).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[first...last])
    }

    // MARK: - Internals

    /// White space, byte-order marks and zero-width characters around a value.
    private static func isTrimmed(_ u: Unicode.Scalar) -> Bool {
        u.isSpace || u == "\u{FEFF}" || u == "\u{200B}" || u == "\u{200C}" || u == "\u{200D}" || u == "\u{2060}"
    }

    /// NFKC; text made only of ASCII, CJK ideographs, CJK punctuation and full-width forms (nearly
    /// all evidence text) is folded here, anything else by Foundation.
    static func nfkc(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        var folded = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            guard let simple = simpleNFKC(scalar) else { return s.precomposedStringWithCompatibilityMapping }
            folded.append(simple)
        }
        return String(folded)
    }

    /// The NFKC form of a scalar whose form is known without tables (nil for any other scalar).
    ///
    /// Combining marks are not covered, so text that needs composition always goes to Foundation.
    static func simpleNFKC(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        switch u.value {
        case 0..<0x80, 0x3001...0x301C, 0x3400...0x4DBF, 0x4E00...0x9FFF:
            return u
        case 0xFF01...0xFF5E:
            return Unicode.Scalar(u.value - 0xFEE0)
        case 0x3000:
            return " "
        case 0xFFE5:
            return "\u{A5}"
        default:
            return nil
        }
    }

    /// The Simplified form of a Traditional character that occurs in HR and licence headers.
    static func simplified(_ u: Unicode.Scalar) -> Unicode.Scalar {
        u.value < 0x3400 ? u : (traditionalToSimplified[u] ?? u)
    }

    /// Pairs of (Traditional, Simplified) characters seen in rosters, timesheets, payrolls and licences.
    static let traditionalSimplifiedPairs: [String] = [
        "資资", "員员", "號号", "時时", "數数", "職职", "實实", "發发", "應应", "稱称", "證证", "碼码",
        "門门", "離离", "齡龄", "別别", "計计", "點点", "費费", "補补", "貼贴", "獎奖", "績绩", "險险",
        "單单", "額额", "簽签", "勞劳", "動动", "間间", "廠厂", "進进", "歲岁", "業业", "執执", "當当",
        "總总", "結结", "稅税", "個个", "現现", "電电", "話话", "種种", "車车", "組组", "線线", "務务",
        "崗岗", "項项", "銀银", "開开", "戶户", "醫医", "療疗", "養养", "週周", "節节", "請请", "遲迟",
        "曠旷", "夥伙", "類类", "營营", "經经", "規规", "許许", "記记", "錄录", "錶表", "長长", "續续",
        "護护", "認认", "確确", "產产", "準准", "標标", "雙双", "屬属", "終终", "辭辞", "報报", "參参",
        "調调", "喪丧", "處处", "紀纪", "鐘钟", "負负", "責责", "擔担", "匯汇", "餘余", "轉转", "帳账",
        "賬账", "級级", "區区", "縣县", "鄉乡", "鎮镇", "償偿", "傷伤", "殘残", "兒儿", "與与", "於于",
        "後后", "裡里", "為为", "無无", "從从", "專专", "義义", "廳厅", "係系", "際际", "檔档", "東东",
        "萬万", "億亿", "備备", "註注", "冊册", "範范", "圍围", "審审", "檢检", "驗验", "測测", "書书",
        "領领", "貫贯", "聯联", "繫系", "機机", "導导", "統统", "質质", "罰罚", "預预", "積积", "對对",
        "編编", "溫温", "違违", "訂订", "習习", "幾几", "禮礼", "條条", "狀状", "態态", "團团", "隊队",
        "價价", "貨货", "場场", "網网", "郵邮", "頭头", "寫写", "齊齐", "詳详", "細细", "約约", "據据",
        "衛卫", "災灾", "設设", "鄰邻", "籤签",
    ]

    private static let traditionalToSimplified: [Unicode.Scalar: Unicode.Scalar] = Dictionary(
        traditionalSimplifiedPairs.map { pair in (pair.unicodeScalars.first!, pair.unicodeScalars.last!) },
        uniquingKeysWith: { first, _ in first })

    /// Characters that never distinguish one header from another.
    private static func isHeaderNoise(_ u: Unicode.Scalar) -> Bool {
        if u.isSpace { return true }
        switch u {
        case ":", "*", "#", ".", "-", "_", ",", ";", "'", "\"", "?", "!", "·", "•", "、", "。", "‘", "’",
             "“", "”", "\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}":
            return true
        default:
            return false
        }
    }

    /// The closing bracket that pairs with an opening one (after NFKC, full-width brackets are ASCII).
    private static func closingBracket(for u: Unicode.Scalar) -> Unicode.Scalar? {
        switch u {
        case "(": return ")"
        case "[": return "]"
        case "【": return "】"
        case "〔": return "〕"
        default: return nil
        }
    }

    private static let unitWords: Set<String> = [
        "h", "hr", "hrs", "hour", "hours", "小时", "时", "min", "mins", "minute", "minutes", "分", "分钟",
        "d", "day", "days", "天", "日", "次", "个", "人", "件", "pcs", "kg", "%", "元", "块", "万元", "rmb",
        "cny", "yuan", "¥", "$", "usd", "hkd", "人民币", "月", "month", "mo", "年", "year", "week", "周",
    ]

    /// True when bracketed text names only a unit: `h`, `元`, `RMB`, `元/月`, `单位:元`, `unit: hrs`.
    private static func isUnit(_ inner: [Unicode.Scalar]) -> Bool {
        var text = String(String.UnicodeScalarView(inner.filter { !isHeaderNoise($0) }))
        for prefix in ["单位", "unit", "in"] where text.hasPrefix(prefix) && text.count > prefix.count {
            text.removeFirst(prefix.count)
            break
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return !text.isEmpty && parts.allSatisfy { unitWords.contains(String($0)) }
    }
}
