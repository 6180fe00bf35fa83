import AuditServer
import AuditTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The web page driven by a real browser: headless Chromium through chromedriver and Python's
/// selenium (`Tests/Browser/upload_flow.py`), against a server listening on loopback.
@Suite("The web page in a real browser")
struct BrowserFlowTests {
    static let python = URL(fileURLWithPath: "/usr/bin/python3")
    static let script = CLIRunner.repository.appendingPathComponent("Tests/Browser/upload_flow.py")

    @Test("In headless Chromium an officer signs in, uploads a sample, watches it run, opens its report and switches to Chinese")
    func uploadFlowInChromium() async throws {
        for program in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
            try #require(FileManager.default.isExecutableFile(atPath: program), "\(program) is missing: run scripts/setup.sh")
        }
        let data = TestServer.dataFolder()
        defer { try? FileManager.default.removeAll(data) }
        let screenshots = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let server = try TestServer.make(data: data)
        try UserStore(database: server.database, cost: 4).create(email: "officer@factory-a.example", organisation: "Factory A",
                                                                 role: .member, password: "a long enough password")
        let sample = TestServer.samples.appendingPathComponent("clean-zip.zip")
        let seen = try await server.makeApplication().test(.live) { client in
            let port = try #require(client.port, "the test did not run against a listening server")
            return try await Self.drive(["--base", "http://127.0.0.1:\(port)", "--email", "officer@factory-a.example",
                                         "--password", "a long enough password", "--archive", sample.path,
                                         "--as-of", "2026-06-13", "--screenshots", screenshots.path,
                                         // The whole suite shares two cores with this check.
                                         "--timeout", "400"])
        }
        print("browser screenshots: \(screenshots.path); states shown: \(seen.states)")

        #expect(seen.errors.isEmpty, "\(seen.errors)")
        #expect(seen.firstPage?.hasPrefix("/signin") == true, "a visitor not signed in was not sent to sign in")
        #expect(seen.signedInPage == "/")
        // The page said what was happening while it happened, and ended done with a report link.
        #expect(!seen.states.isEmpty, "the upload list never showed a state")
        #expect(seen.states.last?.hasPrefix("Done") == true, "last state: \(seen.states.last ?? "none")")
        #expect(seen.reportLink?.hasSuffix("/report.html") == true)
        #expect(seen.dashboardText?.contains("No checks yet") == false, "the page still says there are no checks after one was uploaded")
        #expect(seen.reportTitle?.contains("clean-zip.zip") == true, "report title: \(seen.reportTitle ?? "none")")
        #expect(seen.reportText?.contains("clean-zip.zip") == true)
        #expect(seen.switchedLang == "zh-CN")
        #expect(seen.switchedText?.contains("已完成") == true, "the check list in Chinese does not say 已完成 (done)")
        #expect(seen.console.isEmpty, "the page logged errors: \(seen.console)")
        // The report follows the page's language.
        #expect(seen.reportLang == "zh-CN")
        #expect(seen.reportTextChinese?.contains("合规报告") == true || seen.reportTextChinese?.contains("审核") == true,
                "the report after switching to Chinese: \(seen.reportTextChinese?.prefix(300) ?? "nothing")")
    }

    /// What the browser saw, as `upload_flow.py` prints it.
    struct Seen: Decodable {
        var states: [String]
        var errors: [String]
        var firstPage: String?
        var signedInPage: String?
        var reportLink: String?
        var dashboardText: String?
        var reportTitle: String?
        var reportText: String?
        var switchedLang: String?
        var switchedText: String?
        var reportLang: String?
        var reportTextChinese: String?
        var console: [String] = []

        enum CodingKeys: String, CodingKey {
            case states, errors, console
            case firstPage = "first_page", signedInPage = "signed_in_page", reportLink = "report_link"
            case dashboardText = "dashboard_text"
            case reportTitle = "report_title", reportText = "report_text", switchedLang = "switched_lang"
            case switchedText = "switched_text", reportLang = "report_lang", reportTextChinese = "report_text_chinese"
        }
    }

    /// Runs the browser script to its end without blocking a thread of the server's, its output
    /// going to a file (a pipe read only at the end could fill and stall it).
    static func drive(_ arguments: [String]) async throws -> Seen {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-browser-\(UUID().uuidString).json")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path] + arguments
        process.standardOutput = handle
        process.standardError = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let text = try String(contentsOf: output, encoding: .utf8)
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) else {
            throw BrowserFailure(message: "the browser script exited \(status) without a result: \(text.suffix(2000))")
        }
        return try JSONDecoder().decode(Seen.self, from: Data(line.utf8))
    }

    struct BrowserFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
