import AuditCore
import AuditTestSupport
import Foundation
import Testing

/// The archives of `Corpus/office-samples`: the generator's truth written as office documents
/// and printed or saved by LibreOffice (`auditready-corpus office-samples`), committed so that
/// no LibreOffice is needed here.
@Suite("End to end: the CLI on archives made by LibreOffice")
struct OfficeSamplesEndToEndTests {
    static let folder = SampleFolder(path: "Corpus/office-samples")

    @Test("There are committed LibreOffice archives, each with a truth file for every rule pack")
    func samplesExist() {
        #expect(Self.folder.names.count >= 3)
        for name in Self.folder.names {
            #expect(Self.folder.truthFiles.filter { $0.hasPrefix(name + ".truth.") }.count == 5, "\(name)")
        }
    }

    @Test("Every document of the LibreOffice archives was made by LibreOffice, and they hold PDFs, XLSX and XLS workbooks")
    func madeByLibreOffice() throws {
        var extensions = Set<String>()
        for name in Self.folder.names {
            let truth = try GroundTruth.load(Self.folder.directory.appendingPathComponent("\(name).truth.json"))
            #expect(!truth.documents.isEmpty)
            for document in truth.documents {
                #expect(document.producer == "libreoffice", "\(name): \(document.path)")
                extensions.insert(URL(fileURLWithPath: document.path).pathExtension)
            }
        }
        #expect(extensions == ["pdf", "xlsx", "xls"])
    }

    @Test("The findings on each LibreOffice-made archive equal its ground truth under every pack: none missed, none extra",
          arguments: folder.truthFiles)
    func findingsEqualTruth(truthFile: String) throws {
        let name = String(truthFile.prefix { $0 != "." })
        let truth = try GroundTruth.load(Self.folder.directory.appendingPathComponent(truthFile))
        let input = try #require(Self.folder.input(named: name))
        let (report, _, status) = try check(input, asOf: truth.asOf, ruleset: truth.ruleset, truth.checkArguments)
        expectMatches(report, truth, truthFile)
        #expect(status == (truth.findings.contains { $0.severity == "error" } ? 1 : 0))
    }
}
