import AuditFields
import Testing

/// The marks staff type in the day cells of hand-kept attendance grids.
@Suite("Marks of the day in attendance grids")
struct DayMarksTests {
    @Test("Every token the real grid template names reads as the kind of day it marks", arguments: [
        ("√", DayMark.worked), ("上班迟到", .worked), ("休", .rest), ("事假", .leave), ("病假", .leave),
        ("年假", .leave), ("调休", .leave), ("旷工", .absent), ("缺卡", .workedMissingPunch(.unstated)),
        ("上班缺卡", .workedMissingPunch(.clockIn)), ("下班缺卡", .workedMissingPunch(.clockOut)),
        ("G", .workedMissingPunch(.unstated)),
    ])
    func templateTokens(text: String, mark: DayMark) {
        #expect(DayMarks.mark(text) == mark)
    }

    @Test("A mark reads the same in full-width forms, in another case and with spaces around it", arguments: [
        (" 事假 ", DayMark.leave), ("Ｇ", .workedMissingPunch(.unstated)), ("Sick Leave", .leave), ("ＡＬ", .leave),
    ])
    func foldedSpellings(text: String, mark: DayMark) {
        #expect(DayMarks.mark(text) == mark)
    }

    @Test("Rest, leave and absence are days not worked; a late arrival or a missing punch is a day worked")
    func workedOrNot() {
        #expect(!DayMark.rest.isWorked && !DayMark.leave.isWorked && !DayMark.absent.isWorked)
        #expect(DayMark.worked.isWorked && DayMark.workedMissingPunch(.clockOut).isWorked)
    }

    @Test("Hours, clock times, blanks and words no grid uses are no mark", arguments: ["8", "8+2", "08:00-17:30", "", "加班", "事假半天"])
    func notMarks(text: String) {
        #expect(DayMarks.mark(text) == nil)
    }

    @Test("No spelling is listed under two meanings")
    func spellingsAreUnique() {
        let keys = DayMarks.table.flatMap { entry in entry.spellings.map { $0.lowercased() } }
        #expect(Set(keys).count == keys.count)
    }

    @Test("A mark's meaning is given in English for reports")
    func meanings() {
        #expect(DayMarks.meaning("事假") == "on leave")
        #expect(DayMarks.meaning("旷工") == "absent without leave")
        #expect(DayMarks.meaning("8") == nil)
    }
}
