import AuditCore
import AuditEvidence
import AuditRules

/// Where a check keeps its time entries and pay lines while the documents are read.
struct WorkerRows: Sendable {
    var timeEntries: WorkerRowStore<TimeEntry>
    var payLines: WorkerRowStore<PayLine>
}

/// The documents' results gathered as the stage delivers them, one at a time, in archive order
/// (see `ArchiveOrder`).
struct CollectedDocuments: DocumentOutcomeSink {
    var records: [DocumentRecord] = []
    /// The evidence but for the time entries and pay lines, which go to `rows`.
    var evidence = EvidenceModel()
    var findings: [Finding] = []
    let rows: WorkerRows
    /// The language of the intake findings.
    let language: ReportLanguage
    /// What the time entries and pay lines cover, noted as they pass.
    var timesheets = TimesheetCoverage()
    var payroll = PayrollCoverage()
    /// The type of each document read, by path, for its copies.
    private var types: [String: DocumentType] = [:]

    init(rows: WorkerRows, language: ReportLanguage) {
        self.rows = rows
        self.language = language
    }

    mutating func add(_ outcome: DocumentStage.Outcome) {
        switch outcome {
        case let .part(contribution):
            add(contribution)
        case let .read(record, contribution, rowShortfall):
            records.append(record)
            types[record.path] = record.type
            add(contribution)
            if record.status == .unreadable { findings.append(IntakeFindings.unreadable(record, language: language)) }
            if let rowShortfall { findings.append(IntakeFindings.rowsUnread(record, rowShortfall, language: language)) }
        case let .refused(record):
            records.append(record)
            findings.append(record.status == .rejected ? IntakeFindings.rejected(record, language: language)
                                : IntakeFindings.unreadable(record, language: language))
        case .copy(var record, let original):
            record.type = types[original] ?? .unknown
            records.append(record)
        }
    }

    /// Files a document's time entries and pay lines with `rows` and keeps the rest of its evidence.
    private mutating func add(_ contribution: EvidenceModel) {
        var contribution = contribution
        for entry in contribution.timeEntries { timesheets.add(entry.date.value) }
        for line in contribution.payLines { payroll.add(line) }
        rows.timeEntries.append(contribution.timeEntries)
        rows.payLines.append(contribution.payLines)
        contribution.timeEntries = []
        contribution.payLines = []
        evidence.merge(contribution)
    }
}
