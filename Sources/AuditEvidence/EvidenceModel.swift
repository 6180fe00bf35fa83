import AuditCore
import Foundation

/// Everything the rules judge, read from all documents of one input, each value with its source.
public struct EvidenceModel: Sendable, Codable, Hashable {
    public var documents: [DocumentFacts]
    public var employees: [Employee]
    public var timeEntries: [TimeEntry]
    public var payLines: [PayLine]
    /// Rows and values that could not be read, so the report can say so.
    public var problems: [ReadProblem]
    /// What attendance summaries state for each worker's period: one per worker and summary,
    /// few enough to be kept with the roster when time entries are judged in batches.
    public var attendanceSummaries: [AttendanceSummary]

    public init(documents: [DocumentFacts] = [], employees: [Employee] = [], timeEntries: [TimeEntry] = [],
                payLines: [PayLine] = [], problems: [ReadProblem] = [], attendanceSummaries: [AttendanceSummary] = []) {
        self.documents = documents
        self.employees = employees
        self.timeEntries = timeEntries
        self.payLines = payLines
        self.problems = problems
        self.attendanceSummaries = attendanceSummaries
    }

    /// A name compared without case, spaces or full-width forms ("ZHANG Wei" = "Zhang wei" = "Zhangwei").
    static func nameKey(_ name: String) -> String {
        String(name.precomposedStringWithCompatibilityMapping.lowercased().filter { !$0.isWhitespace && $0 != "·" && $0 != "." })
    }

    /// Adds what another document contributed.
    public mutating func merge(_ other: EvidenceModel) {
        documents += other.documents
        employees += other.employees
        timeEntries += other.timeEntries
        payLines += other.payLines
        problems += other.problems
        attendanceSummaries += other.attendanceSummaries
    }
}

/// Gives rows that name a worker without an ID the roster's ID for that name, when exactly one
/// rostered worker has it.
public struct RosterNameLinker: Sendable {
    private let idsByName: [String: String]

    public init(_ employees: [Employee]) {
        var ids: [String: Set<String>] = [:]
        var first: [String: String] = [:]
        for employee in employees {
            guard let name = employee.name else { continue }
            let key = EvidenceModel.nameKey(name.value)
            ids[key, default: []].insert(employee.id.value)
            if first[key] == nil { first[key] = employee.id.value }
        }
        idsByName = first.filter { ids[$0.key]?.count == 1 }
    }

    /// The roster's ID for a worker named `name`, when exactly one rostered worker has that name.
    public func rosterId(for name: String) -> String? {
        idsByName[EvidenceModel.nameKey(name)]
    }

    public func link(_ entry: inout TimeEntry) {
        if entry.identifiedByName, let id = rosterId(for: entry.employeeId.value) { entry.employeeId.value = id }
    }

    public func link(_ line: inout PayLine) {
        if line.identifiedByName, let id = rosterId(for: line.employeeId.value) { line.employeeId.value = id }
    }

    public func link(_ summary: inout AttendanceSummary) {
        if summary.identifiedByName, let id = rosterId(for: summary.employeeId.value) { summary.employeeId.value = id }
    }
}

/// What one document says about itself: its type, the company it names, and its validity.
public struct DocumentFacts: Sendable, Codable, Hashable {
    public var path: String
    public var type: DocumentType
    public var companyName: Located<String>?
    public var registrationCode: Located<String>?
    public var address: Located<String>?
    public var issueDate: Located<CivilDate>?
    public var validFrom: Located<CivilDate>?
    /// The last day the document is valid; nil when it states none or is open-ended.
    public var validUntil: Located<CivilDate>?
    /// Where the document says it has no end ("长期", "Long-term").
    public var openEnded: Evidence?
    /// The pay period of a payroll document.
    public var payPeriod: Located<YearMonth>?
    /// What the document says it covers: a business license's business scope (经营范围), a
    /// certificate's scope of certification (认证范围).
    public var scope: Located<String>?
    /// What a certificate or audit report states beyond holder and validity; nil for other documents.
    public var certificate: CertificateFacts?

    public init(path: String, type: DocumentType) {
        self.path = path
        self.type = type
    }
}

/// A worker as the roster lists them.
public struct Employee: Sendable, Codable, Hashable {
    public var id: Located<String>
    public var name: Located<String>?
    public var sex: Located<String>?
    public var birthDate: Located<CivilDate>?
    public var nationalId: Located<String>?
    public var hireDate: Located<CivilDate>?
    public var leaveDate: Located<CivilDate>?

    public init(id: Located<String>) { self.id = id }
}

/// One worker's attendance on one day.
public struct TimeEntry: Sendable, Codable, Hashable {
    public var employeeId: Located<String>
    public var date: Located<CivilDate>
    public var clockIn: Located<Int>?
    public var clockOut: Located<Int>?
    /// Hours worked that day, as stated or computed, with where they were read.
    public var hours: Located<Double>
    /// Overtime hours that day when the timesheet states them (all overtime columns added up).
    public var overtimeHours: Located<Double>?
    /// Regular hours that day when the timesheet states them.
    public var regularHours: Located<Double>?
    /// True when the timesheet names the worker but has no ID column; linking fills in the ID.
    public var identifiedByName = false
    /// True when the record marks the day worked without saying how long (`√`, `迟到`, `上班缺卡` in
    /// a hand-kept grid): `hours` is 0, not a length of the day, and no hours limit judges it.
    public var workedWithoutHours = false

    public init(employeeId: Located<String>, date: Located<CivilDate>, hours: Located<Double>) {
        self.employeeId = employeeId
        self.date = date
        self.hours = hours
    }
}

/// One worker's line on one month's payroll.
public struct PayLine: Sendable, Codable, Hashable {
    public var employeeId: Located<String>
    public var name: Located<String>?
    public var period: Located<YearMonth>
    /// Amounts in fen (1 yuan = 100 fen).
    public var baseWage: Located<Int>?
    public var overtimePay: Located<Int>?
    /// Other earnings added up: allowances, bonuses, position and piece wages.
    public var allowances: Located<Int>?
    public var gross: Located<Int>?
    public var deductions: Located<Int>?
    public var net: Located<Int>?
    public var regularHours: Located<Double>?
    public var overtimeHours: Located<Double>?
    public var daysWorked: Located<Double>?
    /// True when the payroll names the worker but has no ID column; linking fills in the ID.
    public var identifiedByName = false
    /// True when every column of the payroll was understood, so gross can be checked against its parts.
    public var earningsComplete = false

    public init(employeeId: Located<String>, period: Located<YearMonth>) {
        self.employeeId = employeeId
        self.period = period
    }
}

/// A row or value that could not be read, and why, in English and Chinese.
public struct ReadProblem: Sendable, Codable, Hashable {
    public var evidence: Evidence
    /// Why, in English.
    public var reason: String
    /// Why, in Chinese.
    public var chineseReason: String

    /// A problem whose reason is `reason` filled with `values` in each language.
    public init(evidence: Evidence, _ reason: ReadReason, _ values: [String: String] = [:]) {
        self.init(evidence: evidence, reason: reason.text(.en, values), chineseReason: reason.text(.zh, values))
    }

    /// A problem with its reason written out in both languages.
    public init(evidence: Evidence, reason: String, chineseReason: String) {
        self.evidence = evidence
        self.reason = reason
        self.chineseReason = chineseReason
    }

    /// Why, in `language`.
    public func reason(in language: ReportLanguage) -> String {
        language == .zh ? chineseReason : reason
    }
}
