import AuditCore
import AuditTestSupport
import Foundation
import Testing

/// Exports made by real time clocks, HR tools and office software, kept beside the repository in
/// `../shared/real-world/` (see its README.md); the tests that read them run only where it exists.
enum RealWorldRecords {
    static let directory = CLIRunner.repository.deletingLastPathComponent().appendingPathComponent("shared/real-world")
    static let available = FileManager.default.fileExists(atPath: directory.appendingPathComponent("README.md").path)

    /// The path of a file in the folder, by its path inside it.
    static func path(_ relative: String) -> String {
        directory.appendingPathComponent(relative).path
    }
}

@Suite("End to end: real exports the reader cannot read yet are reported, never passed over",
       .enabled(if: RealWorldRecords.available, "../shared/real-world is not beside the repository"))
struct RealWorldShortfallTests {
    /// The `rows-unread` finding of the check of one file, with its document's record.
    func shortfall(_ relative: String) throws -> (finding: Finding?, record: DocumentRecord?) {
        let (report, _, _) = try check(RealWorldRecords.path(relative), asOf: "2026-12-01")
        return (report.findings.first { $0.rule == "auditready/rows-unread" }, report.documents.first)
    }

    @Test("A file whose rows are read in part or not at all gets an intake finding saying how many rows and why", arguments: [
        ("attendance-grid/monthly_attendance_grid_template_with_status_tokens.xlsx", DocumentType.timesheet, "template not yet filled in"),
    ])
    func unreadRowsAreReported(file: String, type: DocumentType, reason: String) throws {
        let (finding, record) = try shortfall(file)
        #expect(record?.type == type)
        let found = try #require(finding, "\(file) gave no rows-unread finding; its record says: \(record?.reason ?? "nothing")")
        #expect(found.category == .intake)
        #expect(found.message.contains("read 0 of "), "\(found.message)")
        #expect(found.message.contains(reason), "\(found.message)")
        #expect(record?.reason?.contains(reason) == true)
    }

    @Test("The DingTalk punch matrix is read whole: a timesheet without a rows-unread finding, its single punches reported as values it could not read")
    func dingTalkIsRead() throws {
        let (report, _, _) = try check(RealWorldRecords.path("dingtalk/dingtalk_punch_matrix_2026-06_redacted.xlsx"), asOf: "2026-12-01")
        let record = try #require(report.documents.first)
        #expect(record.type == .timesheet && record.status == .ok)
        #expect(!report.findings.contains { $0.rule == "auditready/rows-unread" }, "\(record.reason ?? "")")
        let unreadable = report.findings.first { $0.rule == "auditready/values-unreadable" }
        #expect(unreadable?.message.hasPrefix("110 values") == true && unreadable?.message.contains("punched only once") == true,
                "\(unreadable?.message ?? "no values-unreadable finding")")
    }
}

@Suite("End to end: the photo of a real business licence",
       .enabled(if: RealWorldRecords.available, "../shared/real-world is not beside the repository"))
struct RealLicencePhotoTests {
    /// The README's reading of the photo: 统一社会信用代码 91310000570770808H (its check character
    /// holds), printed on the line below its label as the 2016 design prints it.
    @Test("The watermarked licence photo is read by OCR as a business licence with its credit code from the line below the label, and its low OCR confidence is said")
    func creditCodeBelowItsLabel() throws {
        let path = RealWorldRecords.path("licenses/business_license_company_2021_fuben_watermarked.jpg")
        let inspected = try CLIRunner.run("auditready", ["inspect", "--json", path], environment: ["OMP_THREAD_LIMIT": "1"])
        #expect(inspected.status == 0, "\(inspected.stderr)")
        let items = try JSONSerialization.jsonObject(with: Data(inspected.stdout.utf8)) as? [[String: Any]] ?? []
        let record = try #require(items.first?["record"] as? [String: Any])
        #expect(record["type"] as? String == "business-license" && record["text"] as? String == "ocr")
        #expect((record["reason"] as? String)?.contains("OCR confidence is low") == true, "the watermark lowers confidence, and the record says so")
        let document = try #require(((items.first?["evidence"] as? [String: Any])?["documents"] as? [[String: Any]])?.first)
        let code = document["registrationCode"] as? [String: Any]
        #expect(code?["value"] as? String == "91310000570770808H", "read: \(code ?? [:])")
    }

    /// The README's dates (成立日期 2011-03-14, 营业期限 2011-03-14 至 2031-03-13) are printed in small
    /// serif under a watermark, and OCR garbles them (`20114203 14H`); the check must say that the
    /// licence's term went unread rather than pass its expiry in silence.
    @Test("The licence photo's term is read as the README gives it (until 2031-03-13) or, where OCR garbles it, said to be unread, never passed over in silence")
    func termReadOrSaid() throws {
        let path = RealWorldRecords.path("licenses/business_license_company_2021_fuben_watermarked.jpg")
        let inspected = try CLIRunner.run("auditready", ["inspect", "--json", path], environment: ["OMP_THREAD_LIMIT": "1"])
        let items = try JSONSerialization.jsonObject(with: Data(inspected.stdout.utf8)) as? [[String: Any]] ?? []
        let evidence = try #require(items.first?["evidence"] as? [String: Any])
        let document = try #require((evidence["documents"] as? [[String: Any]])?.first)
        let until = (document["validUntil"] as? [String: Any])?["value"] as? String
        let problems = (evidence["problems"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
        #expect(until == "2031-03-13" || (until == nil && problems.contains { $0.contains("no validity date or term") }),
                "term read as \(until ?? "nothing"), problems \(problems)")
    }
}
