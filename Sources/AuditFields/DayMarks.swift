/// What a mark typed in a day cell of a hand-kept attendance grid says about that day.
///
/// Grids kept by hand mark each day with a word or a symbol instead of hours: `√` worked, `休`
/// rest, `事假` personal leave, `旷工` absent, `上班缺卡` worked but the clock-in punch is missing.
/// The rules need to know only whether the day was worked; what kind of leave it was, or that the
/// worker came late, does not change that. The marks are data: `DayMarks.table` lists every
/// spelling, in Chinese and English, with what it means.
public enum DayMark: Sendable, Hashable {
    /// Worked, its hours not stated: present, late, left early, on a business trip.
    case worked
    /// Worked, but a punch is missing: a person must say how long the day was.
    case workedMissingPunch(MissingPunch)
    /// Not worked: a rest day or public holiday off.
    case rest
    /// Not worked: on leave (personal, sick, annual, time off in lieu, marriage, maternity …).
    case leave
    /// Not worked: absent without leave.
    case absent

    /// Which punch of a worked day a mark says is missing.
    public enum MissingPunch: Sendable, Hashable {
        case clockIn, clockOut
        /// The mark does not say which (`缺卡`, `忘打卡`).
        case unstated
    }

    /// True when the mark says the day was worked.
    public var isWorked: Bool {
        switch self {
        case .worked, .workedMissingPunch: return true
        case .rest, .leave, .absent: return false
        }
    }
}

/// The marks of attendance grids and what each means.
public enum DayMarks {
    /// One meaning and every spelling of it.
    public struct Entry: Sendable {
        public var mark: DayMark
        /// What the mark means, in English, for reports and docs.
        public var meaning: String
        /// The spellings, compared after full-width forms are folded and case is ignored.
        public var spellings: [String]
    }

    /// Every mark this version reads. The symbols `△ ⊕ ★ ○ ◎ C W` and the letter `G` are those
    /// real grid templates explain in their own legend ("“√”出勤1天，“Ｃ”出差，“W”外出，“⊕”病假，
    /// “△”事假，“★”带薪假，“○”旷工，“◎”迟到"; "G类：忘打卡").
    public static let table: [Entry] = [
        Entry(mark: .worked, meaning: "worked (hours not stated)",
              spellings: ["√", "✓", "✔", "出勤", "正常", "上班", "present", "worked", "P"]),
        Entry(mark: .worked, meaning: "worked, came late or left early",
              spellings: ["迟到", "上班迟到", "早退", "下班早退", "迟到早退", "◎", "late", "left early"]),
        Entry(mark: .worked, meaning: "worked away from the site: business trip or errand",
              spellings: ["出差", "外出", "公出", "外勤", "C", "W", "business trip", "on duty out"]),
        Entry(mark: .workedMissingPunch(.clockIn), meaning: "worked, the clock-in punch missing",
              spellings: ["上班缺卡", "上班未打卡", "上班漏卡", "missing clock-in", "no clock-in"]),
        Entry(mark: .workedMissingPunch(.clockOut), meaning: "worked, the clock-out punch missing",
              spellings: ["下班缺卡", "下班未打卡", "下班漏卡", "missing clock-out", "no clock-out"]),
        Entry(mark: .workedMissingPunch(.unstated), meaning: "worked, a punch missing",
              spellings: ["缺卡", "未打卡", "忘打卡", "漏卡", "漏打卡", "G", "missing punch"]),
        Entry(mark: .rest, meaning: "rest day or public holiday off",
              spellings: ["休", "休息", "公休", "休息日", "节假日", "法定假", "法定假日", "rest", "off", "day off", "holiday", "PH"]
                  + holidayNames),
        Entry(mark: .leave, meaning: "on leave",
              spellings: ["事假", "病假", "年假", "调休", "带薪假", "婚假", "产假", "陪产假", "丧假", "工伤假", "探亲假", "假",
                          "△", "⊕", "★", "leave", "personal leave", "sick leave", "annual leave", "AL", "SL"]),
        Entry(mark: .absent, meaning: "absent without leave",
              spellings: ["旷工", "○", "absent", "absence", "AWOL"]),
    ]

    /// China's public holidays by the names attendance apps print in a day's cell or heading
    /// (DingTalk heads 19 June 2026 `端午节`), each a day off.
    public static let holidayNames = ["元旦", "春节", "除夕", "清明", "清明节", "劳动节", "五一", "端午", "端午节",
                                      "中秋", "中秋节", "国庆", "国庆节", "New Year's Day", "Spring Festival",
                                      "Qingming", "Labour Day", "Labor Day", "Dragon Boat Festival",
                                      "Mid-Autumn Festival", "National Day"]

    /// The mark a day cell's text is, or nil when it is no mark this version knows (hours, times, or
    /// a word not in `table`).
    public static func mark(_ text: String) -> DayMark? {
        index[key(text)]
    }

    /// What `text` means, in English, when it is a mark ("on leave" for `事假`).
    public static func meaning(_ text: String) -> String? {
        meanings[key(text)]
    }

    private static func key(_ text: String) -> String {
        TextNormalizer.fold(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let index: [String: DayMark] = Dictionary(
        table.flatMap { entry in entry.spellings.map { (key($0), entry.mark) } }, uniquingKeysWith: { first, _ in first })

    private static let meanings: [String: String] = Dictionary(
        table.flatMap { entry in entry.spellings.map { (key($0), entry.meaning) } }, uniquingKeysWith: { first, _ in first })
}
