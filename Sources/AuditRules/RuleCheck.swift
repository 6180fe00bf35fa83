import AuditCore
import AuditEvidence

/// What every check sees: the evidence, the documents, and the day of judgement.
public struct RuleContext: Sendable {
    public var evidence: EvidenceModel
    public var asOf: CivilDate
    /// The region whose minimum wage applies, when the user named it (`--region`); otherwise the
    /// region is read from the business license address.
    public var region: String?
    /// What the buyer buys (`--products`), which a certificate's scope should name; empty when not told.
    public var products: [String]
    /// Calendars, minimum wages, certification standards and bodies.
    public var reference: ReferenceData

    /// The roster's workers by normalised id, built once.
    public let employeesByKey: [EmployeeKey: Employee]
    /// Each worker's days of work, built once for every check that needs them.
    let workDays: [EmployeeKey: [WorkDay]]
    /// The positions in `evidence.timeEntries` of each worker's entries, in the order read.
    let timeEntryIndices: [EmployeeKey: [Int]]
    /// What the whole input's timesheets, payroll and roster cover, which a batch of workers
    /// cannot tell from its own rows.
    public let overview: InputOverview

    /// A context for `evidence`; `overview` is that of the whole input when `evidence` holds one
    /// batch of workers, and is read from `evidence` otherwise.
    public init(evidence: EvidenceModel, asOf: CivilDate, region: String? = nil, products: [String] = [],
                reference: ReferenceData = ReferenceData(), overview: InputOverview? = nil) {
        self.evidence = evidence
        self.asOf = asOf
        self.region = region
        self.products = products
        self.reference = reference
        self.overview = overview ?? InputOverview(evidence)
        employeesByKey = Dictionary(evidence.employees.map { (EmployeeKey($0.id.value), $0) }, uniquingKeysWith: { first, _ in first })
        var indices: [EmployeeKey: [Int]] = [:]
        for (index, entry) in evidence.timeEntries.enumerated() { indices[EmployeeKey(entry.employeeId.value), default: []].append(index) }
        timeEntryIndices = indices
        workDays = WorkDay.days(from: evidence.timeEntries, indices: indices)
    }

    /// The first business license's facts, the reference for the company's identity.
    public var businessLicense: DocumentFacts? {
        evidence.documents.first { $0.type == .businessLicense }
    }

}

/// A check implemented in Swift; a pack's rule names it and supplies its parameters.
public protocol RuleCheck: Sendable {
    /// The name packs use in `check:`.
    var name: String { get }
    var category: FindingCategory { get }
    /// Number parameters the check cannot run without.
    var requiredNumbers: [String] { get }
    /// What each parameter means, for `rules explain` and error messages.
    var parameterHelp: [String: String] { get }
    /// Which evidence the check reads, which decides how it runs when a large input's workers
    /// are judged in batches.
    var scope: CheckScope { get }
    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding]
    /// Things the report should say that are not findings (a check that could not run, and why).
    func notes(_ rule: BoundRule, in context: RuleContext) -> [String]
    /// Triggering and non-triggering examples for a rule with these parameters.
    func examples(_ rule: BoundRule) -> RuleExamples
    /// The entries of the reference data the check judges by, each with its source, for
    /// `rules explain`; empty for checks that use none.
    func referenceSources(_ reference: ReferenceData) -> [String]
}

extension RuleCheck {
    public func notes(_ rule: BoundRule, in context: RuleContext) -> [String] { [] }
    public func referenceSources(_ reference: ReferenceData) -> [String] { [] }
}

/// Which evidence a check reads.
///
/// A large input's time entries and pay lines do not fit in memory at once; its workers are then
/// judged in batches (each with their roster lines, time entries and pay lines), and the rest of
/// the evidence as a whole, without time entries and pay lines. A check's scope says where it runs.
public enum CheckScope: Sendable {
    /// Documents and the roster, never time entries or pay lines: runs once on the whole input.
    case wholeInput
    /// Each worker on their own (their roster line, time entries and pay lines, with the
    /// documents and the input's overview): runs on each batch of workers.
    case eachWorker
    /// Workers against each other: the check must be an `AcrossWorkersCheck`, which sums up each
    /// batch and judges the sums together.
    case acrossWorkers
}

/// A check that compares workers with each other (how many sit at a cap), from a summary of
/// each batch of workers.
public protocol AcrossWorkersCheck: RuleCheck {
    associatedtype Summary: Sendable
    /// What the check needs to know about the workers of one batch.
    func summary(_ rule: BoundRule, in context: RuleContext) -> Summary
    /// The findings from the summaries of all batches; `whole` is the input without its time
    /// entries and pay lines.
    func findings(_ rule: BoundRule, from summaries: [Summary], in whole: RuleContext) -> [Finding]
}

extension AcrossWorkersCheck {
    public var scope: CheckScope { .acrossWorkers }

    public func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        findings(rule, from: [summary(rule, in: context)], in: context)
    }

    /// `findings(_:from:in:)` for summaries held as `any Sendable`, each of which must be a `Summary`.
    func findings(_ rule: BoundRule, fromAny summaries: [any Sendable], in whole: RuleContext) -> [Finding] {
        findings(rule, from: summaries.compactMap { $0 as? Summary }, in: whole)
    }
}

/// What the rules need to know about the whole input when they see one batch of workers.
public struct InputOverview: Sendable, Equatable {
    public var timesheets: TimesheetCoverage
    public var payroll: PayrollCoverage
    /// Workers on the roster (0: no roster was read).
    public var rosterSize: Int

    public init(timesheets: TimesheetCoverage, payroll: PayrollCoverage, rosterSize: Int) {
        self.timesheets = timesheets
        self.payroll = payroll
        self.rosterSize = rosterSize
    }

    /// The overview of `evidence`, all of the input.
    public init(_ evidence: EvidenceModel) {
        self.init(timesheets: TimesheetCoverage(evidence.timeEntries), payroll: PayrollCoverage(evidence.payLines),
                  rosterSize: evidence.employees.count)
    }
}

/// The months the input's payroll covers, each with where its first line states the period.
public struct PayrollCoverage: Sendable, Equatable {
    public private(set) var months: [YearMonth: Evidence] = [:]

    public init() {}

    /// The coverage of `lines`, in their order.
    public init(_ lines: [PayLine]) {
        for line in lines { add(line) }
    }

    /// Adds one pay line; the first line of a month gives the month's evidence (adding a line
    /// twice changes nothing).
    public mutating func add(_ line: PayLine) {
        if months[line.period.value] == nil { months[line.period.value] = line.period.evidence }
    }
}

/// The first and last day, and the months, that the input's timesheets cover.
public struct TimesheetCoverage: Sendable, Equatable {
    public var span: ClosedRange<CivilDate>?
    public var months: Set<YearMonth>

    public init() {
        span = nil
        months = []
    }

    /// The coverage of `entries`.
    public init(_ entries: [TimeEntry]) {
        self.init()
        for entry in entries { add(entry.date.value) }
    }

    /// Widens the coverage to hold `day`.
    public mutating func add(_ day: CivilDate) {
        if let span {
            if day < span.lowerBound { self.span = day...span.upperBound } else if day > span.upperBound { self.span = span.lowerBound...day }
        } else {
            span = day...day
        }
        months.insert(day.yearMonth)
    }
}

/// A rule definition bound to its pack, ready to make findings.
public struct BoundRule: Sendable {
    public var pack: String
    public var definition: RuleDefinition
    /// The language of the findings' texts.
    public var language: ReportLanguage

    public init(pack: String, definition: RuleDefinition, language: ReportLanguage = .en) {
        self.pack = pack
        self.definition = definition
        self.language = language
    }

    /// `phrase` in the rule's language with `values` filled in.
    public func say(_ phrase: FindingPhrase, _ values: [String: String] = [:]) -> String {
        phrase(language, values)
    }

    /// `count` with its noun in the rule's language: `3 days`, `3 天`.
    public func count(_ count: Int, _ noun: FindingCount) -> String {
        noun(count, language)
    }

    public var qualifiedId: String { "\(pack)/\(definition.id)" }

    /// A number parameter the loader has already checked is present.
    public func number(_ name: String) -> Double { definition.number(name) ?? 0 }

    /// A yes/no parameter, `fallback` when absent.
    public func flag(_ name: String, default fallback: Bool) -> Bool {
        if case let .flag(value)? = definition.parameters[name] { return value }
        return fallback
    }

    /// A text parameter, `fallback` when absent.
    public func text(_ name: String, default fallback: String) -> String {
        if case let .text(value)? = definition.parameters[name] { return value }
        return fallback
    }

    /// A list parameter, empty when absent.
    public func list(_ name: String) -> [String] {
        if case let .list(values)? = definition.parameters[name] { return values }
        return []
    }

    /// A finding of this rule, with the rule's severity, and its clause and corrective action in
    /// the rule's language; `message`, `limit` and `actual` are in that language already.
    public func finding(_ message: String, employeeId: String? = nil, documentType: DocumentType? = nil,
                        period: String? = nil, evidence: [Evidence], limit: String? = nil, actual: String? = nil) -> Finding {
        let texts = definition.texts(in: language)
        return Finding(rule: qualifiedId, category: definition.category, severity: definition.severity, message: message,
                       employeeId: employeeId, documentType: documentType, period: period, evidence: evidence,
                       limit: limit, actual: actual, clause: texts.clause, action: texts.action)
    }
}

/// The checks this version implements, by the name packs use.
public enum CheckRegistry {
    public static let all: [any RuleCheck] = [
        MissingDocumentCheck(), DocumentExpiredCheck(), DocumentExpiringCheck(),
        MinimumAgeCheck(), JuvenileWorkerCheck(),
        DailyHoursCheck(), MonthlyOvertimeCheck(), WeeklyHoursCheck(), WeeklyOvertimeCheck(),
        WeeklyRestDayCheck(), ConsecutiveDaysCheck(),
        MinimumWageCheck(), OvertimePayCheck(), PayrollArithmeticCheck(), HoursMismatchCheck(),
        PaidNotOnRosterCheck(), RosteredNotPaidCheck(),
        IdentityMismatchCheck(), ResidentIdCheck(), CreditCodeCheck(),
        UniformPunchesCheck(), HoursAtLimitCheck(), RoundNetPayCheck(), DateOrderCheck(), ImpossiblePunchesCheck(), SummaryBelowPunchesCheck(),
        CertificateEditionCheck(), CertificateTermCheck(), CertificateAddressCheck(), TradingCompanyScopeCheck(), ProductScopeCheck(),
        CertificationBodyCheck(), CertificateVerifyCheck(), AuditRatingCheck(), AuditReportAgeCheck(), AuditReportAsCertificateCheck(),
    ]

    public static var names: [String] { all.map(\.name).sorted() }

    public static func check(named name: String) -> (any RuleCheck)? {
        all.first { $0.name == name }
    }
}
