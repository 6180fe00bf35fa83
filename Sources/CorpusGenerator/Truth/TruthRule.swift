import AuditCore

/// The `china-labor-law` rules the ground truth covers, with the category and severity a correct
/// checker reports them under.
enum TruthRule: String, CaseIterable, Codable, Comparable {
    case documentExpired = "china-labor-law/document-expired"
    case documentExpiring = "china-labor-law/document-expiring"
    case minimumAge = "china-labor-law/minimum-age"
    case dailyHours = "china-labor-law/daily-hours"
    case overtimeMonthly = "china-labor-law/overtime-monthly"
    case weeklyHours = "china-labor-law/weekly-hours"
    case paidNotOnRoster = "china-labor-law/paid-not-on-roster"
    case rosteredNotPaid = "china-labor-law/rostered-not-paid"

    /// The rule pack the ids belong to.
    static let ruleset = "china-labor-law"

    /// The id without its pack (`daily-hours`).
    var name: String { String(rawValue.dropFirst(Self.ruleset.count + 1)) }

    var category: FindingCategory {
        switch self {
        case .documentExpired, .documentExpiring: return .expiry
        case .minimumAge: return .minimumAge
        case .dailyHours, .overtimeMonthly, .weeklyHours: return .workingHours
        case .paidNotOnRoster, .rosteredNotPaid: return .rosterPayroll
        }
    }

    var severity: Severity {
        switch self {
        case .documentExpiring, .rosteredNotPaid: return .warning
        default: return .error
        }
    }

    static func < (a: TruthRule, b: TruthRule) -> Bool { a.rawValue < b.rawValue }
}

/// The limits the `china-labor-law` pack applies (PRC Labour Law Art. 15, 36, 41; the 60-hour
/// week of the ETI and RBA codes).
struct RuleThresholds {
    var expiryWarningDays = 60
    var minimumAge = 16
    var maximumDailyMinutes = 11 * 60
    var maximumMonthlyOvertimeMinutes = 36 * 60
    var maximumWeeklyMinutes = 60 * 60

    static let chinaLaborLaw = RuleThresholds()
}
