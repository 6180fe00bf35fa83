import AuditCore
import AuditEvidence
import Testing

@Suite("Why a value could not be read, in English and Chinese")
struct ReadReasonTests {
    @Test("Every reason a reader gives has an English and a Chinese text with the same placeholders, and the Chinese is Chinese",
          arguments: ReadReason.allCases)
    func reasonHasBothLanguages(reason: ReadReason) {
        let text = reason.text
        #expect(Set(Bilingual.placeholders(in: text.en)) == Set(Bilingual.placeholders(in: text.zh)), "\(reason): \(text.en) | \(text.zh)")
        #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(reason) is not translated: \(text.zh)")
    }

    @Test("A problem keeps its reason in both languages, filled with the same values")
    func problemInBothLanguages() {
        let problem = ReadProblem(evidence: Evidence(path: "a.xls", text: "08:51"), .singlePunch, ["badge": "12198", "date": "2016-03-02", "time": "08:51"])
        #expect(problem.reason(in: .en) == "badge 12198 punched only once on 2016-03-02 (08:51): its clock-in or clock-out is missing, so no hours were counted for that day")
        #expect(problem.reason(in: .zh) == "工号 12198 于 2016-03-02 只打卡一次（08:51）：缺上班或下班打卡，当天未计工时")
    }
}
