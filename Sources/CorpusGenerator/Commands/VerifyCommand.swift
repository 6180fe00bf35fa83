import ArgumentParser

/// `verify`: synthesises many seeds without writing anything, runs the oracle and the
/// self-checks on each, and checks that every few consecutive violation seeds cover every rule
/// (the certificate variants' and the summary's rules, planted in fewer archives: the whole range).
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Self-check the generator on a range of seeds (nothing is written).")

    @Option(help: "The first seed.")
    var from: UInt64 = 1

    @Option(help: "The last seed.")
    var to: UInt64 = 200

    @Option(help: "The window of consecutive violation seeds that must cover every rule.")
    var window: Int = 4

    @Flag(help: "Print each violation seed's planted kinds, certificate variant, omitted documents and finding counts.")
    var list = false

    /// Fails on the first inconsistent seed or an uncovered window; prints rule frequencies.
    func run() throws {
        ProcessSetup.prepare()
        var failures: [String] = []
        var perSeed: [(seed: UInt64, rules: Set<TruthRule>)] = []
        var frequency: [TruthRule: Int] = [:]
        for seed in from...to {
            for profile in Profile.allCases {
                do {
                    let (factory, findings, planted) = try ArchiveGenerator.synthesize(seed: seed, profile: profile)
                    guard profile == .violations else { continue }
                    if list {
                        let counts = RulePack.allCases.map { "\(findings[$0]?.count ?? 0)" }.joined(separator: "/")
                        print("seed \(seed) [\(counts)] omitted \(factory.omitted.map(\.rawValue).sorted()) "
                              + "planted \(planted.map(\.description).joined(separator: ","))"
                              + (factory.certificateVariants.isEmpty ? ""
                                 : " certificate " + factory.certificateVariants.map(\.rawValue).joined(separator: ",")))
                    }
                    let rules = Set(findings.values.flatMap { $0.map(\.rule) })
                    perSeed.append((seed, rules))
                    for rule in rules { frequency[rule, default: 0] += 1 }
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        let all = Set(RulePack.allCases.flatMap { pack in pack.rules.map { TruthRule(pack: pack, id: $0) } })
        // The certificate variants' rules (the certificate category and audit-report-age) are
        // planted in about a twelfth of the violation archives each, and a summary's double book
        // in a fifth: the whole range must breach them, not every window.
        let occasional = all.filter { $0.category == .certificate || $0.id == .auditReportAge || $0.id == .summaryBelowPunches }
        var uncovered: [String] = []
        let neverBreached = occasional.subtracting(Set(perSeed.flatMap(\.rules)))
        if !neverBreached.isEmpty {
            uncovered.append("seeds \(from)-\(to) miss " + neverBreached.map(\.rawValue).sorted().joined(separator: ", "))
        }
        if perSeed.count >= window {
            for start in 0...(perSeed.count - window) {
                let covered = perSeed[start..<(start + window)].reduce(into: Set<TruthRule>()) { $0.formUnion($1.rules) }
                let missing = all.subtracting(occasional).subtracting(covered)
                if !missing.isEmpty {
                    uncovered.append("seeds \(perSeed[start].seed)-\(perSeed[start + window - 1].seed) miss "
                                     + missing.map(\.rawValue).sorted().joined(separator: ", "))
                }
            }
        }
        for rule in all.sorted() {
            print("\(rule.rawValue): \(frequency[rule] ?? 0) of \(perSeed.count) violation archives")
        }
        for line in failures + uncovered { print("FAIL " + line) }
        guard failures.isEmpty && uncovered.isEmpty else {
            throw ValidationError("\(failures.count) inconsistent seeds, \(uncovered.count) uncovered windows")
        }
        print("seeds \(from)-\(to): every archive consistent, every \(window) consecutive violation seeds cover every rule "
              + "but the certificate variants' and the summary's rules, which the range covers")
    }
}
