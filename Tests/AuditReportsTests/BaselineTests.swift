import AuditCore
import AuditReports
import AuditTestSupport
import Foundation
import Testing

@Suite("Baseline")
struct BaselineTests {
    let yaml = """
    # accepted after the June buyer review
    ---
    - rule: china-labor-law/intake   # every intake finding of E00
      employeeId: E00
      acceptedBy: "Li Na, compliance"
      reason: 'Known scanner fault, it''s fixed in July'
    -   rule: china-labor-law/weekly-hours
        period: "2026-W19"
        acceptedBy: Wang Fang
        reason: Peak season # approved
    """

    @Test("A simple YAML list is read with quoted and plain values and comments")
    func yamlEntries() throws {
        let baseline = try Baseline.parse(yaml, file: "accepted.yaml")
        #expect(baseline.entries == [
            BaselineEntry(rule: "china-labor-law/intake", employeeId: "E00", acceptedBy: "Li Na, compliance", reason: "Known scanner fault, it's fixed in July"),
            BaselineEntry(rule: "china-labor-law/weekly-hours", period: "2026-W19", acceptedBy: "Wang Fang", reason: "Peak season"),
        ])
    }

    @Test("Any YAML that spells the same list reads the same: a flow mapping, a block scalar, a null field")
    func yamlSpellings() throws {
        let other = """
        - {rule: china-labor-law/intake, employeeId: E00, acceptedBy: "Li Na, compliance", documentType: ~,
           reason: "Known scanner fault, it's fixed in July"}
        - rule: china-labor-law/weekly-hours
          period: "2026-W19"
          acceptedBy: Wang Fang
          reason: >-
            Peak
            season
        """
        #expect(try Baseline.parse(other, file: "accepted.yaml") == Baseline.parse(yaml, file: "accepted.yaml"))
    }

    @Test("The same list in JSON reads the same")
    func jsonEntries() throws {
        let json = """
        [{"rule": "china-labor-law/intake", "employeeId": "E00", "acceptedBy": "Li Na, compliance", "reason": "Known scanner fault, it's fixed in July"},
         {"rule": "china-labor-law/weekly-hours", "period": "2026-W19", "documentType": null, "acceptedBy": "Wang Fang", "reason": "Peak season"}]
        """
        #expect(try Baseline.parse(json, file: "accepted.json") == Baseline.parse(yaml, file: "accepted.yml"))
        #expect(try Baseline.parse("[]", file: "b.json").entries.isEmpty)
        #expect(try Baseline.parse("# nothing accepted yet\n[]\n", file: "b.yaml").entries.isEmpty)
    }

    @Test("Matching findings are marked accepted and leave the open counts; unmatched entries are reported fixed")
    func apply() throws {
        let baseline = try Baseline.parse(yaml, file: "accepted.yaml")
        let report = baseline.apply(to: sampleReport())
        let accepted = report.findings.filter { $0.accepted != nil }
        #expect(accepted.map(\.rule) == ["china-labor-law/intake"])
        #expect(accepted[0].accepted == Acceptance(by: "Li Na, compliance", reason: "Known scanner fault, it's fixed in July"))
        #expect(report.openCount(atLeast: .error) == 5)
        #expect(report.count(atLeast: .error) == 6, "the contract's summary still counts every finding")
        #expect(report.baselineFixed == [baseline.entries[1]])
    }

    @Test("An entry narrows by worker, document type and period only where it names them")
    func matching() {
        let finding = Finding(rule: "p/r", category: .expiry, severity: .error, message: "m", employeeId: "E1",
                              documentType: .fireCertificate, period: "2026-05", evidence: [])
        #expect(BaselineEntry(rule: "p/r", acceptedBy: "a", reason: "b").matches(finding))
        #expect(BaselineEntry(rule: "p/r", employeeId: "E1", documentType: .fireCertificate, period: "2026-05", acceptedBy: "a", reason: "b").matches(finding))
        #expect(!BaselineEntry(rule: "p/r", employeeId: "E2", acceptedBy: "a", reason: "b").matches(finding))
        #expect(!BaselineEntry(rule: "p/r", documentType: .businessLicense, acceptedBy: "a", reason: "b").matches(finding))
        #expect(!BaselineEntry(rule: "p/r", period: "2026-06", acceptedBy: "a", reason: "b").matches(finding))
        #expect(!BaselineEntry(rule: "p/other", acceptedBy: "a", reason: "b").matches(finding))
    }

    @Test("The JSON report carries accepted and baselineFixed and still validates against the contract")
    func json() throws {
        let report = try Baseline.parse(yaml, file: "accepted.yaml").apply(to: sampleReport())
        let json = try JSONReportRenderer().render(report)
        #expect(json.contains("\"accepted\" : {\n        \"by\" : \"Li Na, compliance\","))
        #expect(json.contains("\"baselineFixed\" : ["))
        #expect(try SchemaValidator.errors(in: json) == [])
        let plain = try JSONReportRenderer().render(sampleReport())
        #expect(!plain.contains("accepted") && !plain.contains("baselineFixed"), "without a baseline nothing new is written")
    }

    @Test("A malformed baseline is refused with the file and a problem a person can fix", arguments: [
        ("b.yaml", "- rule: china-labor-law/x\n  acceptedBy: Li\n", "the entry on line 1 has no 'reason' (why it is accepted)"),
        ("b.yaml", "- rule: overtime-monthly\n  acceptedBy: Li\n  reason: r\n", "rule 'overtime-monthly' has no pack; write it as the report does, e.g. china-labor-law/overtime-monthly"),
        ("b.yaml", "- rule: p/x\n  employeeID: E1\n  acceptedBy: Li\n  reason: r\n", "has an unknown field 'employeeID'"),
        ("b.yaml", "- rule: p/x\n  period: May 2026\n  acceptedBy: Li\n  reason: r\n", "period 'May 2026' is not YYYY-MM, YYYY-MM-DD or YYYY-Www"),
        ("b.yaml", "- rule: p/x\n  documentType: licence\n  acceptedBy: Li\n  reason: r\n", "documentType 'licence' is not one of business-license"),
        ("b.yaml", "accepted:\n  - rule: p/x\n", "line 1: expected an entry starting with '- '"),
        ("b.yaml", "- rule: p/x\n  reason: [a, b]\n", "line 2: the value of 'reason' is a list; write one text, in double quotes"),
        ("b.yaml", "- rule: p/x\n- just text\n", "line 2: an entry is 'field: value' lines (rule, acceptedBy, reason, …), not the text 'just text'"),
        ("b.yaml", "- rule: \"p/x\n", "line 2: not valid YAML: found unexpected end of stream while scanning a quoted scalar that starts on line 1; check the quotes"),
        ("b.yaml", "- rule: p/x\n  rule: p/y\n", "line 2: 'rule' is given twice"),
        ("b.yaml", "# nothing\n", "the file holds no entries; write [] for an empty baseline"),
        ("b.json", "[{\"rule\": \"p/x\", \"acceptedBy\": \"Li\", \"reason\": 5}]", "entry 1: 'reason' must be text in quotes"),
        ("b.json", "{\"rule\": \"p/x\"}", "the JSON must be a list of accepted findings"),
        ("b.json", "[{\"rule\": \"p/x\",]", "not valid JSON"),
    ])
    func malformed(file: String, text: String, problem: String) {
        #expect {
            try Baseline.parse(text, file: file)
        } throws: { error in
            guard let error = error as? BaselineError else { return false }
            return error.file == file && error.problem.contains(problem) && error.description.hasPrefix("baseline \(file): ")
        }
    }

    @Test("A missing baseline file names the file")
    func missingFile() {
        #expect(throws: BaselineError(file: "/nonexistent/baseline.json", problem: "no such file")) {
            try Baseline.load(contentsOf: "/nonexistent/baseline.json")
        }
    }
}
