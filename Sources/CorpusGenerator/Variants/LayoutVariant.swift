import AuditCore

/// The language documents are written in.
enum DocumentLanguage: String, CaseIterable {
    case english, chinese, bilingual

    /// A label in this language; bilingual puts the Chinese first in one cell (`工号 Emp No.`)
    /// or, when `stacked`, Chinese over English on two lines.
    func label(_ english: String, _ chinese: String, stacked: Bool = false) -> String {
        switch self {
        case .english: return english
        case .chinese: return chinese
        case .bilingual: return stacked ? chinese + "\n" + english : chinese + " " + english
        }
    }

    /// A field label (no line break).
    func field(_ english: String, _ chinese: String) -> String { label(english, chinese) }
}

/// How one varied document writes its dates.
enum VariantDate: String, CaseIterable {
    case iso, slashedUnpadded, dotted, chinese, abbreviated, american, dayFirst

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    func text(_ date: CivilDate) -> String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch self {
        case .iso: return date.description
        case .slashedUnpadded: return "\(date.year)/\(date.month)/\(date.day)"
        case .dotted: return "\(date.year).\(pad(date.month)).\(pad(date.day))"
        case .chinese: return "\(date.year)年\(date.month)月\(date.day)日"
        case .abbreviated: return "\(date.day) \(Self.months[date.month - 1]) \(date.year)"
        case .american: return "\(Self.months[date.month - 1]) \(date.day), \(date.year)"
        case .dayFirst: return "\(pad(date.day))/\(pad(date.month))/\(date.year)"
        }
    }

    /// A pay month in a matching style.
    func month(_ month: YearMonth) -> String {
        switch self {
        case .chinese: return "\(month.year)年\(month.month)月"
        case .abbreviated, .american: return "\(MonthNames.english[month.month - 1]) \(month.year)"
        case .slashedUnpadded, .dayFirst: return "\(month.year)/\(month.month)"
        case .iso, .dotted: return month.description
        }
    }

    /// A style for a document whose dates are `dates`: day-first only when one of them has a day over 12.
    static func draw(for dates: [CivilDate], language: DocumentLanguage, using rng: inout SplitMix64) -> VariantDate {
        var choices: [VariantDate] = [.iso, .slashedUnpadded, .dotted, .chinese]
        if language != .chinese { choices += [.abbreviated, .american] }
        if dates.contains(where: { $0.day > 12 }) { choices.append(.dayFirst) }
        return rng.pick(choices)
    }
}

/// How a varied document writes money.
enum VariantMoney: String, CaseIterable {
    /// `2,360.00`
    case grouped
    /// `¥2,360.00`
    case yen
    /// `RMB 2360` (`RMB 2360.45` when there are fen)
    case rmb
    /// `2360元` (`2360.45元`)
    case yuanSuffix
    /// `2360.00`
    case plain

    func text(_ fen: Int) -> String {
        let plainText: String = {
            let sign = fen < 0 ? "-" : ""
            let cents = abs(fen) % 100
            return sign + "\(abs(fen) / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
        }()
        let whole = abs(fen) % 100 == 0 ? (fen < 0 ? "-" : "") + "\(abs(fen) / 100)" : plainText
        switch self {
        case .grouped: return Figures.money(fen)
        case .yen: return "¥" + Figures.money(fen)
        case .rmb: return "RMB " + whole
        case .yuanSuffix: return whole + "元"
        case .plain: return plainText
        }
    }
}

/// How a month's attendance is delivered.
enum AttendanceLayout: String {
    case csvDaily, xlsxDaily, csvGrid, xlsxGrid, pdfGrid
    var isGrid: Bool { self == .csvGrid || self == .xlsxGrid || self == .pdfGrid }
}

/// How a month's payroll is delivered.
enum PayrollLayout: String {
    case register, payslips, xlsxRegister
}

/// The varied layout of one archive, drawn from the seed (stream `variants`). The classic
/// layout (`nil` everywhere) is the generator's original one.
struct LayoutVariant {
    var language: DocumentLanguage
    var stackedHeaders: Bool
    var money: VariantMoney
    var attendance: AttendanceLayout
    var payroll: PayrollLayout
    /// The document drawn as a scan, if any.
    var scanned: RenderedDocument.Role?
    /// A scan is written as an image-only PDF rather than a PNG.
    var scanAsPDF: Bool
    var scanSideways: Bool
    var seed: UInt64

    /// Whether the factory's truth depends on clock times (punch rules, night work): then no grid.
    static func needsPunches(_ factory: Factory, findings: [RulePack: [TruthFinding]], planted: [ViolationKind]) -> Bool {
        let punchRules = ["uniform-punches", "impossible-punches", "juvenile-worker", "night"]
        let found = findings.values.joined().contains { finding in
            punchRules.contains { finding.rule.rawValue.hasSuffix("/" + $0) || finding.rule.rawValue.contains($0) }
        }
        return found || planted.contains { [.uniformPunches, .impossiblePunches, .juvenileWorker, .summaryBelowPunches].contains($0) }
    }

    /// Draws every choice; `allowGrid` false keeps attendance per day.
    init(seed: UInt64, allowGrid: Bool, omitted: Set<DocumentType>) {
        var rng = SplitMix64(seed: seed, stream: "variants")
        self.seed = seed
        language = rng.pick(DocumentLanguage.allCases)
        stackedHeaders = language == .bilingual && rng.chance(0.5)
        money = rng.pick(VariantMoney.allCases)
        let grid: [AttendanceLayout] = [.csvGrid, .xlsxGrid, .pdfGrid]
        let daily: [AttendanceLayout] = [.csvDaily, .xlsxDaily]
        attendance = allowGrid && rng.chance(0.5) ? rng.pick(grid) : rng.pick(daily)
        payroll = rng.pick([PayrollLayout.register, .payslips, .xlsxRegister])
        var scannable: [RenderedDocument.Role] = [.businessLicense]
        if !omitted.contains(.fireCertificate) { scannable.append(.fireCertificate) }
        scanned = rng.chance(0.35) ? rng.pick(scannable) : nil
        scanAsPDF = rng.chance(0.5)
        scanSideways = rng.chance(0.2)
    }

    /// A per-document stream.
    func rng(_ name: String) -> SplitMix64 { SplitMix64(seed: seed, stream: "variants/" + name) }

    /// The PDF font: CJK text needs WenQuanYi Micro Hei.
    var fontFamily: String { language == .english ? "DejaVu Sans" : "WenQuanYi Micro Hei" }
}
