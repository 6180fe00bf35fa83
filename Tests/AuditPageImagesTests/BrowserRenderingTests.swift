import AuditCore
import AuditTestSupport
import Foundation
import Testing

@Suite("The HTML report in a real browser")
struct BrowserRenderingTests {
    static let chromium = URL(fileURLWithPath: "/usr/bin/chromium")

    @Test("Headless Chromium shows the HTML report of a violations sample: not blank, every finding, page crops, the inventory")
    func rendersInChromium() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.chromium.path),
                     "Chromium is missing at \(Self.chromium.path): run scripts/setup.sh to install it")
        try #require(FileManager.default.isExecutableFile(atPath: CLIRunner.auditready.path),
                     "no built auditready at \(CLIRunner.auditready.path): build the package first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = CLIRunner.repository.appendingPathComponent("Corpus/samples")
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: samples.appendingPathComponent("violations-zip.truth.json"))) as? [String: Any]
        let asOf = try #require(truth?["asOf"] as? String, "the sample's truth file names no audit date")
        let html = folder.appendingPathComponent("report.html")
        let check = ["check", samples.appendingPathComponent("violations-zip.zip").path, "--as-of", asOf]
        let json = try ProgramRunner.run(CLIRunner.auditready, check + ["--format", "json"])
        let report = try JSONDecoder().decode(AuditReport.self, from: json.stdout)
        let written = try ProgramRunner.run(CLIRunner.auditready, check + ["--format", "html", "--output", html.path])
        #expect(written.status == 1 && written.stderr.isEmpty, "auditready: \(written.stderrText)")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: html.path)[.size] as? Int)
        #expect(size < 5_000_000, "the report is \(size) bytes")

        let browser = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                       "--user-data-dir=\(folder.appendingPathComponent("profile").path)"]
        let screenshot = folder.appendingPathComponent("screenshot.png")
        let shot = try ProgramRunner.run(Self.chromium, browser + ["--screenshot=\(screenshot.path)", "--window-size=1280,2400", html.path])
        #expect(shot.status == 0, "chromium: \(shot.stderrText)")
        let image = try #require(DecodedPNG(contentsOf: screenshot.path), "Chromium wrote no PNG screenshot: \(shot.stderrText)")
        #expect(image.width == 1280 && image.height == 2400)
        let painted = image.count { r, g, b in r < 200 || g < 200 || b < 200 }
        #expect(painted > image.width * image.height / 20, "only \(painted) pixels are not near-white: the page looks blank")
        #expect(image.count(where: isHighlight) > 50, "no highlighted value from a page crop is visible")
        #expect(image.count { r, g, b in r > 170 && g < 90 && b < 80 } > 500, "the red of the error verdict and badges is missing")

        let dump = try ProgramRunner.run(Self.chromium, browser + ["--dump-dom", html.path])
        let dom = String(decoding: dump.stdout, as: UTF8.self)
        #expect(dom.components(separatedBy: "<section class=\"finding ").count - 1 == report.findings.count)
        #expect(dom.contains("<img src=\"data:image/png;base64,"))
        #expect(dom.contains("<section id=\"documents\">"))
        for document in report.documents {
            #expect(dom.contains("<td class=\"path\">\(document.path.replacingOccurrences(of: "&", with: "&amp;"))</td>"))
        }
        #expect(dom.contains("<section id=\"workers\">") && dom.contains("<svg class=\"chart\""))
    }

    @Test("Headless Chromium shows the Chinese HTML report: a CJK font to draw it with, not blank, Chinese headings and every finding")
    func rendersChineseInChromium() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.chromium.path),
                     "Chromium is missing at \(Self.chromium.path): run scripts/setup.sh to install it")
        let fonts = try ProgramRunner.run(URL(fileURLWithPath: "/usr/bin/fc-list"), [":lang=zh", "family"])
        #expect(!fonts.stdout.isEmpty, "no font covers Chinese (fc-list :lang=zh): the report would show empty boxes; install fonts-wqy-microhei")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("browser-zh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = CLIRunner.repository.appendingPathComponent("Corpus/samples")
        let html = folder.appendingPathComponent("report.html")
        let check = ["check", samples.appendingPathComponent("violations-zip.zip").path, "--as-of", "2026-07-18", "--lang", "zh", "--no-cache"]
        let json = try ProgramRunner.run(CLIRunner.auditready, check + ["--format", "json"])
        let report = try JSONDecoder().decode(AuditReport.self, from: json.stdout)
        let written = try ProgramRunner.run(CLIRunner.auditready, check + ["--format", "html", "--output", html.path])
        #expect(written.status == 1 && written.stderr.isEmpty, "auditready: \(written.stderrText)")

        let browser = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                       "--user-data-dir=\(folder.appendingPathComponent("profile").path)"]
        let screenshot = folder.appendingPathComponent("screenshot.png")
        let shot = try ProgramRunner.run(Self.chromium, browser + ["--screenshot=\(screenshot.path)", "--window-size=1280,2400", html.path])
        #expect(shot.status == 0, "chromium: \(shot.stderrText)")
        let image = try #require(DecodedPNG(contentsOf: screenshot.path), "Chromium wrote no PNG screenshot: \(shot.stderrText)")
        let painted = image.count { r, g, b in r < 200 || g < 200 || b < 200 }
        #expect(painted > image.width * image.height / 20, "only \(painted) pixels are not near-white: the page looks blank")
        #expect(image.count { r, g, b in r > 170 && g < 90 && b < 80 } > 500, "the red of the error verdict and badges is missing")

        let dump = try ProgramRunner.run(Self.chromium, browser + ["--dump-dom", html.path])
        let dom = String(decoding: dump.stdout, as: UTF8.self)
        #expect(dom.contains("lang=\"zh-CN\"") && dom.contains("<h1>AuditReady 合规预审报告</h1>") && dom.contains("<h2>文件清单</h2>"))
        #expect(dom.components(separatedBy: "<section class=\"finding ").count - 1 == report.findings.count)
        for finding in report.findings.prefix(5) {
            #expect(dom.contains(finding.message.replacingOccurrences(of: "&", with: "&amp;")
                                    .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")),
                    "\(finding.message)")
        }
    }
}
