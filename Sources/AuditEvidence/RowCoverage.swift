import AuditCore

/// How much of a roster, timesheet or payroll its reading took in: the rows that look like data
/// against the rows read, and what the reader did not find where rows went unread.
///
/// A row looks like data when two or more of its cells hold different texts: below a recognised
/// header, or anywhere in the document when no header was recognised. Titles, signatures and notes
/// fill one cell, or one cell merged across the row that the workbook repeats in each, and are not counted.
public struct RowCoverage: Sendable, Hashable {
    /// Rows that look like data.
    public var rowsWithContent = 0
    /// Rows read into a record, or understood as a day without work.
    public var rowsRead = 0
    /// Rows left out with a problem of their own, reported with the document's unreadable values.
    public var rowsLeftOut = 0
    /// What the reader did not find where rows went unread, each once, in the order met.
    public private(set) var missing: [ReasonText] = []

    public init() {}

    /// Notes what the reader did not find ("no date column"), once however often it is met.
    public mutating func note(_ reason: ReasonText) {
        if !missing.contains(reason) { missing.append(reason) }
    }

    /// Notes `reason` filled with `values`, once however often it is met.
    public mutating func note(_ reason: ReadReason, _ values: [String: String] = [:]) {
        note(ReasonText(reason, values))
    }

    /// Counts records a reader takes in whole rather than row by row (the days of a punch log or
    /// punch record, the workers of an attendance summary): each is read, or left out with a
    /// problem of its own (a day with one punch, a line that is no punch, a summary without its period).
    public mutating func countRecords(read: Int, leftOut: Int) {
        rowsRead += read
        rowsLeftOut += leftOut
        rowsWithContent += read + leftOut
    }

    /// Rows that look like data and were neither read nor left out with a problem of their own.
    public var rowsUnaccounted: Int {
        max(0, rowsWithContent - rowsRead - rowsLeftOut)
    }

    /// Why a document read as `type` gave fewer rows than it holds ("read 0 of 75 rows of this
    /// timesheet: the day columns have no dates …"); nil when every row that looks like data was
    /// read or reported, or when `type` is not a record of workers.
    public func shortfall(of type: DocumentType) -> String? {
        shortfallInBothLanguages(of: type)?.en
    }

    /// `shortfall(of:)` in English and Chinese.
    public func shortfallInBothLanguages(of type: DocumentType) -> ReasonText? {
        guard let noun = Self.nouns[type] else { return nil }
        let nothingRead = rowsRead == 0 && rowsLeftOut == 0
        guard rowsUnaccounted > 0 || nothingRead else { return nil }
        let reasons = ReasonText.joined(missing.isEmpty ? [ReasonText(.layoutNotRecognised)] : missing)!
        let counted: ReadReason = switch (rowsWithContent, rowsLeftOut > 0) {
        case (0, _): .readNoRows
        case (1, false): .readOfOneRow
        case (1, true): .readOfOneRowLeftOut
        case (_, false): .readOfRows
        case (_, true): .readOfRowsLeftOut
        }
        let values = ["read": String(rowsRead), "count": String(rowsWithContent), "leftOut": String(rowsLeftOut)]
        return ReasonText(en: counted.text(.en, values.merging(["noun": noun.text.en, "reasons": reasons.en]) { $1 }),
                        zh: counted.text(.zh, values.merging(["noun": noun.text.zh, "reasons": reasons.zh]) { $1 }))
    }

    /// How the message names a document of each type read for rows.
    static let nouns: [DocumentType: ReadReason] = [.roster: .rosterNoun, .timesheet: .timesheetNoun, .payroll: .payrollNoun]

    /// Whether a row of cells looks like data: two or more cells hold different texts (a title
    /// merged across the row is one text however many cells repeat it).
    public static func looksLikeData(_ cells: some Sequence<Cell>) -> Bool {
        var first: String?
        for cell in cells where cell.text.contains(where: { !$0.isWhitespace }) {
            guard let seen = first else {
                first = cell.text
                continue
            }
            if cell.text != seen { return true }
        }
        return false
    }
}
