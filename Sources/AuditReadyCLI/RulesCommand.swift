import ArgumentParser
import AuditRules
import Foundation

/// `auditready rules`: shows the rule packs and what each rule checks.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List and explain the rules in the rule packs.",
        subcommands: [List.self, Explain.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules of the packs.")

        @Option(help: "Packs to list, comma-separated; default all.")
        var ruleset: String?

        @Option(help: "Folder holding the rule packs.")
        var rules: String?

        func run() throws {
            let loader = RulePackLoader(directories: RulesLocation.directories(explicit: rules))
            let names = ruleset.map { $0.split(separator: ",").map(String.init) } ?? loader.availablePacks()
            for pack in try loader.load(names) {
                print("\(pack.pack): \(pack.title)")
                for rule in pack.rules {
                    let parameters = rule.parameters.keys.sorted().map { "\($0)=\(rule.parameters[$0]!)" }.joined(separator: " ")
                    print("  \(pack.pack)/\(rule.id)  [\(rule.category.rawValue), \(rule.severity.rawValue)]  \(parameters)")
                }
            }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain one rule: its check, parameters and clause.")

        @Argument(help: "The rule id, e.g. china-labor-law/daily-hours.")
        var ruleId: String

        @Option(help: "Folder holding the rule packs.")
        var rules: String?

        func run() throws {
            let parts = ruleId.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw UsageError(message: "a rule id is PACK/RULE, e.g. china-labor-law/daily-hours") }
            let loader = RulePackLoader(directories: RulesLocation.directories(explicit: rules))
            guard let pack = try loader.load([parts[0]]).first, let rule = pack.rules.first(where: { $0.id == parts[1] }) else {
                throw UsageError(message: "no rule \(ruleId)")
            }
            let check = CheckRegistry.check(named: rule.check)
            print("\(ruleId)  [\(rule.category.rawValue), \(rule.severity.rawValue)]")
            print("Why:     \(rule.rationale)")
            print("Clause:  \(rule.clause)")
            print("Action:  \(rule.action)")
            if let zh = rule.zh {
                print("理由:    \(zh.rationale)")
                print("依据:    \(zh.clause)")
                print("整改:    \(zh.action)")
            } else {
                print("中文:    (none: --lang zh reports this rule's clause and action in English)")
            }
            if let source = rule.source { print("Source:  \(source)") }
            print("Check:   \(rule.check)")
            for name in rule.parameters.keys.sorted() {
                print("  \(name) = \(rule.parameters[name]!)   \(check?.parameterHelp[name] ?? "")")
            }
            guard let check else { return }
            let reference = check.referenceSources(pack.reference ?? ReferenceData())
            if !reference.isEmpty { print("Reference data (Rules/reference):") }
            for line in reference { print("  \(line)") }
            let examples = check.examples(BoundRule(pack: pack.pack, definition: rule))
            for (title, list) in [("Triggers on", examples.triggering), ("Does not trigger on", examples.nonTriggering)] {
                for example in list {
                    print("\(title): \(example.summary)\(example.region.map { " (region \($0))" } ?? "")"
                          + (example.products.isEmpty ? "" : " (products \(example.products.joined(separator: ", ")))"))
                    for line in ExampleDescription.lines(of: example.evidence) { print("    \(line)") }
                }
            }
        }
    }
}
