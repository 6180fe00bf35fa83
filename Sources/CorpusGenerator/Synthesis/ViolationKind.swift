/// A kind of breach the `violations` profile can plant in a factory's evidence.
enum ViolationKind: Int, CaseIterable, CustomStringConvertible {
    case expiredCertificate
    case expiringDocument
    case underageWorker
    case longDay
    case monthlyOvertime
    case longWeek
    case paidNotOnRoster
    case rosteredNotPaid
    case missingDocument
    case juvenileWorker
    case noRestWeek
    /// Seven days in a row across a weekend, each Monday-Sunday week keeping a rest day: a
    /// breach of the codes' "one day off in seven", and of the PRC weekly rest day read as a rest
    /// day in every seven days (domain reference §1.3 point 3).
    case longStreak
    case belowMinimumWage
    case underpaidOvertime
    case wrongArithmetic
    case hoursMismatch
    case identityMismatch
    case invalidResidentID
    case invalidCreditCode
    case uniformPunches
    case hoursAtLimit
    case roundNetPay
    case dateOrder
    case impossiblePunches
    /// A time clock's monthly summary that states fewer hours than the worker's punched days
    /// (a double book). Drawn with the summary (`SummarySynthesizer`), not by `plan`.
    case summaryBelowPunches

    /// The `china-labor-law` rule that must report this breach.
    var rule: TruthRule {
        let id: RuleID
        switch self {
        case .expiredCertificate: id = .documentExpired
        case .expiringDocument: id = .documentExpiring
        case .underageWorker: id = .minimumAge
        case .longDay: id = .dailyHours
        case .monthlyOvertime: id = .overtimeMonthly
        case .longWeek: id = .weeklyHours
        case .paidNotOnRoster: id = .paidNotOnRoster
        case .rosteredNotPaid: id = .rosteredNotPaid
        case .missingDocument: id = .missingDocument
        case .juvenileWorker: id = .juvenileWorker
        case .noRestWeek: id = .weeklyRestDay
        case .longStreak: return TruthRule(pack: .amforiBSCI, id: .consecutiveDays)
        case .belowMinimumWage: id = .minimumWage
        case .underpaidOvertime: id = .overtimePay
        case .wrongArithmetic: id = .payrollArithmetic
        case .hoursMismatch: id = .hoursMismatch
        case .identityMismatch: id = .identityMismatch
        case .invalidResidentID: id = .residentID
        case .invalidCreditCode: id = .creditCode
        case .uniformPunches: id = .uniformPunches
        case .hoursAtLimit: id = .hoursAtLimit
        case .roundNetPay: id = .roundNetPay
        case .dateOrder: id = .dateOrder
        case .impossiblePunches: id = .impossiblePunches
        case .summaryBelowPunches: id = .summaryBelowPunches
        }
        return TruthRule(pack: .chinaLaborLaw, id: id)
    }

    var description: String { rule.id.rawValue }

    /// True when only a roster shows the breach (ages, identities, hire dates, whole-month
    /// employment, roster membership): it cannot be planted in an archive without a roster.
    var needsRoster: Bool {
        switch self {
        case .underageWorker, .juvenileWorker, .paidNotOnRoster, .rosteredNotPaid, .belowMinimumWage,
             .underpaidOvertime, .invalidResidentID, .dateOrder:
            return true
        default:
            return false
        }
    }

    /// Which of the four seed classes (`seed mod 4`) always plants this kind; nil for a kind
    /// `plan` does not draw. Class 3 holds only
    /// kinds a roster-less archive can show, so that its archives may leave the roster out.
    var slot: Int? {
        switch self {
        case .expiredCertificate, .underageWorker, .longDay, .paidNotOnRoster, .belowMinimumWage, .uniformPunches:
            return 0
        case .expiringDocument, .monthlyOvertime, .rosteredNotPaid, .juvenileWorker, .underpaidOvertime,
             .identityMismatch:
            return 1
        case .longWeek, .longStreak, .wrongArithmetic, .hoursMismatch, .invalidResidentID, .dateOrder:
            return 2
        case .missingDocument, .noRestWeek, .hoursAtLimit, .roundNetPay, .invalidCreditCode, .impossiblePunches:
            return 3
        case .summaryBelowPunches:
            return nil
        }
    }

    /// The kinds planted for `seed`.
    ///
    /// Each kind is guaranteed for one seed in four (`seed mod 4 == slot`), so any four
    /// consecutive seeds cover every kind together; each other kind joins with probability 1/5
    /// (on class-3 seeds only kinds that need no roster).
    static func plan(seed: UInt64, using rng: inout SplitMix64) -> [ViolationKind] {
        let slot = Int(seed % 4)
        return allCases.filter { kind in
            guard let kindSlot = kind.slot else { return false }
            if kindSlot == slot { return true }
            let extra = rng.chance(0.2)
            return extra && !(slot == 3 && kind.needsRoster)
        }
    }
}
