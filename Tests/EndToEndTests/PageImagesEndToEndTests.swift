import AuditTestSupport
import Foundation
import Testing

@Suite("End to end: the HTML report's page images")
struct PageImagesEndToEndTests {
    static let sample = "Corpus/samples/violations-zip.zip"

    /// A fresh folder to run `auditready` with as its TMPDIR.
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The folders of kept PDFs (`PDFEntryStore`) in `folder`.
    func keptPDFs(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("auditready-pdfs-") }
    }

    @Test("An HTML check shows page crops and leaves no kept PDFs behind, whether its report is written or cannot be")
    func keptPDFsRemoved() throws {
        let temporary = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let report = temporary.appendingPathComponent("report.html")
        let check = ["check", Self.sample, "--as-of", "2026-07-18", "--no-cache", "--quiet", "--fail-on", "never", "--format", "html"]
        let written = try CLIRunner.run("auditready", check + ["--output", report.path], environment: ["TMPDIR": temporary.path])
        #expect(written.status == 0, "auditready: \(written.stderr)")
        #expect(try String(contentsOf: report, encoding: .utf8).contains("<img src=\"data:image/png;base64,"))
        #expect(keptPDFs(in: temporary).isEmpty)

        let unwritable = temporary.appendingPathComponent("no-such-folder/report.html")
        let failed = try CLIRunner.run("auditready", check + ["--output", unwritable.path], environment: ["TMPDIR": temporary.path])
        #expect(failed.status != 0)
        #expect(keptPDFs(in: temporary).isEmpty)
    }
}
