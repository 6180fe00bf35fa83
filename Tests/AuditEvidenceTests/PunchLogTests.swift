import AuditCore
import AuditLayout
@testable import AuditEvidence
import AuditExtraction
import AuditTestSupport
import Foundation
import Testing

/// Reads `text` as intake hands it on under `path`, through the built-in extractors.
func punchDocument(_ bytes: Data, path: String) throws -> ExtractedDocument {
    let outcome = ExtractionRouter().extract(ExtractionInput(path: path, bytes: bytes))
    return try #require(outcome.document, "\(outcome.status): \(outcome.reason ?? "")")
}

@Suite("Raw ZKTeco punch logs (1_attlog.dat)")
struct PunchLogTests {
    /// A small log with a burst, an exact duplicate, a single-punch day, a night shift and three
    /// kinds of junk, numbered by line.
    static let log = [
        "     1\t2026-03-02 07:58:10\t1\t0\t1\t0",  // 1 badge 1 clocks in
        "     1\t2026-03-02 07:58:40\t1\t0\t1\t0",  // 2 the same press, again
        "     1\t2026-03-02 08:02:30\t1\t0\t1\t0",  // 3 and again, within the burst window
        "     1\t2026-03-02 17:31:05\t1\t1\t1\t0",  // 4 clocks out
        "     1\t2026-03-02 17:31:05\t1\t1\t1\t0",  // 5 an exact duplicate
        "    22\t2026-03-02 08:05:00\t1\t0\t1\t0",  // 6 badge 22's only punch that day
        String(repeating: "\u{0}", count: 12),       // 7 a NUL-filled block
        "     1\t1971-01-01 00:00:00\t1\t0\t1\t0",  // 8 a reset clock
        "garbage line",                              // 9 no punch at all
        "    22\t2026-03-03 20:02:00\t1\t0\t1\t0",  // 10 badge 22 starts a night shift
        "    22\t2026-03-04 04:01:00\t1\t1\t1\t0",  // 11 and ends it after midnight
        "     1\t2026-03-03 08:00:00\t1\t0\t1\t0",  // 12
        "     1\t2026-03-03 11:30:00\t1\t1\t1\t0",  // 13
    ].joined(separator: "\r\n") + "\r\n"

    func read(_ text: String, path: String = "1_attlog.dat", configuration: EvidenceConfiguration = EvidenceConfiguration()) throws -> EvidenceModel {
        let document = try punchDocument(Data(text.utf8), path: path)
        let layout = DocumentLayout(document)
        return EvidenceReader(configuration: configuration).read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
    }

    @Test("A log under the names devices and people give it (.dat, .txt, .csv) is recognised as a punch log by its lines")
    func recognisedWhateverTheName() throws {
        for path in ["1_attlog.dat", "attlog.txt", "punches.csv", "attlog"] {
            let document = try punchDocument(Data(Self.log.utf8), path: path)
            #expect(PunchLogLayout.recognizes(document), "\(path)")
        }
        // Pasted into a workbook, beside empty sheets, the times shown without seconds.
        let source = GridSource(path: "attlog.xlsx", sheet: "Sheet1")
        let rows = [["583", "2020-12-01 07:56", "1", "1", "0", "0"], ["50", "2020-12-01 08:12", "1", "1", "0", "0"]].enumerated().map { line, texts in
            texts.enumerated().map { Cell(text: $1, source: source, row: line + 1, column: $0) }
        }
        let workbook = ExtractedDocument(path: "attlog.xlsx", textSource: .spreadsheet,
                                         sheets: [SheetTable(name: "Sheet1", rows: rows), SheetTable(name: "Sheet2", rows: [])])
        #expect(PunchLog(workbook)?.punches.map(\.minute) == [476, 492])
        let timesheet = try punchDocument(Data("Date,Employee ID,Clock In,Clock Out\n2026-03-02,E1,08:00,17:00\n".utf8), path: "t.csv")
        #expect(!PunchLogLayout.recognizes(timesheet))
    }

    @Test("Bursts and duplicates are one punch; the first punch is the clock-in, the last the clock-out, and the hours run between them less the meal break")
    func daysFromPunches() throws {
        let model = try read(Self.log)
        let days = model.timeEntries.map { "\($0.employeeId.value) \($0.date.value) \($0.clockIn?.value ?? -1)-\($0.clockOut?.value ?? -1)" }
        #expect(days == ["1 2026-03-02 478-1051", "1 2026-03-03 480-690", "22 2026-03-03 1202-241"])
        let first = model.timeEntries[0]
        #expect(abs(first.hours.value - (1051 - 478 - 60) / 60.0) < 0.001)
        #expect(first.clockIn?.evidence.row == 1 && first.clockOut?.evidence.row == 4)
        #expect(first.employeeId.evidence.path == "1_attlog.dat" && first.employeeId.evidence.row == 1)
        #expect(abs(model.timeEntries[1].hours.value - 3.5) < 0.001)
    }

    @Test("A night shift belongs to the day it started when its punches clearly continue past midnight")
    func nightShift() throws {
        let model = try read(Self.log)
        let night = try #require(model.timeEntries.first { $0.employeeId.value == "22" })
        #expect(night.date.value == CivilDate(year: 2026, month: 3, day: 3))
        #expect(abs(night.hours.value - (24 * 60 - 1202 + 241) / 60.0) < 0.001)
        // A morning punch after a day whose punches are complete starts a day of its own.
        let closedDay = ["     5\t2026-03-02 08:00:00\t1\t0\t1\t0", "     5\t2026-03-02 17:00:00\t1\t0\t1\t0",
                         "     5\t2026-03-03 05:30:00\t1\t0\t1\t0", "     5\t2026-03-03 14:00:00\t1\t0\t1\t0"].joined(separator: "\n")
        let early = try read(closedDay).timeEntries.map { "\($0.date.value) \($0.clockIn?.value ?? -1)" }
        #expect(early == ["2026-03-02 480", "2026-03-03 330"])
    }

    @Test("A day with a single punch is reported as a missing punch and given no hours")
    func singlePunch() throws {
        let model = try read(Self.log)
        #expect(!model.timeEntries.contains { $0.employeeId.value == "22" && $0.date.value == CivilDate(year: 2026, month: 3, day: 2) })
        let missing = try #require(model.problems.first { $0.reason.contains("punched only once") })
        #expect(missing.evidence.row == 6)
        #expect(missing.reason.contains("badge 22") && missing.reason.contains("2026-03-02") && missing.reason.contains("08:05"))
    }

    @Test("Junk lines, impossible dates and NUL-filled blocks are reported with their line, not dropped in silence")
    func junk() throws {
        let model = try read(Self.log)
        let lines = model.problems.filter { !$0.reason.contains("punched only once") }.compactMap(\.evidence.row)
        #expect(lines == [7, 8, 9])
        let nuls = try #require(model.problems.first { $0.evidence.row == 7 })
        #expect(nuls.reason.contains("12 NUL bytes"))
        #expect(nuls.evidence.text?.unicodeScalars.contains { $0.value == 0 } == false, "the report shows an account of the block, not the block")
        #expect(model.problems.first { $0.evidence.row == 9 }?.evidence.text == "garbage line")
        #expect(model.problems.first { $0.evidence.row == 8 }?.reason.contains("1971-01-01") == true)
        #expect(model.problems.count == 4)
    }

    @Test("The merge window is a setting: with none, a burst's presses are separate punches")
    func mergeWindowSetting() throws {
        var configuration = EvidenceConfiguration()
        configuration.punches.mergeWindowMinutes = 0
        let text = ["     1\t2026-03-02 07:58:10\t1\t0\t1\t0", "     1\t2026-03-02 08:02:30\t1\t0\t1\t0"].joined(separator: "\n")
        #expect(try read(text, configuration: configuration).timeEntries.count == 1)
        #expect(try read(text).timeEntries.isEmpty, "one punch, within the default window")
    }

    @Test("The real CHECKHELPER excerpt reads as 3,300 punches of 86 badges over 30 days of 2020-12",
          .enabled(if: RealWorld.available))
    func realExcerpt() throws {
        let url = RealWorld.file("zkteco/zk_attlog_CHECKHELPER_2020-12_excerpt.dat")
        let document = try punchDocument(try Data(contentsOf: url), path: url.lastPathComponent)
        let log = try #require(PunchLog(document))
        #expect(log.punches.count == 3300)
        #expect(Set(log.punches.map(\.badge.value)).count == 86)
        #expect(Set(log.punches.map(\.date)).count == 30)
        #expect(log.punches.allSatisfy { $0.date.yearMonth == YearMonth(year: 2020, month: 12)! })
        #expect(log.problems.isEmpty)
        let model = EvidenceReader().read(DocumentLayout(document), type: .timesheet, tables: [])
        #expect(!model.timeEntries.isEmpty)
        #expect(model.timeEntries.allSatisfy { $0.hours.value > 0 && $0.hours.evidence.row != nil })
        #expect(model.problems.allSatisfy { $0.reason.contains("punched only once") })
    }

    @Test("The real python-signal log reads as 191 punches of 67 badges over 2 days",
          .enabled(if: RealWorld.available))
    func realPythonSignal() throws {
        let url = RealWorld.file("zkteco/zk_attlog_python-signal.dat")
        let document = try punchDocument(try Data(contentsOf: url), path: url.lastPathComponent)
        let log = try #require(PunchLog(document))
        #expect(log.punches.count == 191)
        #expect(Set(log.punches.map(\.badge.value)).count == 67)
        #expect(Set(log.punches.map(\.date)) == [CivilDate(year: 2017, month: 6, day: 19)!, CivilDate(year: 2017, month: 6, day: 20)!])
        #expect(log.problems.isEmpty)
    }
}
