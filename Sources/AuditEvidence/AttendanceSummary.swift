import AuditCore

/// One worker's period as an attendance summary states it (考勤汇总, 月度汇总): the totals a
/// time clock's or HR tool's summary report gives for the worker.
///
/// A summary is a second record of the hours the punches already record; a summary that shows
/// fewer hours than the punches is how a second set of books is usually found.
public struct AttendanceSummary: Sendable, Codable, Hashable {
    public var employeeId: Located<String>
    public var name: Located<String>?
    /// The first and last day the summary covers, both located at the cell that states the period.
    public var from: Located<CivilDate>
    public var to: Located<CivilDate>
    /// Hours worked as the summary states them, overtime not included (工作时数 实际, 出勤工时).
    public var regularHours: Located<Double>?
    /// Overtime hours, all overtime columns added up (加班时数 正常 + 特殊).
    public var overtimeHours: Located<Double>?
    /// Hours worked, overtime included, when the summary states such a total (总工时).
    public var totalHours: Located<Double>?
    /// Days worked as the summary states them (the actual of `23/19`, 标准/实际).
    public var daysWorked: Located<Double>?
    /// True when the summary names the worker but has no ID column; linking fills in the ID.
    public var identifiedByName = false

    public init(employeeId: Located<String>, from: Located<CivilDate>, to: Located<CivilDate>) {
        self.employeeId = employeeId
        self.from = from
        self.to = to
    }

    /// All hours the summary states for the period, overtime included; nil when it states no
    /// total and no regular hours (a summary of overtime alone says nothing of the rest).
    public var statedHours: Double? {
        if let totalHours { return totalHours.value }
        guard let regularHours else { return nil }
        return regularHours.value + (overtimeHours?.value ?? 0)
    }

    /// Where the stated hours were read.
    public var hoursEvidence: [Evidence] {
        totalHours.map { [$0.evidence] } ?? [regularHours?.evidence, overtimeHours?.evidence].compactMap { $0 }
    }
}
