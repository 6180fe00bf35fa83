import AuditCore
import AuditFields
import AuditLayout

/// Decides a document's type from its content: the layout of a raw punch log, the columns of its
/// tables, then the words of its title and body. File names are never consulted, and the same
/// content always gets the same type: ties are settled by `KeywordScorer.tieOrder`, never by hashing.
public struct DocumentClassifier: Sendable {
    public init() {}

    /// The type of the document of `layout`, given the tables already found in it.
    public func classify(_ layout: DocumentLayout, tables: [DetectedTable]) -> DocumentType {
        // A time clock's raw punch log has neither header nor title: its lines are its signature.
        if PunchLogLayout.recognizes(layout.document) { return .timesheet }
        // So has an attendance app's matrix of punch times: people by days, under a period.
        if PunchMatrixLayout.recognizes(layout.document) { return .timesheet }
        let rows = layout.openingRows
        let title = rows.prefix(6).map { $0.map(\.text).joined(separator: " ") }.joined(separator: " ")
        let body = rows.map { $0.map(\.text).joined(separator: " ") }.joined(separator: " ")
        let scores = KeywordScorer.scores(title: TextNormalizer.fold(title).lowercased(),
                                          body: TextNormalizer.fold(body).lowercased())
        if let tableType = tables.lazy.compactMap(Self.type(ofTable:)).first {
            // A social-insurance list is a table of workers too; its title tells it apart.
            if tableType == .roster, (scores[.socialInsurance] ?? 0) > (scores[.roster] ?? 0) {
                return .socialInsurance
            }
            return tableType
        }
        return KeywordScorer.winner(of: scores) ?? .unknown
    }

    /// The record type a table holds, judged from the fields its header names.
    static func type(ofTable table: DetectedTable) -> DocumentType? {
        if table.isDayGrid { return .timesheet }
        let fields = Set(table.fields)
        let pay: Set<CanonicalField> = [.net, .gross, .baseWage, .otPay, .deductions]
        let time: Set<CanonicalField> = [.clockIn, .clockOut, .punches, .regularHours, .otHours, .totalHours]
        let person: Set<CanonicalField> = [.hireDate, .dob, .nationalId, .leaveDate, .sex]
        let worker = fields.contains(.employeeId) || fields.contains(.name)
        if worker, fields.intersection(pay).count >= 2 { return .payroll }
        if fields.contains(.date), !fields.isDisjoint(with: time) { return .timesheet }
        if worker, fields.intersection(person).count >= 1, fields.intersection(pay).isEmpty { return .roster }
        return nil
    }
}
