import AuditCore
import AuditReports
import Testing

@Suite("Weekly hours per worker")
struct WeeklyHoursTests {
    @Test("Hours are summed per worker and Monday–Sunday week, with empty weeks in between and names from the roster")
    func aggregate() throws {
        let day = { (d: Int) in CivilDate(year: 2026, month: 6, day: d)! }  // 2026-06-01 is a Monday
        let days = [
            DailyHours(employeeId: "E2", date: day(1), hours: 10), DailyHours(employeeId: "E2", date: day(7), hours: 11),
            DailyHours(employeeId: "E2", date: day(7), hours: 1), DailyHours(employeeId: "E2", date: day(22), hours: 8),
            DailyHours(employeeId: "E1", date: day(3), hours: 9),
        ]
        let workers = WorkerWeeklyHours.aggregate(days, names: ["E2": "Wang Fang"])
        #expect(workers.map(\.employeeId) == ["E1", "E2"])
        let second = workers[1]
        #expect(second.name == "Wang Fang")
        #expect(second.weeks.map(\.hours) == [22, 0, 0, 8])
        #expect(second.weeks.map(\.label) == ["2026-W23", "2026-W24", "2026-W25", "2026-W26"])
        #expect(second.peak == 22)
    }
}
