import AuditCore
import AuditEvidence
import AuditIntake
import AuditPipeline
import AuditReports
import AuditRules
import Foundation
import Logging

/// Runs checks with `AuditPipeline`, as `auditready check` does, and renders every report format.
public struct PipelineCheckRunner: CheckRunner {
    /// What the HTML report shows beyond the report itself (page crops, weekly hours), from the
    /// check's report, workers' weekly hours and the PDF entries it kept as it read the archive
    /// (nil when none could be kept).
    public typealias HTMLMaterial = @Sendable (_ report: AuditReport, _ weeklyHours: WeeklyHourTotals, _ packs: [RulePack],
                                               _ pdfs: PDFEntryStore?) -> ReportContext

    /// Folders the rule packs are loaded from, first match wins.
    public var rulesDirectories: [URL]
    /// The pipeline configuration each check runs with (extractors, OCR, cache, document workers).
    public var makeConfiguration: @Sendable (Logger) throws -> PipelineConfiguration
    /// The HTML report's extra material; nil renders the HTML report from the report alone.
    public var htmlMaterial: HTMLMaterial?
    /// Where the pipeline spills rows and findings that do not fit in memory.
    public var temporaryDirectory: URL?
    public var logger: Logger

    public init(rulesDirectories: [URL], makeConfiguration: @escaping @Sendable (Logger) throws -> PipelineConfiguration,
                htmlMaterial: HTMLMaterial? = nil, temporaryDirectory: URL? = nil, logger: Logger) {
        self.rulesDirectories = rulesDirectories
        self.makeConfiguration = makeConfiguration
        self.htmlMaterial = htmlMaterial
        self.temporaryDirectory = temporaryDirectory
        self.logger = logger
    }

    public func validate(ruleset names: [String]) throws {
        _ = try packs(names)
    }

    public func run(_ request: CheckRequest, progress: @escaping @Sendable (CheckProgress) -> Void) throws -> CheckSummary {
        let packs = try packs(request.ruleset)
        var configuration = try makeConfiguration(logger)
        if let temporaryDirectory { configuration.temporaryDirectory = temporaryDirectory }
        // The HTML report's page crops, in every language, are rendered from the PDFs this check
        // keeps as it reads the archive (removed when `run` returns or throws).
        configuration.keepsPDFsForPageImages = htmlMaterial != nil
        let pipeline = AuditPipeline(configuration: configuration, logger: logger)
        let result: CheckResult
        do {
            result = try pipeline.checkWithWeeklyHours(request.archive.path, packs: packs, asOf: request.asOf, region: request.region) {
                progress(CheckProgress(documentsDone: $0.documentsDone, currentDocument: $0.currentPath))
            }
        } catch let error as IntakeError {
            throw CheckInputError("\(request.fileName) cannot be opened as an evidence archive (\(error.reason)); upload a .zip, .tar.gz, .7z or .rar archive")
        }
        var report = result.report
        report.input = request.fileName
        let context = htmlMaterial?(report, result.weeklyHours, packs, result.pdfs) ?? ReportContext()
        try write(report, context: context, language: .en, to: request.reportFolder)
        // The reports in the other languages: findings are worded when the rules judge, so the
        // evidence is judged again in each (its documents come from the result cache when the
        // server keeps one); their page crops come from the PDFs the first check kept, which
        // these keep none of.
        // A translation that fails costs that language only: the check is done, and its reports
        // are served in English in its place.
        var translating = pipeline
        translating.configuration.keepsPDFsForPageImages = false
        for language in ReportLanguage.allCases where language != .en {
            do {
                var translated = try translating.checkWithWeeklyHours(request.archive.path, packs: packs, asOf: request.asOf, region: request.region,
                                                  language: language).report
                translated.input = request.fileName
                var translatedContext = htmlMaterial?(translated, result.weeklyHours, packs, result.pdfs) ?? ReportContext()
                translatedContext.language = language
                try write(translated, context: translatedContext, language: language, to: request.reportFolder)
            } catch {
                logger.warning("the reports in one language could not be made; English is served instead",
                               metadata: ["check": "\(request.fileName)", "language": "\(language.rawValue)", "error": "\(error)"])
                for file in ReportFile.allCases {
                    try? FileManager.default.removeItem(at: request.reportFolder.appendingPathComponent(file.fileName(in: language)))
                }
            }
        }
        return Self.summary(of: report)
    }

    /// The numbers the server keeps of `report`: totals, and open errors and warnings by category.
    static func summary(of report: AuditReport) -> CheckSummary {
        var categories: [String: CheckSummary.CategoryCount] = [:]
        for finding in report.findings where finding.accepted == nil && finding.severity != .info {
            var count = categories[finding.category.rawValue] ?? .init(errors: 0, warnings: 0)
            if finding.severity == .error { count.errors += 1 } else { count.warnings += 1 }
            categories[finding.category.rawValue] = count
        }
        return CheckSummary(documents: report.documents.count, openErrors: report.openCount(.error),
                            openWarnings: report.openCount(.warning), findings: report.findings.count, categories: categories)
    }

    /// Writes every format of `report`, in `language`, into `folder`, each file whole or not at all.
    func write(_ report: AuditReport, context: ReportContext, language: ReportLanguage, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in ReportFile.allCases {
            var data = Data()
            try file.format.write(report, context: context) { data.append(contentsOf: $0.utf8) }
            try data.write(to: folder.appendingPathComponent(file.fileName(in: language)), options: .atomic)
        }
    }

    /// The rule packs `names` name; an unknown or broken pack is the uploader's to fix.
    func packs(_ names: [String]) throws -> [RulePack] {
        guard !names.isEmpty else { throw CheckInputError("ruleset names no rule pack; leave it out for the default or name packs such as china-labor-law") }
        let loader = RulePackLoader(directories: rulesDirectories)
        let available = loader.availablePacks().joined(separator: ", ")
        // A name is only ever a pack's file name: never a path into the server's folders.
        if let bad = names.first(where: { $0.isEmpty || !$0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } }) {
            throw CheckInputError("ruleset: '\(bad)' is not a rule pack's name; available rule packs: \(available)")
        }
        do {
            return try loader.load(names)
        } catch let error as RulePackError {
            throw CheckInputError("ruleset: \(error.file) is not a rule pack this server can load; available rule packs: \(available)")
        }
    }
}
