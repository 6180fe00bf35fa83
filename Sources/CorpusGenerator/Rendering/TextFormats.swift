import AuditCore

/// How dates are written on a factory's documents; one style per archive.
enum DateStyle: CaseIterable {
    /// `2026-07-03`
    case iso
    /// `2026/07/03`
    case slashed
    /// `2026.07.03`
    case dotted
    /// `3 July 2026`
    case english

    /// `date` written in this style.
    func text(_ date: CivilDate) -> String {
        let iso = date.description
        switch self {
        case .iso: return iso
        case .slashed: return iso.replacing("-", with: "/")
        case .dotted: return iso.replacing("-", with: ".")
        case .english: return "\(date.day) \(MonthNames.english[date.month - 1]) \(date.year)"
        }
    }
}

/// How a payroll register names its month.
enum PeriodStyle: CaseIterable {
    /// `2026-07`
    case iso
    /// `July 2026`
    case english
    /// `2026/07`
    case slashed

    /// `month` written in this style.
    func text(_ month: YearMonth) -> String {
        switch self {
        case .iso: return month.description
        case .english: return "\(MonthNames.english[month.month - 1]) \(month.year)"
        case .slashed: return month.description.replacing("-", with: "/")
        }
    }
}

/// English month names, January first.
enum MonthNames {
    static let english = ["January", "February", "March", "April", "May", "June", "July", "August",
                          "September", "October", "November", "December"]
}

/// Amounts and durations as registers print them.
enum Figures {
    /// Fen as yuan with thousands separators: `252000` → `2,520.00`.
    static func money(_ fen: Int) -> String {
        let sign = fen < 0 ? "-" : ""
        let yuan = String(abs(fen) / 100)
        let cents = abs(fen) % 100
        var grouped = ""
        for (offset, digit) in yuan.enumerated() {
            if offset > 0 && (yuan.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return sign + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// Minutes as decimal hours with one decimal: `510` → `8.5`. Exact for multiples of 6 minutes.
    static func hours(_ minutes: Int) -> String {
        "\(minutes / 60).\(minutes % 60 / 6)"
    }
}
