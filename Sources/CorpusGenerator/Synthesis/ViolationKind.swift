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

    /// The ground-truth rule that must report this breach.
    var rule: TruthRule {
        switch self {
        case .expiredCertificate: return .documentExpired
        case .expiringDocument: return .documentExpiring
        case .underageWorker: return .minimumAge
        case .longDay: return .dailyHours
        case .monthlyOvertime: return .overtimeMonthly
        case .longWeek: return .weeklyHours
        case .paidNotOnRoster: return .paidNotOnRoster
        case .rosteredNotPaid: return .rosteredNotPaid
        }
    }

    var description: String { rule.name }

    /// The kinds planted for `seed`.
    ///
    /// Each kind is guaranteed for one seed in three (`(kind + seed) mod 3 == 0`), so any three
    /// consecutive seeds cover every kind together; each other kind joins with probability 1/4.
    static func plan(seed: UInt64, using rng: inout SplitMix64) -> [ViolationKind] {
        allCases.filter { kind in
            (UInt64(kind.rawValue) + seed % 3) % 3 == 0 || rng.chance(0.25)
        }
    }
}
