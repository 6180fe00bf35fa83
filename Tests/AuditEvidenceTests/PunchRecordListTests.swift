import AuditCore
import AuditLayout
@testable import AuditEvidence
import Testing

@Suite("DingTalk's list of punches (钉钉 原始记录): one row per punch")
struct PunchRecordListTests {
    /// A workbook sheet of `rows`, numbered from 1, as a workbook reader gives it.
    func sheet(_ rows: [[String]]) -> ExtractedDocument {
        let source = GridSource(path: "考勤报表.xlsx", sheet: "原始记录")
        let table = rows.enumerated().map { number, texts in
            texts.enumerated().map { Cell(text: $1, source: source, row: number + 1, column: $0) }
        }
        return ExtractedDocument(path: "考勤报表.xlsx", textSource: .spreadsheet, sheets: [SheetTable(name: "原始记录", rows: table)])
    }

    func read(_ document: ExtractedDocument) -> EvidenceModel {
        let layout = DocumentLayout(document)
        return EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
    }

    /// Laid out as public scripts read the real export: the period in A1, the header on row 3, and
    /// the columns they name: 姓名 first, 考勤日期, 考勤时间 (date and time) and 打卡结果.
    static let list: [[String]] = [
        ["原始记录 统计日期：2024-04-01 至 2024-04-30"],
        ["报表生成时间：2024-05-06 09:30"],
        ["姓名", "考勤日期", "考勤时间", "打卡结果"],
        ["员工001", "2024-04-01", "2024-04-01 07:55:12", "正常"],
        ["员工001", "2024-04-01", "2024-04-01 07:55:40", "正常"],
        ["员工001", "2024-04-01", "2024-04-01 19:31:02", "正常"],
        ["员工002", "2024-04-01", "2024-04-01 08:10:00", "迟到"],
        ["员工002", "2024-04-02", "昨天", ""],
    ]

    @Test("Each person's punches of a day are one time entry from the first to the last, a burst being one punch")
    func entries() {
        let model = read(sheet(Self.list))
        let days = model.timeEntries.map { "\($0.employeeId.value) \($0.date.value) \($0.clockIn?.value ?? -1)-\($0.clockOut?.value ?? -1)" }
        #expect(days == ["员工001 2024-04-01 475-1171"])
        #expect(model.timeEntries.first?.clockOut?.evidence.cell == "C6")
        #expect(model.timeEntries.first?.identifiedByName == true, "named, for the roster to link")
    }

    @Test("A day of one punch is a missing punch and a row with no date and time is reported, never guessed")
    func problems() {
        let problems = read(sheet(Self.list)).problems
        #expect(problems.compactMap(\.evidence.cell).sorted() == ["C7", "C8"])
        #expect(problems.contains { $0.reason.contains("punched only once") && $0.reason.contains("员工002") })
        #expect(problems.contains { $0.reason.contains("'昨天' is no date and time") })
    }
}
