import AuditCore
import AuditEvidence
@testable import AuditRules
import Testing

private typealias E = ExampleEvidence

@Suite("Record reconciler")
struct RecordReconcilerTests {
    func entries(_ path: String, _ list: [TimeEntry]) -> [TimeEntry] {
        list.map { entry in
            var entry = entry
            for keyPath in [\TimeEntry.employeeId.evidence, \TimeEntry.date.evidence, \TimeEntry.hours.evidence] {
                entry[keyPath: keyPath].path = path
            }
            entry.clockIn?.evidence.path = path
            entry.clockOut?.evidence.path = path
            return entry
        }
    }

    func lines(_ path: String, _ list: [PayLine]) -> [PayLine] {
        list.map { line in
            var line = line
            line.employeeId.evidence.path = path
            line.period.evidence.path = path
            line.net?.evidence.path = path
            line.gross?.evidence.path = path
            return line
        }
    }

    let week = [E.entry("E1", "2026-07-06", hours: 10, clockIn: "08:00", clockOut: "19:00"),
                E.entry("E1", "2026-07-07", hours: 9, clockIn: "08:00", clockOut: "18:00"),
                E.entry("E2", "2026-07-06", hours: 8, clockIn: "08:00", clockOut: "17:00")]

    @Test("The same rows from two documents are judged once, and each value links to its copy")
    func agreeingCopies() {
        let a = entries("a.csv", week), b = entries("b.pdf", week.reversed())
        let outcome = RecordReconciler().reconcile(timeEntries: a + b, payLines: [])
        #expect(outcome.versions.count == 1)
        #expect(outcome.versions[0].timeEntries == a)
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.copies[a[0].hours.evidence]?.map(\.path) == ["b.pdf"])
        #expect(outcome.copies[a[0].hours.evidence]?.first == b[2].hours.evidence)
    }

    /// The days of `week` as a hand-kept grid marks them: worked (`√`), hours not stated.
    var markedWeek: [TimeEntry] {
        week.map { entry in
            var marked = E.entry(entry.employeeId.value, entry.date.value.description, hours: 0)
            marked.workedWithoutHours = true
            return marked
        }
    }

    @Test("A grid marking days worked without hours agrees with a timesheet stating them, which speaks for the record in either order", arguments: [false, true])
    func markedDaysYieldToStatedHours(gridFirst: Bool) {
        let grid = entries("考勤表.xlsx", markedWeek), sheet = entries("timesheet.csv", week)
        let outcome = RecordReconciler().reconcile(timeEntries: gridFirst ? grid + sheet : sheet + grid, payLines: [])
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.versions.map(\.timeEntries) == [sheet])
        #expect(outcome.copies[sheet[0].hours.evidence]?.map(\.path) == ["考勤表.xlsx"])
    }

    @Test("A day marked worked without hours is summarised as such where records disagree on it")
    func markedDaySummary() {
        #expect(TimeEntry.summary([markedWeek[0]]) == "worked (hours not stated)")
    }

    @Test("Two shifts of one worker on one day in one document are both kept")
    func rowsOfOneDocumentUntouched() {
        let split = entries("a.csv", [E.entry("E1", "2026-07-06", hours: 4, clockIn: "08:00", clockOut: "12:00"),
                                      E.entry("E1", "2026-07-06", hours: 4, clockIn: "13:00", clockOut: "17:00")])
        let outcome = RecordReconciler().reconcile(timeEntries: split, payLines: [])
        #expect(outcome.versions.map(\.timeEntries) == [split])
    }

    @Test("Documents that disagree with no stated version are judged as two versions and reported once per record")
    func disagreeingVersions() {
        var changed = week
        changed[1] = E.entry("E1", "2026-07-07", hours: 12, clockIn: "08:00", clockOut: "21:00")
        let a = entries("wages/july.csv", week), b = entries("wages/july copy.csv", changed)
        let outcome = RecordReconciler().reconcile(timeEntries: a + b, payLines: [])
        #expect(outcome.versions.count == 2)
        #expect(outcome.versions[0].timeEntries == a)
        #expect(outcome.versions[1].timeEntries == [a[0], a[2], b[1]])
        #expect(outcome.conflicts.count == 1)
        let conflict = outcome.conflicts[0]
        #expect(conflict.employeeId == "E1" && conflict.period == "2026-07-07" && conflict.judged == nil)
        #expect(conflict.versions.map(\.paths) == [["wages/july.csv"], ["wages/july copy.csv"]])
        #expect(conflict.versions.map(\.summary) == ["9 h (08:00-18:00)", "12 h (08:00-21:00)"])
    }

    @Test("Where documents disagree, the one whose name marks it final is judged alone")
    func finalVersionWins() {
        var changed = week
        changed[1] = E.entry("E1", "2026-07-07", hours: 12, clockIn: "08:00", clockOut: "21:00")
        let a = entries("July wages final.csv", changed), b = entries("July wages.csv", week)
        let outcome = RecordReconciler().reconcile(timeEntries: b + a, payLines: [])
        #expect(outcome.versions.count == 1)
        #expect(outcome.versions[0].timeEntries == [b[0], b[2], a[1]])
        #expect(outcome.conflicts.first?.judged == 1)
        #expect(outcome.conflicts.first?.judgedMarker == "final")
    }

    @Test("Pay lines of the same month agree when every amount both give is equal")
    func payLines() {
        let a = lines("payroll.xlsx", [E.pay("E1", "2026-07", base: 3000, gross: 3500, net: 3100)])
        let same = lines("payroll.pdf", [E.pay("E1", "2026-07", base: 3000, net: 3100)])
        let other = lines("payroll v2.pdf", [E.pay("E1", "2026-07", base: 3000, net: 3300)])
        #expect(RecordReconciler().reconcile(timeEntries: [], payLines: a + same).versions.map(\.payLines) == [a])
        let outcome = RecordReconciler().reconcile(timeEntries: [], payLines: a + other)
        #expect(outcome.versions.map(\.payLines) == [other])
        #expect(outcome.conflicts.first?.kind == .payroll)
        #expect(outcome.conflicts.first?.judgedMarker == "v2")
    }

    @Test("The conflicts of many records give one finding per pair of documents, citing the first records")
    func report() {
        var changed = week
        changed[0] = E.entry("E1", "2026-07-06", hours: 11, clockIn: "08:00", clockOut: "20:00")
        changed[2] = E.entry("E2", "2026-07-06", hours: 6, clockIn: "08:00", clockOut: "15:00")
        let outcome = RecordReconciler().reconcile(timeEntries: entries("a.csv", week) + entries("b.csv", changed), payLines: [])
        var report = RecordConflictReport()
        report.add(outcome.conflicts)
        let (findings, notes) = report.outcome()
        #expect(findings.count == 1)
        #expect(findings[0].message.hasPrefix("a.csv and b.csv give different values for the same 2 worker-days; first: E1 on 2026-07-06"))
        #expect(findings[0].evidence.map(\.path) == ["a.csv", "b.csv", "a.csv", "b.csv"])
        #expect(findings[0].period == "2026-07")
        #expect(notes.count == 1 && notes[0].contains("each version was judged on its own"))
    }
}

@Suite("Stated versions")
struct StatedVersionTests {
    @Test("A name that says final, a version number or a correction states a version", arguments: [
        ("Evidence/July wages final.pdf", "final"), ("timesheet_v2.xlsx", "v2"), ("工资表（更正）.xlsx", "更正"),
        ("考勤最终版.xls", "最终版"), ("payroll-FINAL.csv", "final"), ("payroll revised.pdf", "revised"), ("工资表第3版.xlsx", "第3版"),
    ])
    func stated(path: String, marker: String) {
        let version = StatedVersion(path: path)
        #expect(version.isStated)
        #expect(version.marker == marker)
    }

    @Test("Copies, dates and ordinary words state no version", arguments: [
        "July wages.pdf", "July wages (1).pdf", "timesheet copy.csv", "工资表 副本.xlsx", "finalize schedule.pdf",
        "final/July wages.pdf", "nov2026.csv", "dev3 export.csv",
    ])
    func notStated(path: String) {
        #expect(!StatedVersion(path: path).isStated)
    }

    @Test("Final is later than a revision, a revision later than a version number, a higher number later")
    func order() {
        #expect(StatedVersion(path: "a v3.csv") > StatedVersion(path: "a v2.csv"))
        #expect(StatedVersion(path: "a revised.csv") > StatedVersion(path: "a v9.csv"))
        #expect(StatedVersion(path: "a final.csv") > StatedVersion(path: "a 更正.csv"))
        #expect(StatedVersion(path: "a v2.csv") > StatedVersion(path: "a.csv"))
    }
}
