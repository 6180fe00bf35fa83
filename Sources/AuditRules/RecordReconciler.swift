import AuditCore
import AuditEvidence

/// Makes one record of the same worker-day or worker-month read from several documents.
///
/// Archives repeat themselves: a timesheet workbook and its PDF print, a month exported twice
/// from the time clock, `July wages.pdf` beside `July wages final.pdf`. Rows of one document are
/// never touched (a worker may have two shifts in a day); rows of the same worker and day (time
/// entries) or month (pay lines) from different documents are compared document by document:
/// - when they agree, the first document's rows are judged once and every value they hold is
///   linked to the same value in the other documents (`copies`), so findings name both places;
/// - when they disagree, nothing is summed: the disagreement is a `RecordConflict`; when the name
///   of one document states it is the later version (`StatedVersion`), its rows are judged,
///   else each version is judged on its own (`versions` has one set of rows per version).
///
/// All rows of a worker must be given together (a batch of workers holds them).
public struct RecordReconciler: Sendable {
    /// Versions judged at most; a record given in more disagreeing versions has its later
    /// versions left out, which a note says.
    public var maximumVersions = 4

    public init() {}

    /// Reconciles one batch of workers' rows, given in input order.
    public func reconcile(timeEntries: [TimeEntry], payLines: [PayLine]) -> RecordReconciliation {
        var outcome = RecordReconciliation()
        let entryPlan = plan(timeEntries, kind: .timesheet, into: &outcome)
        let linePlan = plan(payLines, kind: .payroll, into: &outcome)
        let count = max(entryPlan.versionCount, linePlan.versionCount)
        outcome.versions = (0..<count).map { version in
            RecordVersion(timeEntries: entryPlan.rows(of: timeEntries, version: version),
                          payLines: linePlan.rows(of: payLines, version: version))
        }
        return outcome
    }

    /// Which rows of `rows` each version keeps; conflicts and copies go to `outcome`.
    private func plan<Row: ReconciledRow>(_ rows: [Row], kind: DocumentType, into outcome: inout RecordReconciliation) -> RowPlan {
        var plan = RowPlan()
        var groups: [RecordKey: [Int]] = [:]
        var order: [RecordKey] = []
        for (index, row) in rows.enumerated() {
            let key = RecordKey(employee: EmployeeKey(row.employeeId.value).value, period: row.periodText)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        for key in order {
            let indices = groups[key]!
            // The rows of each document, documents in the order their first row came.
            var byPath: [(path: String, rows: [Int])] = []
            for index in indices {
                let path = rows[index].sourcePath
                if let position = byPath.firstIndex(where: { $0.path == path }) {
                    byPath[position].rows.append(index)
                } else {
                    byPath.append((path, [index]))
                }
            }
            guard byPath.count > 1 else { continue }
            // Documents that agree form one version; the first document of a version speaks for it.
            var versions: [(paths: [String], rows: [Int])] = []
            for document in byPath {
                if let match = versions.firstIndex(where: { Self.agree($0.rows.map { rows[$0] }, document.rows.map { rows[$0] }) }) {
                    if versions[match].rows.allSatisfy({ rows[$0].statesLess }) && !document.rows.contains(where: { rows[$0].statesLess }) {
                        // The document states what the version's rows leave out (a day's hours
                        // beside a grid's mark): it speaks for the version instead.
                        versions[match].paths.insert(document.path, at: 0)
                        link(versions[match].rows.map { rows[$0] }, to: document.rows.map { rows[$0] }, copies: &outcome.copies)
                        plan.dropped.formUnion(versions[match].rows)
                        versions[match].rows = document.rows
                        continue
                    }
                    versions[match].paths.append(document.path)
                    link(document.rows.map { rows[$0] }, to: versions[match].rows.map { rows[$0] }, copies: &outcome.copies)
                    plan.dropped.formUnion(document.rows)
                } else {
                    versions.append(([document.path], document.rows))
                }
            }
            guard versions.count > 1 else { continue }
            let stated = versions.map { version in version.paths.map(StatedVersion.init(path:)).max()! }
            let latest = stated.max()!
            let judged = stated.filter { $0 == latest }.count == 1 && latest.isStated ? stated.firstIndex(of: latest) : nil
            var conflict = RecordConflict(kind: kind, employeeId: rows[indices[0]].employeeId.value, period: key.period,
                                          versions: versions.map { version in
                                              let first = rows[version.rows[0]]
                                              let versionRows = version.rows.map { rows[$0] }
                                              return RecordConflict.Version(paths: version.paths, summary: Row.summary(versionRows, in: .en),
                                                                            chineseSummary: Row.summary(versionRows, in: .zh),
                                                                            evidence: first.primaryEvidence)
                                          })
            if let judged {
                conflict.judged = judged
                conflict.judgedMarker = stated[judged].marker
                for (position, version) in versions.enumerated() where position != judged { plan.dropped.formUnion(version.rows) }
            } else {
                let kept = versions.prefix(maximumVersions)
                conflict.versionsLeftOut = versions.count - kept.count
                for version in versions.dropFirst(kept.count) { plan.dropped.formUnion(version.rows) }
                for (position, version) in kept.enumerated() {
                    for index in version.rows { plan.choice[index] = (position, kept.count) }
                }
                plan.versionCount = max(plan.versionCount, kept.count)
            }
            outcome.conflicts.append(conflict)
        }
        return plan
    }

    /// Whether two documents give the same rows for one record: as many rows, each agreeing
    /// with its counterpart in reading order.
    static func agree<Row: ReconciledRow>(_ a: [Row], _ b: [Row]) -> Bool {
        guard a.count == b.count else { return false }
        let sortedA = a.sorted(by: Row.readingOrder), sortedB = b.sorted(by: Row.readingOrder)
        return zip(sortedA, sortedB).allSatisfy { $0.agrees(with: $1) }
    }

    /// Links every value of the copy rows to the same value of the kept rows.
    private func link<Row: ReconciledRow>(_ copy: [Row], to kept: [Row], copies: inout [Evidence: [Evidence]]) {
        let sortedCopy = copy.sorted(by: Row.readingOrder), sortedKept = kept.sorted(by: Row.readingOrder)
        for (keptRow, copyRow) in zip(sortedKept, sortedCopy) {
            for (keptEvidence, copyEvidence) in zip(keptRow.valueEvidence, copyRow.valueEvidence) {
                guard let keptEvidence, let copyEvidence, keptEvidence != copyEvidence else { continue }
                if !(copies[keptEvidence]?.contains(copyEvidence) ?? false) { copies[keptEvidence, default: []].append(copyEvidence) }
            }
        }
    }
}

/// The rows one version of a batch's records keeps.
private struct RowPlan {
    /// Rows judged in no version: copies of rows kept, and versions a later one replaces.
    var dropped: Set<Int> = []
    /// Rows judged in one version only: their version and how many versions their record has.
    var choice: [Int: (version: Int, of: Int)] = [:]
    var versionCount = 1

    func rows<Row>(of rows: [Row], version: Int) -> [Row] {
        guard !dropped.isEmpty || !choice.isEmpty else { return rows }
        return rows.indices.compactMap { index in
            if dropped.contains(index) { return nil }
            if let choice = choice[index], choice.version != min(version, choice.of - 1) { return nil }
            return rows[index]
        }
    }
}

private struct RecordKey: Hashable {
    var employee: String
    var period: String
}

/// What reconciling a batch's rows gave.
public struct RecordReconciliation: Sendable {
    /// The rows to judge: one version when every record was read once or its versions are
    /// settled, more when documents disagree and none states it is the later.
    public var versions: [RecordVersion] = []
    /// Records that documents give differently.
    public var conflicts: [RecordConflict] = []
    /// For a value judged, where the same value was read in other documents.
    public var copies: [Evidence: [Evidence]] = [:]
}

/// One version of a batch's time entries and pay lines.
public struct RecordVersion: Sendable {
    public var timeEntries: [TimeEntry]
    public var payLines: [PayLine]
}

/// One worker-day or worker-month that documents give in different versions.
public struct RecordConflict: Sendable, Hashable {
    /// A version of the record and the documents that give it.
    public struct Version: Sendable, Hashable {
        public var paths: [String]
        /// What this version says, as a person reads it ("10.5 h, 08:00-19:30"); the evidence
        /// of a finding quotes it, the same in every language.
        public var summary: String
        /// The same in Chinese ("10.5 小时（08:00-19:30）"), for a finding's message in Chinese.
        public var chineseSummary: String
        /// Where it says it, in its first document.
        public var evidence: Evidence

        /// What this version says, in `language`.
        public func summary(in language: ReportLanguage) -> String {
            language == .zh ? chineseSummary : summary
        }
    }

    /// `timesheet` for a worker-day, `payroll` for a worker-month.
    public var kind: DocumentType
    public var employeeId: String
    /// `YYYY-MM-DD` or `YYYY-MM`.
    public var period: String
    public var versions: [Version]
    /// The version judged because its document's name states it is the later one.
    public var judged: Int?
    /// The words of that name that state it.
    public var judgedMarker: String?
    /// Versions past the most that are judged.
    public var versionsLeftOut = 0

    /// True for a record of a month or a summary's period, false for a worker-day (`YYYY-MM-DD`).
    public var isLongerThanADay: Bool { period.count != 10 }
}

/// A time entry or pay line as the reconciler compares it.
protocol ReconciledRow {
    var employeeId: Located<String> { get }
    /// The day or month the row is about.
    var periodText: String { get }
    /// The path of the document the row was read from.
    var sourcePath: String { get }
    /// The evidence of each value the row may hold, in a fixed order (nil where it has none).
    var valueEvidence: [Evidence?] { get }
    var primaryEvidence: Evidence { get }
    func agrees(with other: Self) -> Bool
    /// True when the row agrees with more than it states (a day marked worked without its
    /// hours): a document whose rows state it all speaks for their record instead.
    var statesLess: Bool { get }
    static func readingOrder(_ a: Self, _ b: Self) -> Bool
    /// What a document's rows of one record say, as a person reads it.
    static func summary(_ rows: [Self], in language: ReportLanguage) -> String
}

/// Two readings of the same number agree when they round to the same hundredth.
private func same(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return true }
    return (a * 100).rounded() == (b * 100).rounded()
}

private func same<Value: Equatable>(_ a: Value?, _ b: Value?) -> Bool {
    guard let a, let b else { return true }
    return a == b
}

extension TimeEntry: ReconciledRow {
    var periodText: String { date.value.description }
    var sourcePath: String { employeeId.evidence.path }
    var valueEvidence: [Evidence?] {
        [employeeId.evidence, date.evidence, hours.evidence, clockIn?.evidence, clockOut?.evidence,
         overtimeHours?.evidence, regularHours?.evidence]
    }
    var primaryEvidence: Evidence { hours.evidence }
    var statesLess: Bool { workedWithoutHours }

    func agrees(with other: TimeEntry) -> Bool {
        // A day marked worked without hours says nothing about its length, so any length agrees.
        same(workedWithoutHours ? nil : hours.value, other.workedWithoutHours ? nil : other.hours.value)
            && same(clockIn?.value, other.clockIn?.value)
            && same(clockOut?.value, other.clockOut?.value) && same(overtimeHours?.value, other.overtimeHours?.value)
            && same(regularHours?.value, other.regularHours?.value)
    }

    static func readingOrder(_ a: TimeEntry, _ b: TimeEntry) -> Bool {
        (a.clockIn?.value ?? -1, a.hours.value) < (b.clockIn?.value ?? -1, b.hours.value)
    }

    static func summary(_ rows: [TimeEntry], in language: ReportLanguage = .en) -> String {
        rows.sorted(by: readingOrder).map { entry in
            var text = entry.workedWithoutHours ? FindingPhrase.workedWithoutHours(language)
                : FindingPhrase.hours(language, ["hours": formatNumber(entry.hours.value)])
            if let clockIn = entry.clockIn, let clockOut = entry.clockOut {
                text += FindingPhrase.clockSpan(language, ["in": ExampleDescription.clock(clockIn.value), "out": ExampleDescription.clock(clockOut.value)])
            }
            if let overtime = entry.overtimeHours { text += FindingPhrase.overtimeWorked(language, ["hours": formatNumber(overtime.value)]) }
            return text
        }.joined(separator: " + ")
    }
}

extension PayLine: ReconciledRow {
    var periodText: String { period.value.description }
    var statesLess: Bool { false }
    var sourcePath: String { employeeId.evidence.path }
    var valueEvidence: [Evidence?] {
        [employeeId.evidence, period.evidence] + Self.amountFields.map { self[keyPath: $0.1]?.evidence }
            + Self.hourFields.map { self[keyPath: $0.1]?.evidence }
    }
    var primaryEvidence: Evidence { (net ?? gross ?? baseWage)?.evidence ?? employeeId.evidence }

    private static var amountFields: [(FindingPhrase, KeyPath<PayLine, Located<Int>?>)] {
        [(.payBase, \.baseWage), (.payOvertime, \.overtimePay), (.payAllowances, \.allowances),
         (.payGross, \.gross), (.payDeductions, \.deductions), (.payNet, \.net)]
    }
    private static var hourFields: [(FindingPhrase, KeyPath<PayLine, Located<Double>?>)] {
        [(.payRegularHours, \.regularHours), (.payOvertimeHours, \.overtimeHours), (.payDaysWorked, \.daysWorked)]
    }

    func agrees(with other: PayLine) -> Bool {
        Self.amountFields.allSatisfy { same(self[keyPath: $0.1]?.value, other[keyPath: $0.1]?.value) }
            && Self.hourFields.allSatisfy { same(self[keyPath: $0.1]?.value, other[keyPath: $0.1]?.value) }
    }

    static func readingOrder(_ a: PayLine, _ b: PayLine) -> Bool {
        (a.net?.value ?? a.gross?.value ?? 0) < (b.net?.value ?? b.gross?.value ?? 0)
    }

    static func summary(_ rows: [PayLine], in language: ReportLanguage = .en) -> String {
        rows.sorted(by: readingOrder).map { line in
            let amounts = amountFields.compactMap { name, path in
                line[keyPath: path].map { FindingPhrase.payAmount(language, ["name": name(language), "amount": yuan($0.value)]) }
            }
            let hours = hourFields.compactMap { name, path in
                line[keyPath: path].map { FindingPhrase.payHours(language, ["name": name(language), "hours": formatNumber($0.value)]) }
            }
            return language.enumeration(amounts + hours)
        }.joined(separator: " + ")
    }
}
