import AuditCore
import AuditTestSupport
import Foundation
import Testing

@Suite("End to end: why documents were not read, and the report's notes, in the report's language")
struct ChineseReasonTests {
    static let asOf = "2026-07-18"

    /// An archive with a path-traversal entry, a nested zip holding an encrypted entry, and a
    /// damaged PDF beside a readable CSV.
    static func archive() throws -> URL {
        let lockedZip = try Data(contentsOf: CLIRunner.repository.appendingPathComponent("Tests/AuditIntakeTests/Fixtures/mixed-encrypted.zip"))
        let csv = Data("工号,姓名,入职日期\n1001,张三,2026-01-05\n".utf8)
        return ArchiveFixture(.zip, name: "reasons.zip").write([
            .file("../../escape.csv", csv),
            .file("Evidence/locked.zip", lockedZip),
            .file("Evidence/broken.pdf", Data("%PDF-1.4\n1 0 obj << /Type /Catalog".utf8)),
            .file("Evidence/roster.csv", csv),
        ])
    }

    /// `auditready check` of `archive` in `format` and `language`.
    func check(_ archive: URL, format: String, language: String) throws -> String {
        let result = try CLIRunner.run("auditready", ["check", archive.path, "--as-of", Self.asOf, "--no-cache", "--quiet", "--fail-on", "never",
                                                      "--format", format, "--lang", language])
        guard result.status == 0 else { throw CheckFailure(message: "auditready exited \(result.status): \(result.stderr)") }
        return result.stdout
    }

    /// The reason of each document the report lists, by path.
    func reasons(_ json: String) throws -> [String: String] {
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(json.utf8))
        return Dictionary(report.documents.compactMap { document in document.reason.map { (document.path, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    @Test("A Chinese check gives a rejected entry's, an encrypted entry's and an unreadable PDF's reasons in Chinese in the JSON reason field, the intake findings and the text report; an English check gives them in English")
    func reasonsInTheReportLanguage() throws {
        let archive = try Self.archive()
        let chineseJSON = try check(archive, format: "json", language: "zh")
        let englishJSON = try check(archive, format: "json", language: "en")
        let chinese = try reasons(chineseJSON)
        let english = try reasons(englishJSON)

        #expect(chinese["../../escape.csv"] == "路径穿越（“..”）：该条目会被解压到压缩包之外；请去掉该条目后重新制作压缩包")
        #expect(english["../../escape.csv"] == "path traversal ('..'): the entry would land outside the archive; re-create the archive without it")
        #expect(chinese["Evidence/locked.zip/secret.csv"]?.contains("已加密") == true, "\(chinese)")
        #expect(english["Evidence/locked.zip/secret.csv"]?.contains("encrypted (password-protected) entry") == true, "\(english)")
        #expect(chinese["Evidence/broken.pdf"]?.hasPrefix("不是可读取的 PDF") == true, "\(chinese)")
        #expect(english["Evidence/broken.pdf"]?.hasPrefix("not a readable PDF") == true, "\(english)")
        #expect(Set(chinese.keys) == Set(english.keys))
        for (path, reason) in english { #expect(!hasChinese(reason), "\(path): \(reason)") }
        for (path, reason) in chinese { #expect(hasChinese(reason), "\(path): \(reason)") }

        // The contract keeps one reason field, in the report's language.
        #expect(!chineseJSON.contains("chineseReason") && !englishJSON.contains("chineseReason"))
        let findings = try JSONDecoder().decode(AuditReport.self, from: Data(chineseJSON.utf8)).findings
        let rejected = try #require(findings.first { $0.rule == "auditready/entry-rejected" && $0.evidence.first?.path == "../../escape.csv" })
        #expect(rejected.message == "../../escape.csv 被拒收：路径穿越（“..”）：该条目会被解压到压缩包之外；请去掉该条目后重新制作压缩包")

        let chineseText = try check(archive, format: "text", language: "zh")
        let englishText = try check(archive, format: "text", language: "en")
        for reason in chinese.values { #expect(chineseText.contains(reason), "\(reason)") }
        for reason in english.values { #expect(englishText.contains(reason) && !chineseText.contains(reason), "\(reason)") }
    }

    /// A folder holding a damaged PDF, a broken xlsx and a zip cut short, the inputs of issue #18.
    static func damagedFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("library-messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("%PDF-1.4\ngarbage".utf8).write(to: folder.appendingPathComponent("bad.pdf"))
        try (Data([0x50, 0x4B, 0x03, 0x04]) + Data("junk".utf8)).write(to: folder.appendingPathComponent("broken.xlsx"))
        let clean = try Data(contentsOf: CLIRunner.repository.appendingPathComponent("Corpus/samples/clean-zip.zip"))
        try clean.prefix(3000).write(to: folder.appendingPathComponent("x.zip"))
        return folder
    }

    @Test("A Chinese check explains in Chinese what poppler, libarchive and the workbook reader said of a damaged PDF, a broken xlsx and a zip cut short; an English check quotes them as written")
    func libraryMessagesInChinese() throws {
        let folder = try Self.damagedFolder()
        let chinese = try reasons(check(folder, format: "json", language: "zh"))
        let english = try reasons(check(folder, format: "json", language: "en"))
        #expect(chinese["bad.pdf"] == "不是可读取的 PDF（PDF 文档已损坏）：文件已损坏或不完整；请重新导出")
        #expect(english["bad.pdf"] == "not a readable PDF (PDF document is damaged): the file is corrupt or truncated; export it again")
        #expect(chinese["broken.xlsx"] == "电子表格已损坏（zip 不完整或已损坏：ZIP 文件头不完整）；请用 Excel 重新保存")
        #expect(english["broken.xlsx"] == "the workbook is damaged (the zip is truncated or corrupt: Truncated ZIP file header); save it again from Excel")
        #expect(chinese["x.zip/Evidence/01 Licenses/Business License.pdf"] == "条目数据不完整或已损坏（ZIP 数据解压失败，错误码 -5）：请重新制作压缩包")
        #expect(english["x.zip/Evidence/01 Licenses/Business License.pdf"] == "the entry's data is truncated or corrupt (ZIP decompression failed (-5)): re-create the archive")
        #expect(Set(chinese.keys) == Set(english.keys))
        for (path, reason) in chinese {
            // Every message these libraries gave is known: none is quoted, and no English phrase is left.
            #expect(!reason.contains("程序库原文"), "\(path): \(reason)")
            #expect(reason.range(of: "[A-Za-z]+ [A-Za-z]+", options: .regularExpression) == nil, "\(path): \(reason)")
        }
    }

    @Test("inspect and extract write their labels and the documents' reasons in the language --lang or the locale gives; in English as before")
    func inspectAndExtractInChinese() throws {
        let folder = try Self.damagedFolder()
        let pdf = folder.appendingPathComponent("bad.pdf").path
        let inspected = try CLIRunner.run("auditready", ["inspect", pdf, "--lang", "zh"])
        #expect(inspected.stdout == """
            bad.pdf
              无法读取，类型：其他文件，文本：无文本，页数：-
              原因：不是可读取的 PDF（PDF 文档已损坏）：文件已损坏或不完整；请重新导出
              读取：0 名员工，0 条考勤记录，0 条工资记录，0 个问题

            """, "\(inspected.stdout)")
        let english = try CLIRunner.run("auditready", ["inspect", pdf, "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(english.stdout == """
            bad.pdf
              unreadable, type unknown, text none, pages -
              reason: not a readable PDF (PDF document is damaged): the file is corrupt or truncated; export it again
              read: 0 employees, 0 time entries, 0 pay lines, 0 problems

            """, "\(english.stdout)")
        // Without --lang the locale decides, as for check.
        let byLocale = try CLIRunner.run("auditready", ["inspect", pdf], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"])
        #expect(byLocale.stdout == inspected.stdout)
        let json = try CLIRunner.run("auditready", ["inspect", "--json", pdf, "--lang", "zh"])
        #expect(json.stdout.contains("不是可读取的 PDF（PDF 文档已损坏）") && !json.stdout.contains("chineseReason"), "\(json.stdout)")

        let extracted = try CLIRunner.run("auditready", ["extract", folder.appendingPathComponent("broken.xlsx").path, "--lang", "zh"])
        #expect(extracted.stdout == "== broken.xlsx（无法读取：电子表格已损坏（zip 不完整或已损坏：ZIP 文件头不完整）；请用 Excel 重新保存）\n", "\(extracted.stdout)")
        let extractedInEnglish = try CLIRunner.run("auditready", ["extract", folder.appendingPathComponent("broken.xlsx").path, "--lang", "en"])
        #expect(extractedInEnglish.stdout
                == "== broken.xlsx (unreadable: the workbook is damaged (the zip is truncated or corrupt: Truncated ZIP file header); save it again from Excel)\n")
    }

    @Test("A Chinese check's notes are Chinese (a region the minimum-wage table does not know); an English check's are English")
    func notesInTheReportLanguage() throws {
        let sample = URL(fileURLWithPath: CorpusSamples.input(named: "violations-zip") ?? "Corpus/samples/violations-zip.zip")
        func notes(_ language: String) throws -> [String] {
            let result = try CLIRunner.run("auditready", ["check", sample.path, "--as-of", Self.asOf, "--no-cache", "--quiet", "--fail-on", "never",
                                                          "--format", "json", "--lang", language, "--region", "atlantis"])
            return try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8)).notes ?? []
        }
        let chinese = try notes("zh")
        let english = try notes("en")
        #expect(chinese.count == 1 && english.count == 1)
        #expect(chinese.first?.hasPrefix("未检查最低工资：地区“atlantis”不在最低工资标准表中（表中地区：shanghai、") == true, "\(chinese)")
        #expect(english.first?.hasPrefix("Minimum wages were not checked: region 'atlantis' is not in the minimum-wage table (known: shanghai, ") == true,
                "\(english)")
    }

    private func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
}
