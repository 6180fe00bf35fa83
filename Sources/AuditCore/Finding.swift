/// How serious a finding is (the contract's `severity`).
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable, Hashable {
    case error, warning, info

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// The contract's fixed vocabulary of finding categories.
public enum FindingCategory: String, Sendable, Codable, CaseIterable, Hashable {
    case intake
    case missingDocument = "missing-document"
    case expiry
    case minimumAge = "minimum-age"
    case juvenileWorker = "juvenile-worker"
    case workingHours = "working-hours"
    case restDay = "rest-day"
    case minimumWage = "minimum-wage"
    case overtimePay = "overtime-pay"
    case payrollArithmetic = "payroll-arithmetic"
    case rosterPayroll = "roster-payroll"
    case hoursMismatch = "hours-mismatch"
    case identityMismatch = "identity-mismatch"
    case invalidId = "invalid-id"
    case recordIntegrity = "record-integrity"
    /// A certificate or audit report that does not prove what it claims (added to the contract later).
    case certificate
}

/// One thing an auditor would catch, with the evidence that shows it.
public struct Finding: Sendable, Codable, Hashable {
    /// Pack-qualified rule id, e.g. `china-labor-law/overtime-monthly`.
    public var rule: String
    public var category: FindingCategory
    public var severity: Severity
    public var message: String
    public var employeeId: String?
    public var documentType: DocumentType?
    /// `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`.
    public var period: String?
    public var evidence: [Evidence]
    /// The limit the rule applies, as text ("11 h/day"); optional beyond the contract.
    public var limit: String?
    /// The value found, as text ("12.5 h"); optional beyond the contract.
    public var actual: String?
    /// The clause the rule comes from; optional beyond the contract.
    public var clause: String?
    /// What to do about it; optional beyond the contract.
    public var action: String?
    /// Set when a baseline accepts this finding: it stays listed but leaves the verdict; optional
    /// beyond the contract.
    public var accepted: Acceptance?

    public init(rule: String, category: FindingCategory, severity: Severity, message: String,
                employeeId: String? = nil, documentType: DocumentType? = nil, period: String? = nil,
                evidence: [Evidence], limit: String? = nil, actual: String? = nil,
                clause: String? = nil, action: String? = nil, accepted: Acceptance? = nil) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.employeeId = employeeId
        self.documentType = documentType
        self.period = period
        self.evidence = evidence
        self.limit = limit
        self.actual = actual
        self.clause = clause
        self.action = action
        self.accepted = accepted
    }
}

/// Who accepted a finding as a known, tolerated risk, and why (the report's `accepted` field).
public struct Acceptance: Sendable, Codable, Hashable {
    /// The person or role who accepted it, as the baseline names them.
    public var by: String
    /// Why it is accepted, as the baseline states it.
    public var reason: String

    public init(by: String, reason: String) {
        self.by = by
        self.reason = reason
    }
}

/// A page region a report shows as a picture: a band of one page of one file, with the boxes of
/// the values it highlights.
public struct EvidenceCropKey: Sendable, Hashable {
    public var path: String
    /// 1-based page.
    public var page: Int
    /// The values' boxes in PDF points from the page's top-left, in evidence order; never empty.
    public fileprivate(set) var boxes: [BoundingBox]

    public init(path: String, page: Int, boxes: [BoundingBox]) {
        precondition(!boxes.isEmpty, "a crop highlights at least one box")
        self.path = path
        self.page = page
        self.boxes = boxes
    }

    /// The smallest box holding every highlighted box.
    public var bounds: BoundingBox { boxes.dropFirst().reduce(boxes[0]) { $0.union($1) } }

    /// Whether this crop highlights `evidence`.
    public func shows(_ evidence: Evidence) -> Bool {
        guard let bbox = evidence.bbox else { return false }
        return evidence.path == path && evidence.page == page && boxes.contains(bbox)
    }
}

extension Finding {
    /// The page regions to picture for this finding, at most `limit`, in evidence order.
    ///
    /// Boxed evidence on the same page whose boxes fit in a band `bandHeight` points tall shares one
    /// crop (a payroll row's wage and overtime pay are shown together). Report renderers and the
    /// page cropper both call this, so they agree on which crops exist.
    public func cropKeys(limit: Int, bandHeight: Double = 100) -> [EvidenceCropKey] {
        var keys: [EvidenceCropKey] = []
        for item in evidence {
            guard let page = item.page, let bbox = item.bbox else { continue }
            if let index = keys.firstIndex(where: { $0.path == item.path && $0.page == page && $0.bounds.union(bbox).height <= bandHeight }) {
                if !keys[index].boxes.contains(bbox) { keys[index].boxes.append(bbox) }
            } else if keys.count < limit {
                keys.append(EvidenceCropKey(path: item.path, page: page, boxes: [bbox]))
            }
        }
        return keys
    }
}
