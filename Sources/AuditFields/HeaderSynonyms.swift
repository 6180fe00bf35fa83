/// Maps a column header, in Chinese or English, to the field it names (domain §3).
///
/// Matching runs in this order and stops at the first stage that decides:
/// 1. exact match of `TextNormalizer.headerKey`, also with a trailing ordinal or rate removed
///    (`上班2`, `Time In (3)` name the second or third clock-in column; `OT 1.5x` is `OT`);
/// 2. exact match of the parts of a bilingual header (`基本工资 Basic Wage`, `工号(Emp No.)`),
///    decided here as soon as any part matches: its field when every matching part agrees, else nil;
/// 3. fuzzy match of the whole key, then of the parts (see `fuzzyField`).
///
/// An overtime-hours header that states its rate (`加班时数(2倍)`, `OT 3x`) is then read as rest-day
/// or holiday overtime.
public enum HeaderSynonyms {
    /// The field a header names, or nil when it names none or is ambiguous.
    public static func field(for header: String) -> CanonicalField? {
        matchedField(for: header).map { refinedByRate($0, header: header) }
    }

    /// True when `header` is a synonym as written, whole or in every part of a bilingual header
    /// (`上班时间 Clock In`), not a near miss nor a part with words beside it: for telling a header
    /// read whole from one pieced together wrongly.
    public static func isExact(_ header: String) -> Bool {
        let key = TextNormalizer.headerKey(header)
        guard !key.isEmpty, !ambiguousKeys.contains(key) else { return false }
        if exactField(key) != nil { return true }
        let fields = segments(of: key).map(exactField)
        return fields.count > 1 && !fields.contains(nil) && agreed(fields) != nil
    }

    private static func matchedField(for header: String) -> CanonicalField? {
        let key = TextNormalizer.headerKey(header)
        guard !key.isEmpty else {
            return TextNormalizer.fold(header) == "#" ? .rowNumber : nil
        }
        guard key.unicodeScalars.contains(where: { !$0.isASCIIDigit }), !ambiguousKeys.contains(key) else { return nil }
        if let field = exactField(key) { return field }
        let parts = segments(of: key)
        if parts != [key] {
            let exact = parts.map(exactField)
            if exact.contains(where: { $0 != nil }) { return agreed(exact) }
        }
        if let field = fuzzyField(key) { return field }
        if parts != [key], let field = agreed(parts.map(fuzzyField)) { return field }
        return nil
    }

    // MARK: - Table

    /// Every synonym's header key, with its field.
    private static let exactTable: [String: CanonicalField] = {
        var table: [String: CanonicalField] = [:]
        for field in CanonicalField.allCases {
            for synonym in allSynonyms(of: field) {
                let key = TextNormalizer.headerKey(synonym)
                table[key] = table[key] ?? field
            }
        }
        return table
    }()

    /// The header keys of `ambiguousHeaders`.
    private static let ambiguousKeys = Set(ambiguousHeaders.map(TextNormalizer.headerKey))

    /// The same keys as scalar arrays, for edit distances.
    private static let fuzzyEntries: [(key: [Unicode.Scalar], field: CanonicalField, isCJK: Bool)] =
        exactTable.map { key, field in
            let scalars = Array(key.unicodeScalars)
            return (scalars, field, scalars.contains(where: \.isCJKIdeograph))
        }

    // MARK: - Stages

    private static func exactField(_ key: String) -> CanonicalField? {
        if let field = exactTable[key] { return field }
        if let stripped = stem(of: key) { return exactTable[stripped] }
        return nil
    }

    /// The nearest synonym's field, within the edit budget, or nil when none is near or two fields tie.
    ///
    /// - Chinese keys: distance ≤ 1, both keys at least 3 characters, and never by substituting one
    ///   meaning-bearing character for another (时 hours vs 资 pay, 上 in vs 下 out: see `discriminators`).
    /// - Latin keys: distance ≤ 2, both keys at least 6 letters, and the first and final letters
    ///   unchanged (see `sameEnds`). Short keys such as `in`, `out`, `ot`, `net` and `day` therefore
    ///   only ever match exactly.
    static func fuzzyField(_ key: String) -> CanonicalField? {
        let probe = Array((stem(of: key) ?? key).unicodeScalars)
        let probeIsCJK = probe.contains(where: \.isCJKIdeograph)
        let minimumLength = probeIsCJK ? 3 : 6
        guard probe.count >= minimumLength else { return nil }
        let forbidden: ((Unicode.Scalar) -> Bool)? = probeIsCJK ? { discriminators.contains($0) } : nil
        var best = probeIsCJK ? 1 : 2
        var bestFields: Set<CanonicalField> = []
        for entry in fuzzyEntries where entry.isCJK == probeIsCJK && entry.key.count >= minimumLength {
            if !probeIsCJK && !sameEnds(entry.key, probe) { continue }
            guard let distance = EditDistance.bounded(probe, entry.key, limit: best, forbidSubstitution: forbidden)
            else { continue }
            if distance < best { bestFields = [] }
            best = distance
            bestFields.insert(entry.field)
        }
        return bestFields.count == 1 ? bestFields.first : nil
    }

    // MARK: - Helpers

    /// The field every non-nil element names, or nil when there is none or they disagree.
    private static func agreed(_ fields: [CanonicalField?]) -> CanonicalField? {
        let found = Set(fields.compactMap { $0 })
        return found.count == 1 ? found.first : nil
    }

    /// The key without a trailing ordinal or pay rate, when a word remains: `上班2` → `上班`,
    /// `timein(1)` → `timein`, `ot15x` (`OT 1.5x`) → `ot`, `加班时数(2倍)` → `加班时数`, `othours(x2)` → `othours`.
    private static func stem(of key: String) -> String? {
        let scalars = Array(key.unicodeScalars)
        var end = scalars.count
        let bracketed = scalars.last == ")"
        if bracketed { end -= 1 }
        if end > 0, rateMarks.contains(scalars[end - 1]) { end -= 1 }
        let digitsEnd = end
        while end > 0, scalars[end - 1].isASCIIDigit { end -= 1 }
        guard (1...3).contains(digitsEnd - end) else { return nil }
        if bracketed {
            if end > 0, scalars[end - 1] == "x" || scalars[end - 1] == "×" { end -= 1 }
            guard end > 0, scalars[end - 1] == "(" else { return nil }
            end -= 1
        }
        let stem = scalars[..<end]
        guard stem.contains(where: { $0.isASCIILetter || $0.isCJKIdeograph }) else { return nil }
        return String(String.UnicodeScalarView(stem))
    }

    private static let rateMarks: Set<Unicode.Scalar> = ["x", "×", "倍", "%"]

    /// An overtime-hours column labelled with its pay rate: 2× is rest-day overtime and 3× is
    /// public-holiday overtime (PRC Labour Law Art. 44); 1.5× stays weekday overtime.
    private static func refinedByRate(_ field: CanonicalField, header: String) -> CanonicalField {
        guard field == .otHours else { return field }
        let text = String(String.UnicodeScalarView(
            TextNormalizer.nfkc(header).lowercased().unicodeScalars.filter { !$0.isSpace }))
        if holidayRateMarks.contains(where: { text.contains($0) }) { return .holidayOtHours }
        if restDayRateMarks.contains(where: { text.contains($0) }) { return .restDayOtHours }
        return field
    }

    private static let holidayRateMarks = ["3倍", "三倍", "300%", "3x", "x3", "×3"]
    private static let restDayRateMarks = ["2倍", "二倍", "两倍", "双倍", "200%", "2x", "x2", "×2"]

    /// The Chinese and Latin runs of a key, split at script changes and parentheses.
    static func segments(of key: String) -> [String] {
        enum Script { case cjk, latin }
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var script: Script?
        func flush() {
            if current.contains(where: { $0.isCJKIdeograph || $0.isASCIILetter }) { parts.append(String(current)) }
            current = String.UnicodeScalarView()
            script = nil
        }
        for u in key.unicodeScalars {
            if u == "(" || u == ")" {
                flush()
                continue
            }
            let kind: Script? = u.isCJKIdeograph ? .cjk : (u.isASCIILetter ? .latin : nil)
            if let kind, let running = script, kind != running { flush() }
            current.append(u)
            if let kind { script = kind }
        }
        flush()
        return parts
    }

    /// True when two Latin keys share their first letter and their last (ignoring one plural `s`):
    /// slips happen inside words, while a different first or last letter usually means a different
    /// word (`Amount` is not `OT Amount`, `Leave Days` is not `Leave Date`).
    private static func sameEnds(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        func last(_ key: [Unicode.Scalar]) -> Unicode.Scalar? {
            key.count > 1 && key.last == "s" ? key[key.count - 2] : key.last
        }
        return a.first == b.first && last(a) == last(b)
    }

    /// Characters that carry what a Chinese header measures (时 hours, 资 pay, 期 date), which side
    /// it is on (上 in, 下 out, 应 due, 实 actual) or which kind it is (正 regular, 加 overtime, 基 basic, 组 a group where 号 is a number);
    /// a fuzzy match may not swap one for another, though it may swap either for an OCR look-alike.
    private static let discriminators: Set<Unicode.Scalar> = Set(
        "时资费数天日期号码名额金奖贴补款别龄月份率价址话证薪分点次到退入出上下实应正加基本岗计件扣总合平周节法休夜签姓组迟早缺考"
            .unicodeScalars)
}
