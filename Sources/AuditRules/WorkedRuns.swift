import AuditCore

/// Days in a row one worker worked, with no rest day between them.
///
/// The rest-day rules judge these runs. A run is read from all of the worker's rows, whatever
/// document and month they came from, and is cut only by a day not worked or by the edge of the
/// records: a run that began before the first row or goes on after the last is judged on the
/// days the records show.
struct WorkedRun {
    /// The days of the run, in date order, each the day after the one before.
    var days: [WorkDay]

    var first: CivilDate { days[0].date }
    var last: CivilDate { days[days.count - 1].date }
    var count: Int { days.count }

    /// The run as a finding's period: its first day (the contract's period is a day, week or
    /// month; the message names the last day).
    var period: String { first.description }

    /// The runs of consecutive worked days among one worker's `days` (in date order).
    static func runs(in days: [WorkDay]) -> [WorkedRun] {
        var runs: [WorkedRun] = []
        for day in days where day.isWorked {
            if let last = runs.last?.last, last.adding(days: 1) == day.date {
                runs[runs.count - 1].days.append(day)
            } else {
                runs.append(WorkedRun(days: [day]))
            }
        }
        return runs
    }
}

extension WorkDay {
    /// Whether the worker worked that day: the rows show hours or a punch, or mark the day worked
    /// (`√` in a hand-kept grid). A rest day, a day of leave or a holiday off has none of these
    /// (or no row at all).
    var isWorked: Bool { hours > 0 || clockIn != nil || clockOut != nil || markedWorked }
}
