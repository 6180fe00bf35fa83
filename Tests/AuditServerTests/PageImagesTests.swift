import AuditCore
import AuditIntake
import AuditReports
@testable import AuditServer
import Foundation
import Synchronization
import Testing

@Suite("The server's HTML reports' page images")
struct PageImagesTests {
    @Test("A server check gives the HTML report in every language the PDFs it kept as it read the archive, and removes them when it is done")
    func keptPDFsServeEveryLanguage() throws {
        let data = TestServer.dataFolder()
        let work = data.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: data) }
        let seen = Mutex<[(folder: URL?, kept: Int, existed: Bool)]>([])
        var runner = TestServer.pipelineRunner()
        runner.temporaryDirectory = work
        runner.htmlMaterial = { _, _, _, pdfs in
            seen.withLock { $0.append((pdfs?.directory, pdfs?.kept.count ?? 0, pdfs.map { FileManager.default.fileExists(atPath: $0.directory.path) } ?? false)) }
            return ReportContext()
        }
        let request = CheckRequest(archive: TestServer.samples.appendingPathComponent("violations-zip.zip"), fileName: "violations-zip.zip",
                                   ruleset: ["china-labor-law"], asOf: CivilDate(year: 2026, month: 7, day: 18)!, region: nil,
                                   reportFolder: data.appendingPathComponent("reports"))
        _ = try runner.run(request) { _ in }
        let calls = seen.withLock { $0 }
        #expect(calls.count == ReportLanguage.allCases.count, "one HTML report a language")
        let folder = try #require(calls.first?.folder, "the check kept its PDFs")
        #expect(calls.allSatisfy { $0.folder == folder && $0.kept > 0 && $0.existed }, "\(calls)")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "the kept PDFs outlived the check")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? []).allSatisfy { !$0.hasPrefix(PDFEntryStore.namePrefix) })
    }
}
