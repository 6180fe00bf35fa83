import AuditCore
import Foundation

/// What to generate: one archive and its ground truth.
struct GenerationRequest {
    var seed: UInt64
    var profile: Profile
    var format: OutputFormat
    /// The folder the archive and the truth files are written to (created when missing).
    var outputDirectory: String
    var name: String
    /// Whether payroll registers go into a nested zip; nil lets the seed decide.
    var nestsPayroll: Bool?
    /// Draws the layout from the variant space (languages, formats, grids, payslips, scans);
    /// false keeps the classic English layout.
    var varied = false
    /// The software that makes the documents; `libreoffice` runs soffice and ignores `varied`.
    var producer = Producer.cairo
    /// Lists every extracted value in the truth's `fields.values` (false keeps committed truth small).
    var recordsFieldValues = true
    /// The certificate variants to plant in a violations archive instead of the seed's own; nil
    /// lets the seed decide.
    var certificateVariants: [CertificateVariant]?
    /// Whether the seed may draw a time clock's monthly summary (`SummarySynthesizer`).
    var drawsSummary = true
}

/// What was generated.
struct GenerationResult {
    var archivePath: String
    /// The truth files, `china-labor-law` first.
    var truthPaths: [String]
    /// The archive's size in bytes (for a directory, the sum of its files).
    var archiveSize: Int
    /// The ground truth per pack.
    var truths: [RulePack: TruthFile]
    /// The kinds of breach planted; the truth may hold more.
    var planted: [ViolationKind]
    /// Document types left out of the archive.
    var omitted: Set<DocumentType>

    /// The `china-labor-law` truth.
    var truth: TruthFile { truths[.chinaLaborLaw]! }
}

/// Generates one evidence archive: factory, oracle, self-check, documents, layout, files.
enum ArchiveGenerator {
    /// The factory for a seed with its findings per pack, checked; nothing is written.
    static func synthesize(seed: UInt64, profile: Profile, certificateVariants: [CertificateVariant]? = nil, drawsSummary: Bool = true) throws
        -> (factory: Factory, findings: [RulePack: [TruthFinding]], planted: [ViolationKind]) {
        let (factory, planted) = FactorySynthesizer.make(seed: seed, profile: profile, certificateVariants: certificateVariants,
                                                         drawsSummary: drawsSummary)
        var findings: [RulePack: [TruthFinding]] = [:]
        for pack in RulePack.allCases { findings[pack] = TruthOracle(pack: pack).findings(in: factory) }
        try ConsistencyCheck.verify(factory, findings: findings, planted: planted, profile: profile)
        return (factory, findings, planted)
    }

    /// Writes the archive and its truth files; fails before writing if the factory is inconsistent.
    static func generate(_ request: GenerationRequest) throws -> GenerationResult {
        let (factory, findings, planted) = try synthesize(seed: request.seed, profile: request.profile,
                                                          certificateVariants: request.certificateVariants,
                                                          drawsSummary: request.drawsSummary)

        let style = DocumentStyle(seed: request.seed, months: factory.months.count)
        var documents: [RenderedDocument]
        var variantSummary: String?
        if request.producer == .libreoffice {
            let renderer = OfficeRenderer(factory: factory, seed: request.seed)
            documents = try renderer.render()
            variantSummary = renderer.choices.summary
        } else if request.varied {
            let allowGrid = !LayoutVariant.needsPunches(factory, findings: findings, planted: planted)
            let variant = LayoutVariant(seed: request.seed, allowGrid: allowGrid, omitted: factory.omitted)
            documents = try VariedRenderer(factory: factory, variant: variant, style: style).render()
            variantSummary = "\(variant.language.rawValue), attendance \(variant.attendance.rawValue), payroll \(variant.payroll.rawValue), money \(variant.money.rawValue)"
                + (variant.scanned.map { ", scanned \($0) as \(variant.scanAsPDF ? "image-only PDF" : "PNG")\(variant.scanSideways ? " sideways" : "")" } ?? "")
        } else {
            documents = try EvidenceRenderer.render(factory, style: style)
        }
        if let summary = factory.summary {
            documents.append(try SummaryWorkbook.render(summary, created: summary.month.lastDay.adding(days: 2)))
        }
        let entries = EvidenceLayout(nestsPayroll: request.nestsPayroll).arrange(documents, seed: request.seed)

        let files = FileManager.default
        try files.createDirectory(atPath: request.outputDirectory, withIntermediateDirectories: true)
        let output = URL(fileURLWithPath: request.outputDirectory)
        let archive = output.appendingPathComponent(request.format.fileName(request.name))
        try EvidenceWriter.write(entries, format: request.format, to: archive.path)

        var truths: [RulePack: TruthFile] = [:]
        var truthPaths: [String] = []
        for pack in RulePack.allCases {
            let leaves = EvidenceEntry.leaves(of: entries)
            var fields = TruthFields(factory)
            if request.recordsFieldValues { fields.values = TruthFieldValue.values(factory, documents: leaves) }
            let truth = TruthFile(seed: request.seed, profile: request.profile.rawValue, asOf: factory.asOf,
                                  ruleset: pack.rawValue, findings: findings[pack] ?? [],
                                  documents: leaves, fields: fields, layout: variantSummary, products: factory.products,
                                  certificateVariant: factory.certificateVariants.isEmpty ? nil
                                      : factory.certificateVariants.map(\.rawValue).joined(separator: ","))
            let url = output.appendingPathComponent(pack.truthFileName(request.name))
            try truth.encoded().write(to: url)
            truths[pack] = truth
            truthPaths.append(url.path)
        }
        return GenerationResult(archivePath: archive.path, truthPaths: truthPaths,
                                archiveSize: try size(of: archive.path), truths: truths, planted: planted,
                                omitted: factory.omitted)
    }

    /// A file's size, or the total size of the files under a directory.
    private static func size(of path: String) throws -> Int {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (try files.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        }
        return try files.subpathsOfDirectory(atPath: path).reduce(0) { total, sub in
            let attributes = try files.attributesOfItem(atPath: path + "/" + sub)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { return total }
            return total + ((attributes[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}
