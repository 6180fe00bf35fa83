import AuditCore
import AuditEvidence
@testable import AuditRules
import Foundation
import Testing

@Suite("Expiry")
struct ExpiryTests {
    @Test("A certificate whose last valid day is before the day of judgement is an expired error")
    func expired() throws {
        let result = try findings("document-expired", EvidenceModel(documents: [document(.fireCertificate, until: "2026-10-14")]))
        #expect(result.count == 1)
        #expect(result[0].severity == .error && result[0].documentType == .fireCertificate)
        #expect(result[0].rule == "china-labor-law/document-expired")
        #expect(result[0].evidence.first?.text == "Valid Until: 2026-10-14")
    }

    @Test("A certificate valid on the day of judgement itself has not expired")
    func validToday() throws {
        #expect(try findings("document-expired", EvidenceModel(documents: [document(.certificate, until: "2026-10-15")])).isEmpty)
    }

    @Test("A certificate expiring within 60 days is a warning; at 61 days it is not", arguments: [("2026-12-14", 1), ("2026-12-15", 0), ("2026-10-15", 1)])
    func expiring(until: String, expected: Int) throws {
        let result = try findings("document-expiring", EvidenceModel(documents: [document(.certificate, until: until)]))
        #expect(result.count == expected)
        #expect(result.allSatisfy { $0.severity == .warning })
    }

    @Test("An open-ended business license never expires")
    func openEnded() throws {
        let model = EvidenceModel(documents: [document(.businessLicense, until: "2020-01-01", openEnded: true)])
        #expect(try findings("document-expired", model).isEmpty)
    }
}

@Suite("Minimum age")
struct MinimumAgeTests {
    @Test("A worker who is 15 on a day worked is reported on the first such day")
    func underage() throws {
        let model = EvidenceModel(employees: [employee("E9", born: "2010-09-01")],
                                  timeEntries: [entry("E9", "2026-07-02", hours: 8), entry("E9", "2026-07-01", hours: 8)])
        let result = try findings("minimum-age", model)
        #expect(result.map(\.period) == ["2026-07-01"])
        #expect(result.first?.employeeId == "E9")
    }

    @Test("A worker who turned 16 before every day worked is not reported")
    func sixteen() throws {
        let model = EvidenceModel(employees: [employee("E9", born: "2010-07-01")], timeEntries: [entry("E9", "2026-07-01", hours: 8)])
        #expect(try findings("minimum-age", model).isEmpty)
    }

    @Test("The birth date inside a valid resident ID counts when it makes the worker younger than the roster says")
    func fromResidentId() throws {
        // A Shenzhen (440300) number for someone born 2011-03-01; its check digit is computed below.
        let id = "440300201103010014"
        let model = EvidenceModel(employees: [employee("E9", born: "2000-03-01", nationalId: validID(id))],
                                  timeEntries: [entry("E9", "2026-07-01", hours: 8)])
        #expect(try findings("minimum-age", model).count == 1)
    }

    /// Replaces the last character with the correct GB 11643 check digit.
    func validID(_ text: String) -> String {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let digits = text.prefix(17).compactMap { $0.wholeNumberValue }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = Array("10X98765432")[sum % 11]
        return String(text.prefix(17)) + String(check)
    }
}

@Suite("Working hours")
struct WorkingHoursTests {
    @Test("More than 11 hours in a day is an error for that day; exactly 11 is not")
    func daily() throws {
        let model = EvidenceModel(timeEntries: [entry("E1", "2026-07-01", hours: 11.5), entry("E1", "2026-07-02", hours: 11)])
        let result = try findings("daily-hours", model)
        #expect(result.map(\.period) == ["2026-07-01"])
        #expect(result.first?.actual == "11.5 h")
    }

    @Test("Two rows for one worker on one day are added up")
    func splitDay() throws {
        let model = EvidenceModel(timeEntries: [entry("E1", "2026-07-01", hours: 6), entry("E1", "2026-07-01", hours: 6)])
        #expect(try findings("daily-hours", model).count == 1)
    }

    @Test("Stated overtime over 36 hours in a calendar month is an error for that month")
    func monthlyStated() throws {
        let over = (1...19).map { entry("E1", "2026-07-\(String(format: "%02d", $0))", hours: 10, overtime: 2) }  // 38 h
        let within = (1...18).map { entry("E2", "2026-07-\(String(format: "%02d", $0))", hours: 10, overtime: 2) }  // 36 h
        let result = try findings("overtime-monthly", EvidenceModel(timeEntries: over + within))
        #expect(result.map(\.employeeId) == ["E1"])
        #expect(result.first?.period == "2026-07")
    }

    @Test("Without an overtime column, hours past 8 on workdays and all weekend hours count as overtime")
    func monthlyComputed() throws {
        // July 2026: the 4th is a Saturday. 4 Saturdays x 8 h = 32 h, plus 5 weekdays x 1 h = 37 h.
        let saturdays = ["2026-07-04", "2026-07-11", "2026-07-18", "2026-07-25"].map { entry("E1", $0, hours: 8) }
        let weekdays = ["2026-07-06", "2026-07-07", "2026-07-08", "2026-07-09", "2026-07-10"].map { entry("E1", $0, hours: 9) }
        #expect(try findings("overtime-monthly", EvidenceModel(timeEntries: saturdays + weekdays)).count == 1)
    }

    @Test("More than 60 hours in a Monday-Sunday week is an error named by ISO week; 60 is not")
    func weekly() throws {
        // 2026-06-29 (Mon) to 2026-07-05 (Sun) straddles two months: ISO week 2026-W27.
        let over = ["2026-06-29", "2026-06-30", "2026-07-01", "2026-07-02", "2026-07-03", "2026-07-04"].map { entry("E1", $0, hours: 10.5) }
        let exactly = ["2026-06-29", "2026-06-30", "2026-07-01", "2026-07-02", "2026-07-03", "2026-07-04"].map { entry("E2", $0, hours: 10) }
        let result = try findings("weekly-hours", EvidenceModel(timeEntries: over + exactly))
        #expect(result.map(\.period) == ["2026-W27"])
        #expect(result.first?.employeeId == "E1")
    }
}

@Suite("Roster and payroll")
struct RosterPayrollTests {
    @Test("A payee not on the roster is an error for that month")
    func ghost() throws {
        let model = EvidenceModel(employees: [employee("E1", hired: "2020-01-01")], payLines: [payLine("E1", "2026-07"), payLine("X7", "2026-07")])
        let result = try findings("paid-not-on-roster", model)
        #expect(result.map(\.employeeId) == ["X7"])
        #expect(result.first?.period == "2026-07")
    }

    @Test("Without a roster, payees are not compared with it")
    func noRoster() throws {
        #expect(try findings("paid-not-on-roster", EvidenceModel(payLines: [payLine("X7", "2026-07")])).isEmpty)
    }

    @Test("A rostered worker hired before the month and missing from its payroll is reported")
    func unpaid() throws {
        let model = EvidenceModel(employees: [employee("E1", hired: "2020-01-01"), employee("E2", hired: "2020-01-01")],
                                  payLines: [payLine("E1", "2026-07"), payLine("E1", "2026-08"), payLine("E2", "2026-08")])
        let result = try findings("rostered-not-paid", model)
        #expect(result.map { "\($0.employeeId!) \($0.period!)" } == ["E2 2026-07"])
        #expect(result.first?.severity == .warning)
    }

    @Test("Workers hired during the month or gone before it are not expected on its payroll")
    func notExpected() throws {
        let model = EvidenceModel(employees: [employee("E1", hired: "2020-01-01"), employee("E2", hired: "2026-07-10"),
                                              employee("E3", hired: "2020-01-01", left: "2026-06-30")],
                                  payLines: [payLine("E1", "2026-07")])
        #expect(try findings("rostered-not-paid", model).isEmpty)
    }
}

@Suite("Rule packs")
struct RulePackTests {
    func write(_ text: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("packs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("custom.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("Every rule of the shipped pack names a known check with its required parameters")
    func shippedPackLoads() throws {
        let pack = try RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law"])[0]
        #expect(pack.rules.count == 34)
    }

    @Test("A copied pack with a changed threshold changes the verdict")
    func customThreshold() throws {
        let original = try String(contentsOf: rulesDirectory.appendingPathComponent("china-labor-law.yaml"), encoding: .utf8)
        let file = try write(original.replacingOccurrences(of: "max_hours: 11", with: "max_hours: 12"))
        let pack = try RulePackLoader(directories: []).load(file: file)
        let model = EvidenceModel(timeEntries: [entry("E1", "2026-07-01", hours: 11.5)])
        let result = RuleEngine(packs: [pack]).evaluate(RuleContext(evidence: model, asOf: day("2026-10-15")))
        #expect(!result.contains { $0.rule.hasSuffix("daily-hours") })
    }

    @Test("A pack that is not valid YAML is refused with its file and line")
    func malformedYAML() throws {
        let file = try write("pack: x\ntitle: y\nrules:\n  - id: a\n    check: [unclosed\n")
        #expect {
            try RulePackLoader(directories: []).load(file: file)
        } throws: { error in
            guard let error = error as? RulePackError else { return false }
            return error.file == file.path && error.line != nil
        }
    }

    @Test("A rule naming an unknown check is refused with the line of the rule")
    func unknownCheck() throws {
        let file = try write("""
        pack: x
        title: y
        rules:
          - id: nap-time
            check: nap-time
            category: working-hours
            severity: error
            rationale: r
            clause: c
            action: a
            parameters: {}
        """)
        #expect {
            try RulePackLoader(directories: []).load(file: file)
        } throws: { error in
            guard let error = error as? RulePackError else { return false }
            return error.line == 4 && error.reason.contains("unknown check")
        }
    }

    @Test("A rule missing a required parameter is refused, naming the parameter")
    func missingParameter() throws {
        let file = try write("""
        pack: x
        title: y
        rules:
          - id: daily
            check: daily-hours
            category: working-hours
            severity: error
            rationale: r
            clause: c
            action: a
            parameters: {}
        """)
        #expect(throws: RulePackError.self) { try RulePackLoader(directories: []).load(file: file) }
    }
}

@Suite("What reports ask of the rule packs")
struct RulePackQueryTests {
    @Test("The weekly limit a report draws is that of the first enabled weekly-hours rule, and none when no pack judges weekly hours")
    func weeklyHoursLimit() throws {
        let packs = try RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law", "sa8000"])
        #expect(packs.weeklyHoursLimit == 60)
        var disabled = packs[0]
        for index in disabled.rules.indices where disabled.rules[index].check == "weekly-hours" { disabled.rules[index].enabled = false }
        #expect([disabled].weeklyHoursLimit == nil)
        #expect([disabled, packs[1]].weeklyHoursLimit == packs[1].rules.first { $0.check == "weekly-hours" }?.number("max_hours"))
    }
}
