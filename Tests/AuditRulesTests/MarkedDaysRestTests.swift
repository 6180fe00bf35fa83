import AuditCore
import AuditEvidence
import AuditLayout
@testable import AuditRules
import Foundation
import Testing

/// The weekly-rest-day rule on days a hand-kept grid marks (`√` worked, `休` rest, `事假` leave),
/// read from the grid as the reader reads it.
@Suite("Weekly rest day on grids marked by hand")
struct MarkedDaysRestTests {
    /// Time entries read from a July 2026 grid of one person whose day cells are `days`.
    func entries(_ days: [String]) -> EvidenceModel {
        let rows = [["2026年7月考勤表"], ["工号", "姓名"] + (1...31).map(String.init), ["9023", "李娜"] + days]
        let table = rows.enumerated().map { number, texts in
            texts.map { Cell(text: $0, evidence: Evidence(path: "考勤表.xlsx", text: $0, row: number + 1)) }
        }
        let document = ExtractedDocument(path: "考勤表.xlsx", textSource: .spreadsheet, sheets: [SheetTable(name: "Sheet1", rows: table)])
        let layout = DocumentLayout(document)
        return EvidenceReader().read(layout, type: .timesheet, tables: TableDetector.tables(in: layout))
    }

    func findings(_ days: [String]) throws -> [Finding] {
        var pack = try RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law"])[0]
        pack.rules = pack.rules.filter { $0.id == "weekly-rest-day" }
        return RuleEngine(packs: [pack]).evaluate(RuleContext(evidence: entries(days), asOf: day("2026-10-15")))
    }

    @Test("Days marked √ without hours are days worked: nine in a row are a run without rest")
    func checkMarksMakeARun() throws {
        let found = try findings(Array(repeating: "√", count: 9))
        #expect(found.map(\.period) == ["2026-07-01"])
        #expect(found.first?.actual == "9 days in a row")
    }

    @Test("A day of leave, of rest or of absence breaks a run of worked days", arguments: ["事假", "病假", "年假", "调休", "休", "旷工"])
    func leaveAndRestBreakRuns(mark: String) throws {
        let days = Array(repeating: "√", count: 6) + [mark] + Array(repeating: "√", count: 6)
        #expect(try findings(days).isEmpty)
    }

    @Test("A day worked with a missing punch still counts in the run")
    func missingPunchIsWorked() throws {
        let days = Array(repeating: "√", count: 3) + ["缺卡"] + Array(repeating: "√", count: 3)
        #expect(try findings(days).map(\.actual) == ["7 days in a row"])
    }
}
