import AuditCore
import Foundation

/// An upload's check options: `ruleset`, `asOf`, `region`.
struct CheckOptions {
    var ruleset: [String]
    var asOf: CivilDate
    var region: String?

    /// Reads the options from the upload's text fields; throws `CheckInputError` naming the bad one.
    init(fields: [String: String], defaultRuleset: String) throws {
        let rules = fields["ruleset"].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? defaultRuleset
        ruleset = rules.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let text = fields["asOf"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let day = CivilDate(iso: text) else { throw CheckInputError("asOf takes a date as YYYY-MM-DD, not '\(text)'") }
            asOf = day
        } else {
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
            asOf = CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        }
        if let text = fields["region"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard text.count <= 64, !text.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) else {
                throw CheckInputError("region takes a region's name such as shenzhen, not '\(text.prefix(64))'")
            }
            region = text
        }
    }
}
