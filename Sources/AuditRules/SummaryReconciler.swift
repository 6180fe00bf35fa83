import AuditCore
import AuditEvidence

extension RecordReconciler {
    /// One attendance summary of each worker's period, where several documents give it.
    ///
    /// Summaries that agree (a month exported twice) are judged once. Summaries that disagree
    /// are two records of the same hours, a double book in its plainest form: a conflict, and
    /// the one whose file name states it is the later version is judged, else each is judged on
    /// its own, as for time entries and pay lines.
    public func reconcile(summaries: [AttendanceSummary]) -> (summaries: [AttendanceSummary], conflicts: [RecordConflict]) {
        var groups: [SummaryKey: [Int]] = [:]
        var order: [SummaryKey] = []
        for (index, summary) in summaries.enumerated() {
            let key = SummaryKey(employee: EmployeeKey(summary.employeeId.value).value, from: summary.from.value, to: summary.to.value)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var kept: [AttendanceSummary] = []
        var conflicts: [RecordConflict] = []
        for key in order {
            // The versions: summaries that agree, each with the documents that give it.
            var versions: [(paths: [String], summary: AttendanceSummary)] = []
            for index in groups[key]! {
                let summary = summaries[index]
                let path = summary.employeeId.evidence.path
                if let match = versions.firstIndex(where: { Self.agree($0.summary, summary) }) {
                    if !versions[match].paths.contains(path) { versions[match].paths.append(path) }
                } else {
                    versions.append(([path], summary))
                }
            }
            guard versions.count > 1 else {
                kept.append(versions[0].summary)
                continue
            }
            let stated = versions.map { version in version.paths.map(StatedVersion.init(path:)).max()! }
            let latest = stated.max()!
            let judged = stated.filter { $0 == latest }.count == 1 && latest.isStated ? stated.firstIndex(of: latest) : nil
            let first = versions[0].summary
            let wholeMonth = key.from.day == 1 && key.to == key.from.yearMonth.lastDay
            var conflict = RecordConflict(kind: .timesheet, employeeId: first.employeeId.value,
                                          period: wholeMonth ? key.from.yearMonth.description : "\(key.from)/\(key.to)",
                                          versions: versions.map { version in
                                              RecordConflict.Version(paths: version.paths, summary: Self.describe(version.summary, in: .en),
                                                                     chineseSummary: Self.describe(version.summary, in: .zh),
                                                                     evidence: version.summary.hoursEvidence.first ?? version.summary.employeeId.evidence)
                                          })
            if let judged {
                conflict.judged = judged
                conflict.judgedMarker = stated[judged].marker
                kept.append(versions[judged].summary)
            } else {
                kept += versions.map(\.summary)
            }
            conflicts.append(conflict)
        }
        return (kept, conflicts)
    }

    /// Whether two summaries state the same totals.
    static func agree(_ a: AttendanceSummary, _ b: AttendanceSummary) -> Bool {
        func same(_ x: Located<Double>?, _ y: Located<Double>?) -> Bool { x?.value == y?.value }
        return same(a.regularHours, b.regularHours) && same(a.overtimeHours, b.overtimeHours)
            && same(a.totalHours, b.totalHours) && same(a.daysWorked, b.daysWorked)
    }

    /// What a summary states, as a person reads it ("151.95 h, 0 h overtime, 19 days").
    static func describe(_ summary: AttendanceSummary, in language: ReportLanguage) -> String {
        let zh = language == .zh
        var parts: [String] = []
        if let total = summary.totalHours { parts.append(zh ? "共 \(formatNumber(total.value)) 小时" : "\(formatNumber(total.value)) h in all") }
        if let regular = summary.regularHours { parts.append(zh ? "\(formatNumber(regular.value)) 小时" : "\(formatNumber(regular.value)) h") }
        if let overtime = summary.overtimeHours { parts.append(zh ? "加班 \(formatNumber(overtime.value)) 小时" : "\(formatNumber(overtime.value)) h overtime") }
        if let days = summary.daysWorked { parts.append(zh ? "\(formatNumber(days.value)) 天" : "\(formatNumber(days.value)) days") }
        return parts.joined(separator: zh ? "，" : ", ")
    }
}

/// A worker's summary period, its ID compared as `EmployeeKey` compares.
private struct SummaryKey: Hashable {
    var employee: String
    var from: CivilDate
    var to: CivilDate
}
