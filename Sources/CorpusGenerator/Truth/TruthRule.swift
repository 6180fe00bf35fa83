import AuditCore

/// The rule packs the ground truth is written for.
enum RulePack: String, CaseIterable, Codable, Comparable, Sendable {
    case chinaLaborLaw = "china-labor-law"
    case amforiBSCI = "amfori-bsci"
    case sa8000
    case eti
    case rba

    /// The rules of the pack the ground truth covers.
    var rules: [RuleID] {
        switch self {
        case .chinaLaborLaw:
            return [.documentExpired, .documentExpiring, .minimumAge, .dailyHours, .overtimeMonthly, .weeklyHours,
                    .paidNotOnRoster, .rosteredNotPaid, .missingDocument, .juvenileWorker, .weeklyRestDay,
                    .minimumWage, .overtimePay, .payrollArithmetic, .hoursMismatch, .identityMismatch, .residentID,
                    .creditCode, .uniformPunches, .hoursAtLimit, .roundNetPay, .dateOrder, .impossiblePunches,
                    .summaryBelowPunches,
                    .certificateEdition, .certificateTerm, .certificateAddress, .certificateTradingScope,
                    .certificationBody, .certificateProducts, .auditRating, .auditReportAge, .auditReportAsCertificate]
        case .amforiBSCI, .eti, .rba:
            return [.missingDocument, .documentExpired, .documentExpiring, .minimumAge, .juvenileWorker,
                    .weeklyHours, .consecutiveDays, .minimumWage, .overtimePay]
        case .sa8000:
            return RulePack.eti.rules + [.weeklyOvertime]
        }
    }

    /// The pack's thresholds and premiums.
    var parameters: PackParameters {
        switch self {
        case .chinaLaborLaw, .rba: return PackParameters(juvenileOvertimeBanned: true, premiumQuarters: (6, 8, 12))
        case .sa8000: return PackParameters(juvenileOvertimeBanned: false, premiumQuarters: (6, 8, 12))
        case .amforiBSCI, .eti: return PackParameters(juvenileOvertimeBanned: false, premiumQuarters: (5, 5, 5))
        }
    }

    /// The truth file's name for an archive called `name`: `NAME.truth.json` for
    /// `china-labor-law`, `NAME.truth.PACK.json` for the others.
    func truthFileName(_ name: String) -> String {
        self == .chinaLaborLaw ? name + ".truth.json" : name + ".truth.\(rawValue).json"
    }

    static func < (a: RulePack, b: RulePack) -> Bool { a.rawValue < b.rawValue }
}

/// A rule's id within its pack.
enum RuleID: String, CaseIterable, Sendable {
    case documentExpired = "document-expired"
    case documentExpiring = "document-expiring"
    case minimumAge = "minimum-age"
    case dailyHours = "daily-hours"
    case overtimeMonthly = "overtime-monthly"
    case weeklyHours = "weekly-hours"
    case paidNotOnRoster = "paid-not-on-roster"
    case rosteredNotPaid = "rostered-not-paid"
    case missingDocument = "missing-document"
    case juvenileWorker = "juvenile-worker"
    case weeklyRestDay = "weekly-rest-day"
    case consecutiveDays = "consecutive-days"
    case weeklyOvertime = "weekly-overtime"
    case minimumWage = "minimum-wage"
    case overtimePay = "overtime-pay"
    case payrollArithmetic = "payroll-arithmetic"
    case hoursMismatch = "hours-mismatch"
    case identityMismatch = "identity-mismatch"
    case residentID = "resident-id"
    case creditCode = "credit-code"
    case uniformPunches = "uniform-punches"
    case hoursAtLimit = "hours-at-limit"
    case roundNetPay = "round-net-pay"
    case dateOrder = "date-order"
    case impossiblePunches = "impossible-punches"
    case summaryBelowPunches = "summary-below-punches"
    case certificateEdition = "certificate-edition"
    case certificateTerm = "certificate-term"
    case certificateAddress = "certificate-address"
    case certificateTradingScope = "certificate-trading-scope"
    case certificationBody = "certification-body"
    case certificateProducts = "certificate-products"
    case auditRating = "audit-rating"
    case auditReportAge = "audit-report-age"
    case auditReportAsCertificate = "audit-report-as-certificate"

    var category: FindingCategory {
        switch self {
        case .documentExpired, .documentExpiring, .auditReportAge: return .expiry
        case .minimumAge: return .minimumAge
        case .dailyHours, .overtimeMonthly, .weeklyHours, .weeklyOvertime: return .workingHours
        case .paidNotOnRoster, .rosteredNotPaid: return .rosterPayroll
        case .missingDocument: return .missingDocument
        case .juvenileWorker: return .juvenileWorker
        case .weeklyRestDay, .consecutiveDays: return .restDay
        case .minimumWage: return .minimumWage
        case .overtimePay: return .overtimePay
        case .payrollArithmetic: return .payrollArithmetic
        case .hoursMismatch: return .hoursMismatch
        case .identityMismatch: return .identityMismatch
        case .residentID, .creditCode: return .invalidId
        case .uniformPunches, .hoursAtLimit, .roundNetPay, .dateOrder, .impossiblePunches, .summaryBelowPunches: return .recordIntegrity
        case .certificateEdition, .certificateTerm, .certificateAddress, .certificateTradingScope, .certificationBody,
             .certificateProducts, .auditRating, .auditReportAsCertificate: return .certificate
        }
    }

    /// The rule's severity; identity-mismatch findings are errors for a differing USCC and
    /// warnings for a differing name only, certification-body findings info for a body to verify,
    /// audit-rating findings info for a C.
    var severity: Severity {
        switch self {
        case .documentExpiring, .rosteredNotPaid, .creditCode, .uniformPunches, .hoursAtLimit, .dateOrder, .certificateProducts,
             .certificateTerm, .certificateAddress, .auditReportAsCertificate:
            return .warning
        case .roundNetPay:
            return .info
        default:
            return .error
        }
    }
}

/// A pack-qualified rule (`china-labor-law/daily-hours`), encoded as that string.
struct TruthRule: Hashable, Comparable, Encodable, CustomStringConvertible {
    var pack: RulePack
    var id: RuleID

    var rawValue: String { pack.rawValue + "/" + id.rawValue }
    var description: String { rawValue }
    var name: String { id.rawValue }
    var category: FindingCategory { id.category }
    var severity: Severity { id.severity }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    static func < (a: TruthRule, b: TruthRule) -> Bool { a.rawValue < b.rawValue }
}

/// What differs between packs in the rules they share.
struct PackParameters {
    /// True when a juvenile's overtime is a breach (PRC, RBA), not only night work.
    var juvenileOvertimeBanned: Bool
    /// The minimum overtime premium in quarters of the hourly rate on workdays, rest days and
    /// holidays: (6, 8, 12) for PRC's 150/200/300 %, (5, 5, 5) for the codes' 125 %.
    var premiumQuarters: (workday: Int, restDay: Int, holiday: Int)
}

/// The limits shared by the packs (PRC Labour Law Art. 15, 36, 41; the 60-hour week of the ETI
/// and RBA codes; SA8000 §7.3; domain reference §6 thresholds).
struct RuleThresholds {
    var expiryWarningDays = 60
    var minimumAge = 16
    var maximumDailyMinutes = 11 * 60
    var maximumMonthlyOvertimeMinutes = 36 * 60
    var maximumWeeklyMinutes = 60 * 60
    var maximumWeeklyOvertimeMinutes = 12 * 60
    /// The most days in a row worked without a rest day: the codes' `consecutive-days` and the
    /// PRC `weekly-rest-day` (Art. 38 read as a rest day in every seven days) alike.
    var maximumConsecutiveDays = 6
    /// Tolerance on money comparisons, in fen.
    var moneyToleranceFen = 100
    /// Tolerance on hour comparisons, in minutes.
    var hoursToleranceMinutes = 30
    var maximumPunchSpanMinutes = 16 * 60
    /// Hours a day a time clock's summary may state below the punched days, and the smallest
    /// gap over its month that is reported (`summary-below-punches`).
    var summaryToleranceMinutesPerDay = 2 * 60
    var summaryMinimumGapMinutes = 8 * 60
    var uniformMinimumPunches = 10
    var uniformMaximumDeviation = 2.0
    var uniformMaximumModeShare = 0.8
    var limitPileMinimumWorkers = 5
    var limitPileShare = 0.3
    var limitPileOvertimeMinutes = 36 * 60
    var roundNetMinimumLines = 5
    var roundNetShare = 0.5

    static let standard = RuleThresholds()
}
