import AuditCore

/// Says what the documents that give the same records differently show: one `record-integrity`
/// finding per pair of versions, naming both documents and the values, and a note on which
/// version was judged.
///
/// Two versions of the same month are what auditors call double books; a finding per worker-day
/// would bury that in hundreds of lines, so each pair of document sets gets one finding, with
/// the first records that differ as its evidence.
public struct RecordConflictReport: Sendable {
    public static let rule = "auditready/records-disagree"
    /// Records cited as evidence in one finding (each cites both versions).
    public static let citedRecords = 10

    /// Each pair of versions met, in the order first met, with its count and the records it cites.
    private var groups: [GroupKey: Group] = [:]
    private var order: [GroupKey] = []
    /// Records given in more versions than were judged: how many, and the first.
    private var leftOut: (count: Int, first: RecordConflict)?
    /// The language of the findings' and notes' texts.
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) {
        self.language = language
    }

    /// Adds the conflicts of one batch of workers; only the counts and the records cited are kept.
    public mutating func add(_ conflicts: [RecordConflict]) {
        for conflict in conflicts {
            // One group for each pair of versions, whatever the order they were met in.
            for (first, second) in Self.pairs(conflict.versions.count) {
                let key = GroupKey(kind: conflict.kind, first: conflict.versions[first].paths, second: conflict.versions[second].paths)
                if groups[key] == nil { order.append(key) }
                groups[key, default: Group()].add(conflict)
            }
            if conflict.versionsLeftOut > 0 { leftOut = ((leftOut?.count ?? 0) + 1, leftOut?.first ?? conflict) }
        }
    }

    /// The findings, in report order, and the notes.
    public func outcome() -> (findings: [Finding], notes: [String]) {
        var findings: [Finding] = []
        var notes: [String] = []
        for key in order {
            let group = groups[key]!
            findings.append(finding(key, group))
            notes.append(note(key, group))
        }
        if let (count, first) = leftOut {
            notes.append((count == 1 ? RuleNote.recordLeftOut : .recordsLeftOut)(language, [
                "count": "\(count)", "versions": "\(first.versions.count - first.versionsLeftOut)", "id": first.employeeId, "period": first.period,
            ]))
        }
        return (findings.sorted(by: Finding.reportOrder), notes)
    }

    /// One pair of versions' conflicts: how many, and the first by worker and period.
    private struct Group {
        var count = 0
        var cited: [RecordConflict] = []
        var months: Set<String> = []

        mutating func add(_ conflict: RecordConflict) {
            count += 1
            months.insert(String(conflict.period.prefix(7)))
            cited.append(conflict)
            if cited.count > 2 * RecordConflictReport.citedRecords { trim() }
        }

        /// The cited records in order, no more than are cited.
        var first: [RecordConflict] {
            var copy = self
            copy.trim()
            return copy.cited
        }

        private mutating func trim() {
            cited.sort { ($0.employeeId, $0.period) < ($1.employeeId, $1.period) }
            cited.removeLast(max(0, cited.count - RecordConflictReport.citedRecords))
        }
    }

    private struct GroupKey: Hashable {
        var kind: DocumentType
        var first: [String]
        var second: [String]
    }

    private static func pairs(_ count: Int) -> [(Int, Int)] {
        (0..<count).flatMap { first in (first + 1..<count).map { (first, $0) } }
    }

    private static func names(_ paths: [String]) -> String {
        paths.joined(separator: " and ")
    }

    private func finding(_ key: GroupKey, _ group: Group) -> Finding {
        let cited = group.first
        let monthly = key.kind == .payroll || cited[0].isLongerThanADay
        let unit: FindingPhrase = monthly ? .workerMonth : .workerDay
        let counted: FindingCount = monthly ? .workerMonth : .workerDay
        let first = cited[0]
        let (a, b) = versions(of: first, key)
        var evidence: [Evidence] = []
        for conflict in cited {
            let (a, b) = versions(of: conflict, key)
            for version in [a, b] {
                var quoted = version.evidence
                quoted.text = "\(conflict.employeeId) \(conflict.period): \(version.summary)"
                evidence.append(quoted)
            }
        }
        let count = counted(group.count, language)
        let names = { (paths: [String]) in language == .zh ? language.enumeration(paths) : Self.names(paths) }
        return Finding(rule: Self.rule, category: .recordIntegrity, severity: .error,
                       message: FindingPhrase.recordsDisagree(language, [
                           "first": names(key.first), "second": names(key.second), "count": count, "id": first.employeeId,
                           "period": first.period, "a": a.summary(in: language), "b": b.summary(in: language),
                       ]),
                       documentType: key.kind, period: group.months.count == 1 ? group.months.first : nil, evidence: evidence,
                       actual: FindingPhrase.recordsDisagreeActual(language, ["count": count]),
                       action: FindingPhrase.recordsDisagreeAction(language, ["unit": unit(language)]))
    }

    private func versions(of conflict: RecordConflict, _ key: GroupKey) -> (RecordConflict.Version, RecordConflict.Version) {
        let a = conflict.versions.first { $0.paths == key.first }!
        let b = conflict.versions.first { $0.paths == key.second }!
        return (a, b)
    }

    private func note(_ key: GroupKey, _ group: Group) -> String {
        let first = group.cited[0]
        let units = (key.kind == .payroll || first.isLongerThanADay ? RuleNote.workerMonths : .workerDays)(language, ["count": "\(group.count)"])
        let names = { (paths: [String]) in language == .zh ? language.enumeration(paths) : Self.names(paths) }
        var values = ["first": names(key.first), "second": names(key.second), "units": units]
        if let judged = first.judged, let marker = first.judgedMarker {
            values["judged"] = names(first.versions[judged].paths)
            values["marker"] = marker
            return RuleNote.laterVersionJudged(language, values)
        }
        return RuleNote.noLaterVersion(language, values)
    }
}
