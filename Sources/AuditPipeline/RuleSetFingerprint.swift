import AuditRules
import Crypto
import Foundation

/// A digest of the rule packs a check runs: every rule with its parameters, and the reference
/// data (calendars, minimum wages) found with each pack.
enum RuleSetFingerprint {
    /// The digest, or nil when a pack cannot be encoded (the check then is not cached whole).
    static func digest(of packs: [RulePack]) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var hasher = SHA256()
        for pack in packs {
            guard let rules = try? encoder.encode(pack), let reference = try? encoder.encode(pack.reference) else { return nil }
            hasher.update(data: rules)
            hasher.update(data: reference)
            hasher.update(data: Data([0]))
        }
        return InputFingerprint.hex(hasher.finalize())
    }
}
