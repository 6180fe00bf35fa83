import AuditCore
import AuditIntake
import AuditPageImages
@testable import AuditPipeline
import AuditReports
import AuditRules
import Foundation
import Logging
import Testing

@Suite("The HTML report's page images come from the check's one walk of the input")
struct OnePassPageImageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = repository.appendingPathComponent("Corpus/samples/violations-zip.zip")
    static let asOf = CivilDate(year: 2026, month: 7, day: 18)!
    static let logger = Logger(label: "test")

    func packs() throws -> [RulePack] {
        try RulePackLoader(directories: [Self.repository.appendingPathComponent("Rules")]).load(["china-labor-law"])
    }

    /// A pipeline that keeps the PDFs for page images in `directory`.
    func pipeline(keepingPDFsIn directory: URL) -> AuditPipeline {
        var configuration = PipelineConfiguration()
        configuration.keepsPDFsForPageImages = true
        configuration.temporaryDirectory = directory
        return AuditPipeline(configuration: configuration, logger: Self.logger)
    }

    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("one-pass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func stores(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(PDFEntryStore.namePrefix) }
    }

    @Test("An HTML check walks its input once: deleted after the check, the input still gives every page crop, the same as from its own PDFs")
    func cropsWithoutTheInput() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("evidence.zip")
        try FileManager.default.copyItem(at: Self.sample, to: input)
        let result = try pipeline(keepingPDFsIn: folder).checkWithWeeklyHours(input.path, packs: packs(), asOf: Self.asOf)
        try FileManager.default.removeItem(at: input)

        let renderer = HTMLReportRenderer()
        let findings = renderer.findingsShownInFull(of: result.report)
        let plan = EvidenceCropper.plan(for: findings, maxPerFinding: renderer.cropsPerFinding, maxTotal: 160)
        #expect(plan.count >= 3, "the sample's findings picture values on PDF pages")
        let crops = EvidenceCropper(pdfs: result.pdfs, logger: Self.logger)
            .crops(for: findings, maxPerFinding: renderer.cropsPerFinding, maxTotal: 160)
        #expect(Set(crops.keys) == Set(plan))

        // The same crops as rendered from the sample's own PDFs.
        var pdfs: [String: Data] = [:]
        try EvidenceIntake(logger: Self.logger).walk(Self.sample.path) { item in
            if case let .file(path, bytes) = item, path.hasSuffix(".pdf") { pdfs[path] = bytes }
        }
        for key in plan {
            let bytes = try #require(pdfs[key.path], "\(key.path) is a PDF of the sample")
            #expect(crops[key] == (try PageCropRenderer().crop(pdf: bytes, page: key.page, boxes: key.boxes).png), "\(key.path) page \(key.page)")
        }
    }

    @Test("The kept PDFs live while the check's result does and are removed with it; a check that throws, or one that returns a report only, leaves none")
    func storeRemoved() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = pipeline(keepingPDFsIn: folder)
        do {
            let result = try pipeline.checkWithWeeklyHours(Self.sample.path, packs: packs(), asOf: Self.asOf)
            let kept = try #require(result.pdfs)
            #expect(kept.kept.count > 0)
            #expect(stores(in: folder) == [kept.directory.lastPathComponent])
        }
        #expect(stores(in: folder).isEmpty, "the kept PDFs outlived the check's result")

        let missing = folder.appendingPathComponent("no-such-archive.zip").path
        #expect(throws: IntakeError.self) { try pipeline.checkWithWeeklyHours(missing, packs: packs(), asOf: Self.asOf) }
        #expect(stores(in: folder).isEmpty, "a check that threw left its kept PDFs")

        _ = try pipeline.check(Self.sample.path, packs: packs(), asOf: Self.asOf)
        #expect(stores(in: folder).isEmpty)
        var plain = pipeline
        plain.configuration.keepsPDFsForPageImages = false
        #expect(try plain.checkWithWeeklyHours(Self.sample.path, packs: packs(), asOf: Self.asOf).pdfs == nil)
    }

    @Test("A kept PDF that poppler cannot open gives no page crop, and the HTML report lists its evidence as text")
    func unopenablePDF() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try PDFEntryStore(in: folder, logger: Self.logger)
        store.keep(Data("%PDF-1.7\nthe rest is not a PDF".utf8), path: "Wages/broken.pdf", sha256: "broken")
        #expect(store.kept.count == 1)
        let evidence = Evidence(path: "Wages/broken.pdf", page: 1, text: "3,130.00", bbox: BoundingBox(x0: 100, y0: 100, x1: 140, y1: 110))
        let finding = Finding(rule: "p/a", category: .overtimePay, severity: .error, message: "Paid below the minimum wage", evidence: [evidence])
        let crops = EvidenceCropper(pdfs: store, logger: Self.logger).crops(for: [finding])
        #expect(crops.isEmpty)
        let report = AuditReport(input: "evidence.zip", asOf: Self.asOf, ruleset: "p", documents: [], findings: [finding])
        let html = try ReportFormat.html.render(report, context: ReportContext(crops: crops))
        #expect(html.contains("Wages/broken.pdf") && html.contains("3,130.00"))
        #expect(!html.contains("data:image/png"))
    }
}
