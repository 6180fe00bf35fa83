import AuditCore

/// One baseline entry as written, before validation: its fields as text, and where it is.
struct RawBaselineEntry: Equatable {
    /// "entry 2" or "the entry on line 7", for messages.
    var location: String
    var fields: [String: String]
}

/// Turns raw entries into `BaselineEntry` values, refusing what would silently match the wrong
/// findings (an unknown field, an unqualified rule, a period in another shape).
enum BaselineEntryValidator {
    static let fieldNames = ["rule", "employeeId", "documentType", "period", "acceptedBy", "reason"]

    static func entry(_ raw: RawBaselineEntry) throws -> BaselineEntry {
        for key in raw.fields.keys.sorted() where !fieldNames.contains(key) {
            throw BaselineProblem(message: "\(raw.location) has an unknown field '\(key)'; the fields are \(fieldNames.joined(separator: ", "))")
        }
        func required(_ name: String, _ hint: String) throws -> String {
            guard let value = raw.fields[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                throw BaselineProblem(message: "\(raw.location) has no '\(name)' (\(hint))")
            }
            return value
        }
        let rule = try required("rule", "the rule id as the report writes it, e.g. china-labor-law/overtime-monthly")
        guard rule.contains("/") else {
            throw BaselineProblem(message: "\(raw.location): rule '\(rule)' has no pack; write it as the report does, e.g. china-labor-law/\(rule)")
        }
        let acceptedBy = try required("acceptedBy", "who accepted the finding")
        let reason = try required("reason", "why it is accepted")
        var documentType: DocumentType?
        if let text = raw.fields["documentType"] {
            guard let type = DocumentType(rawValue: text) else {
                let names = DocumentType.allCases.map(\.rawValue).joined(separator: ", ")
                throw BaselineProblem(message: "\(raw.location): documentType '\(text)' is not one of \(names)")
            }
            documentType = type
        }
        if let period = raw.fields["period"], !isPeriod(period) {
            throw BaselineProblem(message: "\(raw.location): period '\(period)' is not YYYY-MM, YYYY-MM-DD or YYYY-Www as the report writes it")
        }
        return BaselineEntry(rule: rule, employeeId: raw.fields["employeeId"], documentType: documentType,
                             period: raw.fields["period"], acceptedBy: acceptedBy, reason: reason)
    }

    /// `2026-05`, `2026-05-08` or `2026-W19`.
    static func isPeriod(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let digits = { (part: String, count: Int) in part.count == count && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) }
        guard parts.count >= 2, digits(parts[0], 4) else { return false }
        if parts.count == 2, parts[1].hasPrefix("W") { return digits(String(parts[1].dropFirst()), 2) }
        return digits(parts[1], 2) && (parts.count == 2 || (parts.count == 3 && digits(parts[2], 2)))
    }
}
