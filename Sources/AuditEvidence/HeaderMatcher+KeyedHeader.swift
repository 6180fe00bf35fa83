import AuditFields
import AuditLayout
import Foundation

extension HeaderMatcher {
    /// Fields that name what a worker is paid or has deducted.
    static let payFields: Set<CanonicalField> = [
        .baseWage, .positionWage, .pieceWage, .otPay, .allowances, .gross, .deductions, .deductionItem, .fines, .net,
    ]

    /// The fewest distinct known fields that make a keyed header.
    static let minimumKeyedFields = 5

    /// True when a row is the header of a wide pay record, though most of its cells are names
    /// the reader does not know: a payroll made in WPS or Excel carries columns of its own
    /// (`工龄`, `生日经费`, `备注`) beside the ones that matter.
    ///
    /// Such a row names a worker column (ID or name), at least two pay columns and at least
    /// `minimumKeyedFields` distinct known fields in all, and none of its cells is a value (a
    /// number, date or amount): a payslip line that prints each label beside its value is no header.
    static func isKeyedHeader(texts: [String], fields: [CanonicalField?]) -> Bool {
        let known = Set(fields.compactMap { $0 })
        guard known.contains(.employeeId) || known.contains(.name),
              known.count >= minimumKeyedFields, known.intersection(payFields).count >= 2 else { return false }
        return !texts.contains { isValue($0) }
    }

    /// True for a filled cell no header looks like: a number, date, time or amount.
    static func isValue(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && !HeaderLookup.couldBeHeader(trimmed)
    }
}
