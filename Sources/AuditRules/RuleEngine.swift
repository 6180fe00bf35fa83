import AuditCore
import AuditEvidence

/// Runs every enabled rule of the given packs over the evidence and orders the findings.
public struct RuleEngine: Sendable {
    public var packs: [RulePack]

    public init(packs: [RulePack]) {
        self.packs = packs
    }

    public func evaluate(_ context: RuleContext) -> [Finding] {
        outcome(context).findings
    }

    /// The findings, and the notes of checks that could not run fully.
    public func outcome(_ context: RuleContext) -> (findings: [Finding], notes: [String]) {
        var findings: [Finding] = []
        var notes: [String] = []
        for pack in packs {
            for definition in pack.rules where definition.enabled ?? true {
                guard let check = CheckRegistry.check(named: definition.check) else { continue }
                let rule = BoundRule(pack: pack.pack, definition: definition)
                findings += check.evaluate(rule, in: context)
                notes += check.notes(rule, in: context)
            }
        }
        var seen: Set<String> = []
        return (findings.sorted(by: Finding.reportOrder), notes.filter { seen.insert($0).inserted })
    }
}

extension Finding {
    /// Errors first, then by rule, worker and period, so reports are stable run to run.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        return (a.rule, a.employeeId ?? "", a.period ?? "", a.documentType?.rawValue ?? "", a.message)
            < (b.rule, b.employeeId ?? "", b.period ?? "", b.documentType?.rawValue ?? "", b.message)
    }
}
