import AuditCore
import AuditTestSupport
import Foundation
import Testing

/// Whether `text` holds a Chinese character.
private func hasChinese(_ text: String?) -> Bool {
    (text ?? "").unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}

@Suite("End to end: reports in Chinese")
struct ChineseReportTests {
    /// As the committed expected reports name it (relative to the repository, where the CLI runs).
    static let sample = CorpusSamples.input(named: "violations-zip") ?? "Corpus/samples/violations-zip.zip"
    static let asOf = "2026-07-18"

    /// `auditready check` of the sample with `arguments`, under `environment`.
    func check(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIRunner.Result {
        let result = try CLIRunner.run("auditready", ["check", Self.sample, "--as-of", Self.asOf, "--no-cache", "--quiet", "--fail-on", "never"] + arguments,
                                       environment: environment)
        guard result.status == 0 else { throw CheckFailure(message: "auditready exited \(result.status): \(result.stderr)") }
        return result
    }

    func report(_ language: String) throws -> (report: AuditReport, json: String) {
        let json = try check(["--format", "json", "--lang", language]).stdout
        return (try JSONDecoder().decode(AuditReport.self, from: Data(json.utf8)), json)
    }

    @Test("--lang zh on a Corpus sample gives the same findings as --lang en (rule, severity, employee, document, period, evidence), in the same order, with Chinese texts")
    func sameFindings() throws {
        let (english, _) = try report("en")
        let (chinese, json) = try report("zh")
        #expect(english.findings.count > 10)
        #expect(chinese.findings.count == english.findings.count)
        for (en, zh) in zip(english.findings, chinese.findings) {
            #expect(en.rule == zh.rule && en.category == zh.category && en.severity == zh.severity, "\(en.rule)")
            #expect(en.employeeId == zh.employeeId && en.documentType == zh.documentType && en.period == zh.period, "\(en.rule)")
            #expect(en.evidence == zh.evidence, "\(en.rule)")
            #expect(hasChinese(zh.message), "\(zh.rule): \(zh.message)")
            #expect(hasChinese(zh.action) && hasChinese(zh.clause), "\(zh.rule)")
            #expect(!hasChinese(en.message) && !hasChinese(en.action), "\(en.rule): \(en.message)")
        }
        #expect(chinese.documents == english.documents && chinese.summary == english.summary && chinese.asOf == english.asOf)
        // The contract keeps its shape: no field added for the language, and the schema holds.
        #expect(try SchemaValidator.errors(in: json) == [])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys).isSubset(of: ["schema", "input", "asOf", "ruleset", "documents", "findings", "summary", "notes", "baselineFixed"]))
        #expect(!json.contains("\"language\"") && !json.contains("\"lang\""))
    }

    @Test("The English report of a Corpus sample is still the expected one committed beside it")
    func englishUnchanged() throws {
        let expected = try String(contentsOf: CorpusSamples.directory.appendingPathComponent("violations-zip.expected.json"), encoding: .utf8)
        let result = try CLIRunner.run("auditready", ["check", Self.sample, "--as-of", Self.asOf, "--no-cache", "--format", "json", "--lang", "en"])
        #expect(result.stdout == expected)
    }

    @Test("The text report in Chinese has Chinese labels around Chinese findings")
    func text() throws {
        let (chinese, _) = try report("zh")
        let text = try check(["--lang", "zh"]).stdout
        #expect(text.hasPrefix("AuditReady 合规预审：") && text.contains("判定日期 2026-07-18"))
        #expect(text.contains("不符合项（") && text.contains("警告项（") && text.contains("规则 china-labor-law/daily-hours"))
        #expect(text.contains("[工作时间]") && text.contains("见 Evidence/") && text.contains("第 1 页"))
        for english in ["ERRORS (", "WARNINGS (", "      rule ", "      at ", " document", " errors"] {
            #expect(!text.contains(english), "English label \"\(english)\" in the Chinese text report")
        }
        for finding in chinese.findings { #expect(text.contains(finding.message), "\(finding.message)") }
    }

    @Test("The Markdown report in Chinese has Chinese headings, tables and labels")
    func markdown() throws {
        let markdown = try check(["--lang", "zh", "--format", "markdown"]).stdout
        #expect(markdown.hasPrefix("# AuditReady 合规预审报告："))
        #expect(markdown.contains("| 严重程度 | 未关闭 | 已接受 |") && markdown.contains("## 不符合项（"))
        #expect(markdown.contains("   - 证据：") && markdown.contains("   - 整改措施：") && markdown.contains("（工作时间）"))
        #expect(markdown.contains("审核员会将其记为不符合项"))
        for english in ["As of ", "| Severity |", "## Errors", "Evidence: ", "Action: ", "Limit ", " · found "] {
            #expect(!markdown.contains(english), "English label \"\(english)\" in the Chinese Markdown report")
        }
    }

    @Test("The CSV report in Chinese has a Chinese header row, the contract's codes in its code columns, and Chinese texts")
    func csv() throws {
        let csv = try check(["--lang", "zh", "--format", "csv"]).stdout
        let header = try #require(csv.split(separator: "\r\n").first)
        #expect(header == "\u{FEFF}严重程度,类别,规则,员工编号,文件类型,期间,问题描述,限值,实际值,证据,依据条款,整改措施,接受人,接受理由")
        let records = CSVRecords.parse(csv)
        #expect(records.count > 10)
        for record in records.dropFirst() {
            #expect(["error", "warning", "info"].contains(record[0]) && record[2].contains("/"))
            #expect(hasChinese(record[6]) && hasChinese(record[11]), "\(record[2]): \(record[6])")
        }
        let english = try check(["--lang", "en", "--format", "csv"]).stdout
        let englishRecords = CSVRecords.parse(english)
        #expect(englishRecords[0].first == "severity")
        #expect(englishRecords.dropFirst().map { Array($0[0..<6]) + [$0[9]] } == records.dropFirst().map { Array($0[0..<6]) + [$0[9]] },
                "the same findings, codes and evidence in both languages")
    }

    @Test("The HTML report in Chinese is marked zh-CN and labelled in Chinese throughout")
    func html() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zh-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.html")
        _ = try check(["--lang", "zh", "--format", "html", "--output", file.path])
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-CN\">"))
        for label in ["<h1>AuditReady 合规预审报告</h1>", "<h2>概要</h2>", "<h2>发现的问题</h2>", "<h2>文件清单</h2>", "<h2>员工每周工时</h2>",
                      "<strong>整改措施：</strong>", "<dt>依据条款</dt>", "<dt>限值</dt>", "<th>证据文件</th>", "未关闭的不符合项", "第 1 页"] {
            #expect(html.contains(label), "no \(label) in the Chinese HTML")
        }
        for english in ["<h2>Summary</h2>", "<h2>Findings</h2>", "Corrective action:", "<dt>Clause</dt>", "Document inventory",
                        "Weekly hours per worker", "Evidence file", "judged as of", "Generated by AuditReady"] {
            #expect(!html.contains(english), "English label \"\(english)\" in the Chinese HTML")
        }
    }

    @Test("Without --lang the locale decides: LANG=zh_CN.UTF-8 gives Chinese, and --lang en overrides it")
    func localeDefault() throws {
        let chinese = try check([], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]).stdout
        #expect(chinese.hasPrefix("AuditReady 合规预审："))
        let english = try check(["--lang", "en"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]).stdout
        #expect(english.hasPrefix("AuditReady check of "))
        let plain = try check([], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]).stdout
        #expect(plain.hasPrefix("AuditReady check of "))
    }

    @Test("--lang takes en or zh in any case; anything else is a usage error the argument parser states, naming the option")
    func unknownLanguage() throws {
        #expect(try check(["--lang", "ZH"]).stdout.hasPrefix("AuditReady 合规预审："))
        let result = try CLIRunner.run("auditready", ["check", Self.sample, "--as-of", Self.asOf, "--no-cache", "--lang", "fr"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("The value 'fr' is invalid for '--lang <en|zh>'. Please provide one of 'en' and 'zh'."), "\(result.stderr)")
    }
}
