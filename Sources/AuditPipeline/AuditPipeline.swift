import AuditCore
import AuditEvidence
import AuditExtraction
import AuditIntake
import AuditRules
import Foundation
import Logging

/// Runs a whole check: intake, extraction, classification, fields, rules, and the report.
public struct AuditPipeline: Sendable {
    public var configuration: PipelineConfiguration
    public var logger: Logger
    /// The documents' reader when several checks share one (see `checkEach`); nil for a reader of this check's own.
    var sharedReader: (any DocumentReadingService)?

    public init(configuration: PipelineConfiguration = PipelineConfiguration(), logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Checks the evidence at `input` against `packs` as of `asOf`.
    ///
    /// Throws `IntakeError` only when the input cannot be opened at all; every problem inside it
    /// is reported in the returned report instead.
    ///
    /// With a cache, a check of an input whose content, rule packs, day, region and settings are
    /// all those of an earlier check by this build is that check's report, read back whole.
    ///
    /// `language` is that of the findings' messages, limits, clauses and corrective actions; a
    /// report read back from the cache is one made in the same language.
    public func check(_ input: String, packs: [RulePack], asOf: CivilDate, region: String? = nil, products: [String] = [],
                      language: ReportLanguage = .en, progress: (PipelineProgress) -> Void = { _ in }) throws -> AuditReport {
        guard let cache = configuration.cache, let rules = RuleSetFingerprint.digest(of: packs),
              let digest = InputFingerprint.digest(of: input) else {
            return try judge(input, packs: packs, asOf: asOf, region: region, products: products, language: language,
                             keepEvidence: false, weeklyHours: false, keepPDFs: false, progress: progress).report
        }
        let variant = checkVariant(rules: rules, asOf: asOf, region: region, products: products, language: language)
        if var report = cache.value(AuditReport.self, kind: .check, sha256: digest, variant: variant) {
            logger.info("the whole check was read from the result cache: the input, rule packs and settings are those of an earlier check")
            report.input = input
            return report
        }
        let report = try judge(input, packs: packs, asOf: asOf, region: region, products: products, language: language,
                               keepEvidence: false, weeklyHours: false, keepPDFs: false, progress: progress).report
        if report.findings.isStored {
            logger.info("the whole check is not kept in the result cache: it has more findings than are held in memory")
        } else {
            cache.store(report, kind: .check, sha256: digest, variant: variant)
        }
        return report
    }

    /// Everything besides the input's content that a check's report depends on: the report holds
    /// its texts, so the language too (English keeps the key it had before there was a choice).
    private func checkVariant(rules: String, asOf: CivilDate, region: String?, products: [String], language: ReportLanguage) -> String {
        [makeProcessor().settingsVariant, "\(configuration.intake)", rules,
         asOf.description, region ?? "-"].joined(separator: "|") + (products.isEmpty ? "" : "|" + products.joined(separator: ","))
            + (language == .en ? "" : "|lang=\(language.rawValue)")
    }

    /// Checks like `check`, within the same memory bound, and also returns each worker's hours
    /// per week as the rules judged them (for the HTML report's chart) and, with
    /// `configuration.keepsPDFsForPageImages`, the PDF entries kept for its page crops. Never read
    /// from nor kept in the whole-check cache: the cache keeps reports only.
    ///
    /// So the HTML report, which checks this way, always has the check's one intake walk, and its
    /// page crops are rendered from the PDFs kept during it, whatever the cache holds: a whole
    /// check read back from the cache would have neither weekly hours nor PDFs, and walking the
    /// input again for them is what keeping them avoids. A document whose reading comes from the
    /// cache is still handed on by intake (its bytes give its digest), so its PDF is kept too.
    public func checkWithWeeklyHours(_ input: String, packs: [RulePack], asOf: CivilDate, region: String? = nil, products: [String] = [],
                                     language: ReportLanguage = .en, progress: (PipelineProgress) -> Void = { _ in }) throws -> CheckResult {
        var result = try judge(input, packs: packs, asOf: asOf, region: region, products: products, language: language,
                               keepEvidence: false, weeklyHours: true, keepPDFs: configuration.keepsPDFsForPageImages, progress: progress)
        result.evidence = EvidenceModel()
        return result
    }

    /// Checks like `check`, and also returns the evidence model the rules judged, time entries
    /// and pay lines included (for tools and tests that look at the evidence itself), and the PDF
    /// entries kept as `checkWithWeeklyHours` keeps them. All of the evidence, and every finding,
    /// is held in memory at once.
    public func run(_ input: String, packs: [RulePack], asOf: CivilDate, region: String? = nil, products: [String] = [],
                    language: ReportLanguage = .en, progress: (PipelineProgress) -> Void = { _ in }) throws -> CheckResult {
        try judge(input, packs: packs, asOf: asOf, region: region, products: products, language: language, keepEvidence: true,
                  weeklyHours: true, keepPDFs: configuration.keepsPDFsForPageImages, progress: progress)
    }

    /// Reads every document of `input` and judges the evidence; unless `keepEvidence`, time
    /// entries and pay lines past `configuration.workerRowsInMemory` wait in the check's
    /// temporary database, the workers are judged in batches, the returned evidence has neither,
    /// and findings past `configuration.findingsInMemory` wait there too. With `weeklyHours`, the
    /// result has each worker's weekly hours; with `keepPDFs`, the PDF entries intake handed on,
    /// kept in a `PDFEntryStore` of the temporary directory (removed with the result, or as soon
    /// as the check throws).
    private func judge(_ input: String, packs: [RulePack], asOf: CivilDate, region: String?, products: [String], language: ReportLanguage,
                       keepEvidence: Bool, weeklyHours: Bool, keepPDFs: Bool, progress: (PipelineProgress) -> Void) throws -> CheckResult {
        let limit = keepEvidence ? Int.max : configuration.workerRowsInMemory
        let directory = configuration.temporaryDirectory
        let space = SpillSpace(directory: directory)
        let rows = WorkerRows(
            timeEntries: WorkerRowStore("time entries", memoryLimit: limit, space: space, logger: logger,
                                        employeeId: { $0.employeeId.value }, waitsForRoster: { $0.identifiedByName }),
            payLines: WorkerRowStore("pay lines", memoryLimit: limit, space: space, logger: logger,
                                     employeeId: { $0.employeeId.value }, waitsForRoster: { $0.identifiedByName }))
        let pdfs = keepPDFs ? makePDFStore() : nil
        var collected = try read(input, rows: rows, pdfs: pdfs, language: language, progress: progress)
        var evidence = collected.evidence
        let batching = batching(rows)
        let findings = FindingStore(memoryLimit: keepEvidence ? .max : configuration.findingsInMemory, space: space,
                                    groups: batching.count + 4, logger: logger, language: language)
        findings.add((collected.findings + IntakeFindings.unreadableValues(evidence.problems, language: language)).sorted(by: Finding.reportOrder))
        collected.evidence = EvidenceModel()
        collected.findings = []
        let overview = InputOverview(timesheets: collected.timesheets, payroll: collected.payroll, rosterSize: evidence.employees.count)
        var hours = weeklyHours ? WeeklyHourTotals(names: evidence.employees) : nil
        var notes = judge(&evidence, rows: rows, batching: batching, overview: overview, packs: packs, asOf: asOf, region: region,
                          products: products, language: language, weeklyHours: &hours, findings: findings.add)
        let list = findings.finish()
        if let lost = findings.lost {
            notes.append(PipelineNote.findingsLost(language, ["count": "\(lost.count)", "reason": lost.reason, "directory": directory.path]))
        }
        var report = AuditReport(input: input, asOf: asOf, ruleset: packs.map(\.pack).joined(separator: ","),
                                 documents: collected.records.map { $0.listed(in: language) }, findings: list)
        report.notes = notes.isEmpty ? nil : notes
        return CheckResult(report: report, evidence: evidence, weeklyHours: hours ?? WeeklyHourTotals(), pdfs: pdfs)
    }

    /// An empty store for the check's PDF entries in the temporary directory; nil, said in the
    /// log, when its folder cannot be made: the check goes on, and its HTML report lists the
    /// evidence as text.
    private func makePDFStore() -> PDFEntryStore? {
        do {
            return try PDFEntryStore(in: configuration.temporaryDirectory, logger: logger)
        } catch {
            logger.warning("page images left out: the PDFs cannot be kept for them", metadata: ["reason": "\(error)"])
            return nil
        }
    }

    /// Reads every entry of `input` through the document stages, in archive order; time entries
    /// and pay lines go to `rows`, PDF entries to `pdfs` when there is one, the rest of the
    /// evidence stays in the result.
    ///
    /// Intake walks the input on the calling thread (libarchive and the decompressors are
    /// synchronous), handing each entry to the stage only when it asks (`HandOff`); the stage's
    /// tasks run on an executor of their own (`CheckExecutor`), and the calling thread waits for
    /// their end.
    private func read(_ input: String, rows: WorkerRows, pdfs: PDFEntryStore?, language: ReportLanguage,
                      progress: (PipelineProgress) -> Void) throws -> CollectedDocuments {
        let stage = DocumentStage(reader: makeReadingService(), workers: configuration.workers)
        let order = ArchiveOrder(CollectedDocuments(rows: rows, language: language), window: stage.window)
        let entries = HandOff<DocumentStage.Entry>()
        let executor = CheckExecutor(name: "auditready.documents")
        let ownsReader = sharedReader == nil
        let reading = Task(executorPreference: executor) {
            await stage.read(entries, into: order)
            // Its workers end before the check does; a shared reader is closed by its owner.
            if ownsReader { await stage.reader.close() }
            return await order.result()
        }
        do {
            try walkIntake(input, into: entries, pdfs: pdfs, order: order, progress: progress)
        } catch {
            entries.finish()
            _ = executor.value(of: reading)
            throw error
        }
        entries.finish()
        let (collected, cached) = executor.value(of: reading)
        if configuration.cache != nil {
            logger.info("\(cached) of \(collected.records.count) archive entries were read from the result cache")
        }
        return collected
    }

    /// Walks `input` with intake, handing each entry to `entries`, and to `pdfs` (which keeps the
    /// PDFs) when there is one; an entry whose bytes are those of an earlier one goes as a copy.
    /// `order` tells the progress.
    private func walkIntake(_ input: String, into entries: HandOff<DocumentStage.Entry>, pdfs: PDFEntryStore?,
                            order: ArchiveOrder<CollectedDocuments>, progress: (PipelineProgress) -> Void) throws {
        // The first path of each content read: an identical copy is listed, not read again.
        var firstPaths: [String: String] = [:]
        try EvidenceIntake(configuration: configuration.intake, logger: logger).walk(input) { item in
            progress(PipelineProgress(documentsDone: order.finishedCount, currentPath: item.path))
            switch item {
            case let .refused(path, status, reason):
                logger.info("entry not read", metadata: ["path": "\(path)", "reason": "\(reason.en)"])
                entries.send(.refused(path: path, status: status, reason: reason))
            case let .file(path, bytes):
                let digest = DocumentProcessor.sha256(bytes)
                pdfs?.keep(bytes, path: path, sha256: digest)
                if let original = firstPaths[digest] {
                    logger.info("entry is a copy of an earlier one", metadata: ["path": "\(path)", "original": "\(original)"])
                    entries.send(.copy(path: path, sha256: digest, of: original))
                } else {
                    firstPaths[digest] = path
                    entries.send(.file(path: path, bytes: bytes, sha256: digest))
                }
            }
        }
    }

    /// One batch when the time entries and pay lines stayed in memory, else batches of about
    /// `configuration.workerRowsInMemory` rows.
    private func batching(_ rows: WorkerRows) -> WorkerBatching {
        guard rows.timeEntries.isSpilled || rows.payLines.isSpilled else { return WorkerBatching(count: 1) }
        return WorkerBatching(entryCount: max(rows.timeEntries.count, rows.payLines.count), entriesPerBatch: configuration.workerRowsInMemory)
    }

    /// Links names to the roster, makes one record of what several documents give alike
    /// (`RecordReconciler`), and runs the rules: over all of `evidence` with its time entries and
    /// pay lines when they stayed in memory (they are put into `evidence`), else batch by batch of
    /// workers from disk. Hands the findings to `findings` group by group, each in report order,
    /// and adds the time entries judged to `weeklyHours` when there is one; returns the notes.
    private func judge(_ evidence: inout EvidenceModel, rows: WorkerRows, batching: WorkerBatching, overview: InputOverview,
                       packs: [RulePack], asOf: CivilDate, region: String?, products: [String], language: ReportLanguage,
                       weeklyHours: inout WeeklyHourTotals?, findings: ([Finding]) -> Void) -> [String] {
        let linker = RosterNameLinker(evidence.employees)
        // Summaries stay with the roster, not with the batched rows: linked here, before batching.
        for index in evidence.attendanceSummaries.indices { linker.link(&evidence.attendanceSummaries[index]) }
        let reference = packs.lazy.compactMap(\.reference).first ?? ReferenceData()
        let engine = RuleEngine(packs: packs, language: language)
        let timeEntries = rows.timeEntries.batches(batching) { linker.link(&$0) }
        let payLines = rows.payLines.batches(batching) { linker.link(&$0) }
        let directory = configuration.temporaryDirectory.path
        var notes: [String] = []
        let reconciler = RecordReconciler()
        var conflicts = RecordConflictReport(language: language)
        let summaries = reconciler.reconcile(summaries: evidence.attendanceSummaries)
        evidence.attendanceSummaries = summaries.summaries
        conflicts.add(summaries.conflicts)
        let copies = CopyCitations()
        func cite(_ group: [Finding]) { findings(copies.cite(group)) }
        /// The notes with those of rules without texts in `language` and of rows that could not be
        /// read back first, and those of the records that documents give differently, whose findings come last.
        func withConflicts(_ notes: [String]) -> [String] {
            let outcome = conflicts.outcome()
            findings(outcome.findings)
            var seen: Set<String> = []
            var first = Self.untranslated(packs, language: language)
            for (note, lost) in [rows.timeEntries.lost.map { (PipelineNote.timeEntriesLost, $0) }, rows.payLines.lost.map { (PipelineNote.payLinesLost, $0) }]
                .compactMap({ $0 }) {
                first.append(note(language, ["count": "\(lost.count)", "reason": lost.reason, "directory": directory]))
            }
            return (first + notes + outcome.notes).filter { seen.insert($0).inserted }
        }
        guard batching.count > 1 else {
            var entries: [TimeEntry] = [], lines: [PayLine] = []
            do {
                entries = try timeEntries.take(0)
                lines = try payLines.take(0)
            } catch {
                notes.append(PipelineNote.batchLost(language, ["error": "\(error)", "directory": directory]))
            }
            let reconciled = reconciler.reconcile(timeEntries: entries, payLines: lines)
            let versions = reconciled.versions
            conflicts.add(reconciled.conflicts)
            copies.current = reconciled.copies
            evidence.timeEntries = versions[0].timeEntries
            evidence.payLines = versions[0].payLines
            weeklyHours?.add(versions[0].timeEntries)
            guard versions.count > 1 else {
                let outcome = engine.outcome(RuleContext(evidence: evidence, asOf: asOf, region: region, products: products, reference: reference))
                cite(outcome.findings)
                return withConflicts(notes + outcome.notes)
            }
            var whole = evidence
            whole.timeEntries = []
            whole.payLines = []
            let contexts = versions.map { version in
                var part = whole
                part.timeEntries = version.timeEntries
                part.payLines = version.payLines
                return RuleContext(evidence: part, asOf: asOf, region: region, products: products, reference: reference, overview: overview)
            }
            let wholeContext = RuleContext(evidence: whole, asOf: asOf, region: region, products: products, reference: reference, overview: overview)
            return withConflicts(notes + engine.judge(whole: wholeContext, versionedBatches: [contexts], findings: cite))
        }
        logger.info("workers are judged in batches", metadata: ["batches": "\(batching.count)", "time entries": "\(rows.timeEntries.count)",
                                                                "pay lines": "\(rows.payLines.count)"])
        let whole = RuleContext(evidence: evidence, asOf: asOf, region: region, products: products, reference: reference, overview: overview)
        let split = batching.parts(of: evidence)
        // The batches are made as the engine walks them: their hours are added to a copy, kept after.
        var hours = weeklyHours
        defer { weeklyHours = hours }
        let contexts = (0..<batching.count).lazy.compactMap { index -> [RuleContext]? in
            do {
                let reconciled = reconciler.reconcile(timeEntries: try timeEntries.take(index), payLines: try payLines.take(index))
                conflicts.add(reconciled.conflicts)
                copies.current = reconciled.copies
                hours?.add(reconciled.versions.first?.timeEntries ?? [])
                return reconciled.versions.map { version in
                    let part = split.evidence(of: index, timeEntries: version.timeEntries, payLines: version.payLines)
                    return RuleContext(evidence: part, asOf: asOf, region: region, products: products, reference: reference, overview: overview)
                }
            } catch {
                notes.append(PipelineNote.batchesLost(language, ["error": "\(error)", "directory": directory]))
                return nil
            }
        }
        let ruleNotes = engine.judge(whole: whole, versionedBatches: contexts, findings: cite)
        return withConflicts(notes + ruleNotes)
    }
}

extension AuditPipeline {
    /// A note for each rule that has no texts in `language`, whose clause and action the report
    /// gives in English.
    static func untranslated(_ packs: [RulePack], language: ReportLanguage) -> [String] {
        guard language == .zh else { return [] }
        let rules = packs.flatMap { pack in pack.rules.filter { $0.zh == nil && ($0.enabled ?? true) }.map { "\(pack.pack)/\($0.id)" } }
        guard !rules.isEmpty else { return [] }
        return ["以下规则的规则包中没有中文文本，其依据条款和整改措施以英文显示：\(rules.joined(separator: "、"))。"
                + " (These rules have no Chinese texts in their pack; their clauses and actions are in English.)"]
    }
}

/// Adds to each finding's evidence the other places where a value it cites was read: the copies
/// of the batch of workers being judged (see `RecordReconciliation.copies`).
private final class CopyCitations {
    var current: [Evidence: [Evidence]] = [:]

    func cite(_ findings: [Finding]) -> [Finding] {
        guard !current.isEmpty else { return findings }
        return findings.map { finding in
            var finding = finding
            finding.evidence = finding.evidence.flatMap { [$0] + (current[$0] ?? []) }
            return finding
        }
    }
}

/// A check's report together with what it judged: the evidence (time entries and pay lines only
/// from `run`, which holds them all), each worker's weekly hours (from `run` and
/// `checkWithWeeklyHours`), and the PDF entries kept for the page crops of its HTML report.
public struct CheckResult: Sendable {
    public var report: AuditReport
    public var evidence: EvidenceModel
    public var weeklyHours: WeeklyHourTotals
    /// The PDF entries intake handed on, kept on disk during the check's one walk of the input
    /// (`PipelineConfiguration.keepsPDFsForPageImages`); nil when none were kept. Removed from
    /// disk once the last copy of this result is released.
    public var pdfs: PDFEntryStore?

    public init(report: AuditReport, evidence: EvidenceModel, weeklyHours: WeeklyHourTotals = WeeklyHourTotals(),
                pdfs: PDFEntryStore? = nil) {
        self.report = report
        self.evidence = evidence
        self.weeklyHours = weeklyHours
        self.pdfs = pdfs
    }
}

extension AuditPipeline {
    /// Extracts every document of `input` (no classification, no rules), for `auditready extract`.
    public func extract(_ input: String, visit: (String, ExtractionOutcome) -> Void) throws {
        let router = makeProcessor().router
        try EvidenceIntake(configuration: configuration.intake, logger: logger).walk(input) { item in
            switch item {
            case let .file(path, bytes):
                visit(path, router.extract(ExtractionInput(path: path, bytes: bytes)))
            case let .refused(path, status, reason):
                visit(path, ExtractionOutcome(status: status, reason: reason))
            }
        }
    }

    /// Worker processes when the configuration asks for them, else this process's own processor.
    func makeReadingService() -> any DocumentReadingService {
        if let sharedReader { return sharedReader }
        guard let workers = configuration.documentWorkers else { return InProcessReading(processor: makeProcessor()) }
        return DocumentWorkerPool(configuration: workers, maxProcesses: configuration.workers,
                                  temporaryDirectory: configuration.temporaryDirectory, logger: logger)
    }

    func makeProcessor() -> DocumentProcessor {
        DocumentProcessor(router: ExtractionRouter(extractors: configuration.extractors, pageCompleter: configuration.pageCompleter),
                          cache: configuration.cache, cacheSalt: configuration.cacheSalt,
                          reader: EvidenceReader(configuration: configuration.evidence), rowsPerPart: configuration.rowsPerDocumentPart)
    }

    /// Reads every document of `input` without judging it, for `auditready inspect`.
    public func inspect(_ input: String, visit: (DocumentInspection) -> Void) throws {
        let processor = makeProcessor()
        try EvidenceIntake(configuration: configuration.intake, logger: logger).walk(input) { item in
            switch item {
            case let .file(path, bytes):
                visit(processor.inspect(path: path, bytes: bytes))
            case let .refused(path, status, reason):
                visit(DocumentInspection(record: DocumentRecord(path: path, status: status, reasonText: reason), tables: [], evidence: EvidenceModel(), lines: []))
            }
        }
    }
}

/// The `intake` findings: entries refused or unreadable, and values that could not be read.
///
/// Their messages, actions and the reasons they quote (a document's `reason`, what a reader did
/// not find) are in the check's language.
enum IntakeFindings {
    static let ruleRejected = "auditready/entry-rejected"
    static let ruleUnreadable = "auditready/entry-unreadable"
    static let ruleValues = "auditready/values-unreadable"
    static let ruleRows = "auditready/rows-unread"
    /// Every intake rule with the phrases of its message and corrective action.
    static let phrases: [(rule: String, message: FindingPhrase, action: FindingPhrase)] = [
        (ruleRejected, .entryRejected, .entryRejectedAction), (ruleUnreadable, .entryUnreadable, .entryUnreadableAction),
        (ruleValues, .valuesUnreadable, .valuesUnreadableAction), (ruleRows, .rowsUnread, .rowsUnreadAction),
        (FindingStore.ruleUnreadable, .findingUnreadable, .findingUnreadableAction),
        (RecordConflictReport.rule, .recordsDisagree, .recordsDisagreeAction),
    ]

    static func rejected(_ record: DocumentRecord, language: ReportLanguage = .en) -> Finding {
        Finding(rule: ruleRejected, category: .intake, severity: .warning,
                message: FindingPhrase.entryRejected(language, ["path": record.path, "reason": record.reason(in: language) ?? ""]),
                evidence: [Evidence(path: record.path)], action: FindingPhrase.entryRejectedAction(language))
    }

    static func unreadable(_ record: DocumentRecord, language: ReportLanguage = .en) -> Finding {
        Finding(rule: ruleUnreadable, category: .intake, severity: .warning,
                message: FindingPhrase.entryUnreadable(language, ["path": record.path, "reason": record.reason(in: language) ?? ""]),
                evidence: [Evidence(path: record.path)], action: FindingPhrase.entryUnreadableAction(language))
    }

    /// A roster, timesheet or payroll that gave fewer rows than it visibly holds, with what the
    /// reader did not find ("read 0 of 75 rows of this timesheet: …").
    static func rowsUnread(_ record: DocumentRecord, _ shortfall: ReasonText, language: ReportLanguage = .en) -> Finding {
        Finding(rule: ruleRows, category: .intake, severity: .warning,
                message: FindingPhrase.rowsUnread(language, ["path": record.path, "shortfall": shortfall(language)]),
                evidence: [Evidence(path: record.path, text: shortfall(language))],
                action: FindingPhrase.rowsUnreadAction(language))
    }

    /// One finding per document listing the values in it that could not be read.
    static func unreadableValues(_ problems: [ReadProblem], language: ReportLanguage = .en) -> [Finding] {
        let byPath = Dictionary(grouping: problems, by: \.evidence.path)
        return byPath.keys.sorted().map { path in
            let list = byPath[path]!
            let first = list[0].reason(in: language)
            return Finding(rule: ruleValues, category: .intake, severity: .warning,
                           message: FindingPhrase.valuesUnreadable(language, ["values": FindingCount.value(list.count, language), "path": path,
                                                                              "first": first]),
                           evidence: list.map { problem in
                               var evidence = problem.evidence
                               evidence.text = "\(problem.evidence.text ?? ""): \(problem.reason(in: language))"
                               return evidence
                           },
                           action: FindingPhrase.valuesUnreadableAction(language))
        }
    }
}
