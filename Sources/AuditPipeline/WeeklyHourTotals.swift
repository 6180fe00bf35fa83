import AuditCore
import AuditEvidence

/// Each worker's hours in each Monday-Sunday week, summed from the time entries as the rules
/// judge them, batch by batch, so the HTML report's chart needs no second pass over the evidence
/// and no more memory than a figure a worker a week.
///
/// A worker's entries are added in input order, as the whole set of them would be summed
/// (several records of one day add up), so the totals are those of the entries held all at once.
public struct WeeklyHourTotals: Sendable, Hashable {
    /// Hours by worker ID, then by the Monday that starts the week.
    public private(set) var hours: [String: [CivilDate: Double]] = [:]
    /// The roster's name of each worker that has one, by worker ID.
    public private(set) var names: [String: String] = [:]

    public init() {}

    /// Totals to be added to, with the names the roster `employees` give (the last, when several do).
    init(names employees: [Employee]) {
        for employee in employees {
            if let name = employee.name?.value, !name.isEmpty { names[employee.id.value] = name }
        }
    }

    /// Adds the hours of `entries`, in their order.
    mutating func add(_ entries: [TimeEntry]) {
        for entry in entries {
            hours[entry.employeeId.value, default: [:]][entry.date.value.weekStart, default: 0] += entry.hours.value
        }
    }
}
