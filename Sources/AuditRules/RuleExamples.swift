import AuditCore
import AuditEvidence

/// Small evidence snippets that show when a rule fires and when it does not, the way SwiftLint
/// documents its rules; the test suite runs every example of every rule of every pack.
public struct RuleExamples: Sendable {
    /// One example: the evidence, the day of judgement, and how many findings it must give
    /// (nil: at least one for a triggering example).
    public struct Example: Sendable {
        public var summary: String
        public var evidence: EvidenceModel
        public var asOf: CivilDate
        public var region: String?
        /// What the buyer buys, as `auditready check --products` gives it.
        public var products: [String]
        /// Reference data that replaces the shipped tables for this example (a withdrawn body).
        public var reference: ReferenceData?
        public var expectedCount: Int?

        public init(_ summary: String, _ evidence: EvidenceModel, asOf: CivilDate = ExampleEvidence.asOf,
                    region: String? = nil, products: [String] = [], reference: ReferenceData? = nil, expectedCount: Int? = nil) {
            self.summary = summary
            self.evidence = evidence
            self.asOf = asOf
            self.region = region
            self.products = products
            self.reference = reference
            self.expectedCount = expectedCount
        }
    }

    public var triggering: [Example]
    public var nonTriggering: [Example]

    public init(triggering: [Example], nonTriggering: [Example]) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// Builders for example evidence, every value placed in a file called `example`.
public enum ExampleEvidence {
    public static let asOf = CivilDate(year: 2026, month: 10, day: 15)!

    static func at(_ text: String) -> Evidence { Evidence(path: "example", text: text) }

    public static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    public static func employee(_ id: String, name: String? = nil, born: String? = nil, hired: String? = "2020-01-06",
                                left: String? = nil, nationalId: String? = nil, sex: String? = nil) -> Employee {
        var e = Employee(id: Located(id, at: at(id)))
        e.name = name.map { Located($0, at: at($0)) }
        e.birthDate = born.map { Located(day($0), at: at($0)) }
        e.hireDate = hired.map { Located(day($0), at: at($0)) }
        e.leaveDate = left.map { Located(day($0), at: at($0)) }
        e.nationalId = nationalId.map { Located($0, at: at($0)) }
        e.sex = sex.map { Located($0, at: at($0)) }
        return e
    }

    /// A day of work; `hours` are the day's total, `overtime` the stated overtime in it.
    public static func entry(_ id: String, _ date: String, hours: Double, overtime: Double? = nil,
                             clockIn: String? = nil, clockOut: String? = nil) -> TimeEntry {
        var e = TimeEntry(employeeId: Located(id, at: at(id)), date: Located(day(date), at: at(date)),
                          hours: Located(hours, at: at(String(hours))))
        if let overtime {
            e.overtimeHours = Located(overtime, at: at(String(overtime)))
            e.regularHours = Located(hours - overtime, at: at(String(hours - overtime)))
        }
        e.clockIn = clockIn.map { Located(minutes($0), at: at($0)) }
        e.clockOut = clockOut.map { Located(minutes($0), at: at($0)) }
        return e
    }

    /// Days of work on each date of `dates` with the same hours.
    public static func entries(_ id: String, _ dates: [String], hours: Double, overtime: Double? = nil) -> [TimeEntry] {
        dates.map { entry(id, $0, hours: hours, overtime: overtime) }
    }

    /// Every day from `from` to `to` inclusive, as ISO dates.
    public static func days(from: String, to: String, skipping weekdays: Set<Int> = []) -> [String] {
        var result: [String] = []
        var date = day(from)
        while date <= day(to) {
            if !weekdays.contains(date.weekday) { result.append(date.description) }
            date = date.adding(days: 1)
        }
        return result
    }

    /// A payroll line; money in yuan.
    public static func pay(_ id: String, _ month: String, base: Double? = nil, overtimePay: Double? = nil,
                           allowances: Double? = nil, gross: Double? = nil, deductions: Double? = nil, net: Double? = nil,
                           regularHours: Double? = nil, overtimeHours: Double? = nil) -> PayLine {
        let parts = month.split(separator: "-").map { Int($0)! }
        var line = PayLine(employeeId: Located(id, at: at(id)), period: Located(YearMonth(year: parts[0], month: parts[1])!, at: at(month)))
        func fen(_ yuan: Double?) -> Located<Int>? { yuan.map { Located(Int(($0 * 100).rounded()), at: at(String($0))) } }
        line.baseWage = fen(base)
        line.overtimePay = fen(overtimePay)
        line.allowances = fen(allowances)
        line.gross = fen(gross)
        line.deductions = fen(deductions)
        line.net = fen(net)
        line.regularHours = regularHours.map { Located($0, at: at(String($0))) }
        line.overtimeHours = overtimeHours.map { Located($0, at: at(String($0))) }
        line.earningsComplete = true
        return line
    }

    /// What an attendance summary states for a worker's period.
    public static func summary(_ id: String, from: String, to: String, regular: Double? = nil, overtime: Double? = nil,
                               total: Double? = nil, days: Double? = nil) -> AttendanceSummary {
        var summary = AttendanceSummary(employeeId: Located(id, at: at(id)), from: Located(day(from), at: at("\(from) ~ \(to)")),
                                        to: Located(day(to), at: at("\(from) ~ \(to)")))
        summary.regularHours = regular.map { Located($0, at: at(String($0))) }
        summary.overtimeHours = overtime.map { Located($0, at: at(String($0))) }
        summary.totalHours = total.map { Located($0, at: at(String($0))) }
        summary.daysWorked = days.map { Located($0, at: at(String($0))) }
        return summary
    }

    public static func document(_ type: DocumentType, until: String? = nil, openEnded: Bool = false, company: String? = nil,
                                code: String? = nil, address: String? = nil, scope: String? = nil) -> DocumentFacts {
        var facts = DocumentFacts(path: "example-\(type.rawValue).pdf", type: type)
        facts.scope = scope.map { Located($0, at: at($0)) }
        facts.validUntil = until.map { Located(day($0), at: at("Valid Until: \($0)")) }
        facts.openEnded = openEnded ? at("Long-term") : nil
        facts.companyName = company.map { Located($0, at: at($0)) }
        facts.registrationCode = code.map { Located($0, at: at($0)) }
        facts.address = address.map { Located($0, at: at($0)) }
        return facts
    }

    /// A certificate or audit report; `standard` as `CertificationStandard` names it.
    public static func certificate(standard: String?, number: String? = nil, body: String? = nil, accreditations: [String] = [],
                                   scope: String? = nil, address: String? = nil, sites: [String] = [], issued: String? = nil,
                                   until: String? = nil, level: String? = nil, rating: String? = nil, auditDate: String? = nil,
                                   calledCertificate: String? = nil) -> DocumentFacts {
        var facts = document(.certificate, until: until, address: address, scope: scope)
        facts.issueDate = issued.map { Located(day($0), at: at("Issue Date: \($0)")) }
        var certificate = CertificateFacts()
        certificate.standard = standard.map { Located($0, at: at($0)) }
        certificate.number = number.map { Located($0, at: at($0)) }
        certificate.body = body.map { Located($0, at: at($0)) }
        certificate.accreditations = accreditations.map { Located($0, at: at($0)) }
        certificate.coveredAddresses = sites.map { Located($0, at: at($0)) }
        certificate.level = level.map { Located($0, at: at($0)) }
        certificate.rating = rating.map { Located($0, at: at("Overall rating: \($0)")) }
        certificate.auditDate = auditDate.map { Located(day($0), at: at("Audit date: \($0)")) }
        certificate.calledCertificate = calledCertificate.map(at)
        facts.certificate = certificate
        return facts
    }

    static func minutes(_ clock: String) -> Int {
        let parts = clock.split(separator: ":").map { Int($0)! }
        return parts[0] * 60 + parts[1]
    }
}
