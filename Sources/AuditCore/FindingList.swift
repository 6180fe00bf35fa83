/// The findings of a report, in report order: in memory, or kept in a file when there are too
/// many to hold (a factory where every worker works long days has hundreds of thousands), read
/// back a chunk at a time as they are walked.
///
/// Either way it is a collection of `Finding` values and encodes as a list of them; walking a
/// stored list reads its file again, so code that looks at every finding several times should
/// gather what it needs in one walk (`FindingCounts`).
public struct FindingList: RandomAccessCollection, MutableCollection, Sendable, ExpressibleByArrayLiteral {
    private enum Storage: Sendable {
        case memory([Finding])
        /// Findings in a file, each changed by `change` as it is read (a baseline's acceptance).
        case stored(any StoredFindings, change: (@Sendable (Finding) -> Finding)?)
    }

    private var storage: Storage

    public init(_ findings: [Finding]) {
        storage = .memory(findings)
    }

    public init(arrayLiteral findings: Finding...) {
        storage = .memory(findings)
    }

    /// Findings kept outside memory, already in report order.
    public init(stored: any StoredFindings) {
        storage = .stored(stored, change: nil)
    }

    /// Whether the findings are kept in a file rather than in memory.
    public var isStored: Bool {
        if case .stored = storage { return true }
        return false
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case let .memory(findings): return findings.count
        case let .stored(stored, _): return stored.count
        }
    }

    /// The finding at `position`. Setting one in a stored list first reads the whole list into memory.
    public subscript(position: Int) -> Finding {
        get {
            switch storage {
            case let .memory(findings): return findings[position]
            case let .stored(stored, change):
                let finding = stored.finding(at: position)
                return change.map { $0(finding) } ?? finding
            }
        }
        set {
            var findings: [Finding]
            if case let .memory(held) = storage { findings = held } else { findings = Array(self) }
            storage = .memory([])  // so that `findings` is the only reference and changes in place
            findings[position] = newValue
            storage = .memory(findings)
        }
    }

    /// The same findings, each changed by `change`: at once in memory, as they are read when stored.
    public func changed(_ change: @escaping @Sendable (Finding) -> Finding) -> FindingList {
        switch storage {
        case let .memory(findings): return FindingList(findings.map(change))
        case let .stored(stored, earlier):
            return FindingList(storage: .stored(stored, change: earlier.map { first in { change(first($0)) } } ?? change))
        }
    }

    private init(storage: Storage) {
        self.storage = storage
    }
}

/// Findings kept outside memory, in report order. `finding(at:)` is mostly called in order, so an
/// implementation reads its file a chunk at a time and keeps the last chunk read.
public protocol StoredFindings: AnyObject, Sendable {
    var count: Int { get }
    /// The finding at `index`; one that cannot be read back is a finding saying so, never a crash.
    func finding(at index: Int) -> Finding
}

extension FindingList: Hashable {
    public static func == (a: FindingList, b: FindingList) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for finding in self { hasher.combine(finding) }
    }
}

extension FindingList: Codable {
    public init(from decoder: Decoder) throws {
        self.init(try [Finding](from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        for finding in self { try container.encode(finding) }
    }
}

extension FindingList: CompactCodable {
    /// The form of `[Finding]`, so stored reports read the same either way.
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(try [Finding](compactFrom: reader))
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.count(count)
        for finding in self { finding.encode(compactTo: writer) }
    }
}

/// How many findings a report has of each severity, open and accepted, counted in one walk.
public struct FindingCounts: Sendable, Hashable {
    private var open: [Severity: Int] = [:]
    private var accepted: [Severity: Int] = [:]

    public init(_ findings: FindingList) {
        for finding in findings {
            if finding.accepted == nil { open[finding.severity, default: 0] += 1 } else { accepted[finding.severity, default: 0] += 1 }
        }
    }

    /// Open findings of exactly `severity`.
    public func open(_ severity: Severity) -> Int { open[severity] ?? 0 }

    /// Accepted findings of exactly `severity`.
    public func accepted(_ severity: Severity) -> Int { accepted[severity] ?? 0 }

    /// All findings of exactly `severity`, open or accepted.
    public func all(_ severity: Severity) -> Int { open(severity) + accepted(severity) }

    /// Accepted findings of every severity.
    public var acceptedTotal: Int { accepted.values.reduce(0, +) }

    /// Open findings at or above `threshold`.
    public func open(atLeast threshold: Severity) -> Int {
        Severity.allCases.filter { $0 >= threshold }.reduce(0) { $0 + open($1) }
    }
}
