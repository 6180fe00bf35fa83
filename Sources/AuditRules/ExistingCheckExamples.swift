import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

extension DocumentExpiredCheck {
    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(
            triggering: [.init("a fire certificate valid until the day before", EvidenceModel(documents: [E.document(.fireCertificate, until: "2026-10-14")]))],
            nonTriggering: [.init("valid on the day of judgement", EvidenceModel(documents: [E.document(.fireCertificate, until: "2026-10-15")])),
                            .init("an open-ended license", EvidenceModel(documents: [E.document(.businessLicense, until: "2020-01-01", openEnded: true)]))])
    }
}

extension DocumentExpiringCheck {
    func examples(_ rule: BoundRule) -> RuleExamples {
        let window = Int(rule.number("warning_days"))
        let inside = ExampleEvidence.asOf.adding(days: window).description
        let outside = ExampleEvidence.asOf.adding(days: window + 1).description
        return RuleExamples(
            triggering: [.init("a certificate expiring on the last day of the window", EvidenceModel(documents: [E.document(.certificate, until: inside)]))],
            nonTriggering: [.init("a certificate expiring the day after the window", EvidenceModel(documents: [E.document(.certificate, until: outside)]))])
    }
}

extension MinimumAgeCheck {
    func examples(_ rule: BoundRule) -> RuleExamples {
        let minimum = Int(rule.number("minimum_age"))
        let young = E.day("2026-07-02").adding(days: 0)
        let bornTooLate = CivilDate(year: young.year - minimum, month: 7, day: 3)!.description
        let bornInTime = CivilDate(year: young.year - minimum, month: 7, day: 1)!.description
        return RuleExamples(
            triggering: [.init("a worker one day short of \(minimum) on a day worked",
                               EvidenceModel(employees: [E.employee("E9", born: bornTooLate)], timeEntries: [E.entry("E9", "2026-07-02", hours: 8)]))],
            nonTriggering: [.init("a worker who turned \(minimum) the day before",
                                  EvidenceModel(employees: [E.employee("E9", born: bornInTime)], timeEntries: [E.entry("E9", "2026-07-02", hours: 8)]))])
    }
}

extension DailyHoursCheck {
    func examples(_ rule: BoundRule) -> RuleExamples {
        let limit = rule.number("max_hours")
        return RuleExamples(
            triggering: [.init("half an hour over the limit", EvidenceModel(timeEntries: [E.entry("E1", "2026-07-01", hours: limit + 0.5)]))],
            nonTriggering: [.init("exactly the limit", EvidenceModel(timeEntries: [E.entry("E1", "2026-07-01", hours: limit)]))])
    }
}

extension MonthlyOvertimeCheck {
    func examples(_ rule: BoundRule) -> RuleExamples {
        let cap = rule.number("max_overtime_hours")
        let days = E.days(from: "2026-07-01", to: "2026-07-31", skipping: [6, 7])
        func month(_ total: Double) -> EvidenceModel {
            EvidenceModel(timeEntries: days.map { E.entry("E1", $0, hours: 8 + total / Double(days.count), overtime: total / Double(days.count)) })
        }
        func summary(_ overtime: Double) -> AttendanceSummary {
            E.summary("E1", from: "2026-07-01", to: "2026-07-31", regular: 176, overtime: overtime)
        }
        // September 2026: the 20th, a Sunday, is a make-up workday; the 25th, a Friday, a holiday.
        let september = E.days(from: "2026-09-01", to: "2026-09-30", skipping: [6, 7]).filter { $0 != "2026-09-25" }
        func septemberModel(_ total: Double, plus extra: String) -> EvidenceModel {
            EvidenceModel(timeEntries: september.map { E.entry("E1", $0, hours: 8 + total / Double(september.count)) }
                + [E.entry("E1", extra, hours: 8)])
        }
        return RuleExamples(triggering: [.init("overtime one hour over the cap", month(cap + 1)),
                                         .init("a statutory holiday on a weekday worked 8 hours, the timesheet stating no overtime, on top of overtime half an hour under the cap",
                                               septemberModel(cap - 0.5, plus: "2026-09-25")),
                                         .init("a monthly attendance summary stating overtime one hour over the cap, without daily records",
                                               EvidenceModel(attendanceSummaries: [summary(cap + 1)]))],
                            nonTriggering: [.init("overtime exactly at the cap", month(cap)),
                                            .init("a make-up working Sunday worked 8 hours, the timesheet stating no overtime, beside overtime at the cap",
                                                  septemberModel(cap, plus: "2026-09-20")),
                                            .init("a summary stating overtime over the cap beside daily records within it, which judge the month",
                                                  { var model = month(cap); model.attendanceSummaries = [summary(cap + 10)]; return model }())])
    }
}

extension WeeklyHoursCheck {
    func examples(_ rule: BoundRule) -> RuleExamples {
        let limit = rule.number("max_hours")
        let week = E.days(from: "2026-07-06", to: "2026-07-11")
        return RuleExamples(
            triggering: [.init("six days adding up to one hour over", EvidenceModel(timeEntries: E.entries("E1", week, hours: (limit + 1) / 6)))],
            nonTriggering: [.init("six days adding up to the limit", EvidenceModel(timeEntries: E.entries("E1", week, hours: limit / 6)))])
    }
}

extension PaidNotOnRosterCheck {
    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(
            triggering: [.init("a payee missing from the roster",
                               EvidenceModel(employees: [E.employee("E1")], payLines: [E.pay("E1", "2026-07"), E.pay("X7", "2026-07")]))],
            nonTriggering: [.init("every payee on the roster", EvidenceModel(employees: [E.employee("E1")], payLines: [E.pay("E1", "2026-07")])),
                            .init("no roster to compare with", EvidenceModel(payLines: [E.pay("X7", "2026-07")]))])
    }
}

extension RosteredNotPaidCheck {
    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(
            triggering: [.init("a worker hired years ago missing from July's payroll",
                               EvidenceModel(employees: [E.employee("E1"), E.employee("E2")], payLines: [E.pay("E1", "2026-07")]))],
            nonTriggering: [.init("a worker hired during July", EvidenceModel(employees: [E.employee("E1"), E.employee("E2", hired: "2026-07-10")],
                                                                         payLines: [E.pay("E1", "2026-07")])),
                            .init("a worker who left before July", EvidenceModel(employees: [E.employee("E1"), E.employee("E2", left: "2026-06-30")],
                                                                              payLines: [E.pay("E1", "2026-07")]))])
    }
}
