import AuditCore

/// Turns a punch log's punches into one time entry per badge and working day.
///
/// Per badge, in time order: a burst of punches (and exact duplicates) within
/// `PunchRules.mergeWindowMinutes` of its first punch is one punch; punches are grouped by the
/// calendar day they fall on, except that morning punches before `overnightCutoff` close the
/// previous day's shift when that day's punches are left open (odd in number) and the shift stays
/// within `longestShift`. A day's first punch is its clock-in, its last the clock-out, and the
/// hours run from one to the other less the meal break they span. A day with a single punch is a
/// missing punch: it is reported, never guessed into hours.
struct PunchDayBuilder {
    var rules: PunchRules
    /// Computes a day's hours from its clock-in and clock-out (the meal break rule).
    var reader: EvidenceReader

    /// The time entries of `punches`, by badge then day, and the days that could not be counted.
    func entries(from punches: [PunchLog.Punch]) -> (entries: [TimeEntry], problems: [ReadProblem]) {
        var entries: [TimeEntry] = []
        var problems: [ReadProblem] = []
        let byBadge = Dictionary(grouping: punches, by: \.badge.value)
        for badge in byBadge.keys.sorted(by: Self.badgeOrder) {
            let merged = merge(byBadge[badge]!.sorted { ($0.instant, $0.evidence.row ?? 0) < ($1.instant, $1.evidence.row ?? 0) })
            for day in days(of: merged) {
                switch entry(badge: badge, day: day) {
                case let .entry(entry)?: entries.append(entry)
                case let .missingPunch(problem)?: problems.append(problem)
                case nil: break
                }
            }
        }
        return (entries, problems)
    }

    /// What one working day's punches make.
    enum DayOutcome {
        /// Two punches or more: a day from the first to the last.
        case entry(TimeEntry)
        /// A single punch: a clock-in or clock-out is missing, and no hours are guessed.
        case missingPunch(ReadProblem)
    }

    /// The time entry of one badge's working day (its merged punches in order), or the problem
    /// of a day with a single punch; nil for a day without punches.
    func entry(badge: String, day: [PunchLog.Punch]) -> DayOutcome? {
        guard let first = day.first, let last = day.last else { return nil }
        guard day.count >= 2 else {
            return .missingPunch(ReadProblem(evidence: first.evidence, .singlePunch,
                                             ["badge": badge, "date": first.date.description, "time": Self.clock(first.minute)]))
        }
        var span = first.evidence
        if last.evidence != first.evidence {
            span.text = "\(first.evidence.text ?? "") – \(last.evidence.text ?? "")"
        }  // else the punches were glued in one cell (`08:5118:31`), which shows the day as it is
        let hours = reader.workedHours(from: first.minute, to: last.minute)
        var entry = TimeEntry(employeeId: first.badge, date: Located(first.date, at: first.evidence), hours: Located(hours, at: span))
        entry.clockIn = Located(first.minute, at: first.evidence)
        entry.clockOut = Located(last.minute, at: last.evidence)
        return .entry(entry)
    }

    /// One badge's punches, in order, without the repeats of a burst.
    func merge(_ punches: [PunchLog.Punch]) -> [PunchLog.Punch] {
        var kept: [PunchLog.Punch] = []
        for punch in punches {
            if let burst = kept.last, abs(punch.instant - burst.instant) <= rules.mergeWindowMinutes { continue }
            kept.append(punch)
        }
        return kept
    }

    /// One badge's merged punches grouped into working days, in order, night shifts on the day
    /// they started.
    func days(of punches: [PunchLog.Punch]) -> [[PunchLog.Punch]] {
        var days: [(date: CivilDate, punches: [PunchLog.Punch], ownPunches: Int)] = []
        for punch in punches {
            if let open = days.last, open.ownPunches % 2 == 1, punch.date == open.date.adding(days: 1),
               punch.minute < rules.overnightCutoff, punch.instant - open.punches[0].instant <= rules.longestShift {
                days[days.count - 1].punches.append(punch)  // closes a shift left open the day before
            } else if let last = days.last, last.date == punch.date {
                days[days.count - 1].punches.append(punch)
                days[days.count - 1].ownPunches += 1
            } else {
                days.append((punch.date, [punch], 1))
            }
        }
        return days.map { $0.punches }
    }

    /// Badge numbers in numeric order ("9" before "10"), others after in text order.
    static func badgeOrder(_ a: String, _ b: String) -> Bool {
        switch (Int(a), Int(b)) {
        case let (x?, y?): return x != y ? x < y : a < b
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a < b
        }
    }

    static func clock(_ minute: Int) -> String {
        let h = minute / 60, m = minute % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
