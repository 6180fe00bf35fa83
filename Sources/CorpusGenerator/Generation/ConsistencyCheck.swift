import AuditCore

/// A generated factory that contradicts itself or its profile: a bug in the generator.
struct GenerationError: Error, CustomStringConvertible {
    var description: String
}

/// Checks a factory before it is written, so no archive ships with a broken promise.
enum ConsistencyCheck {
    /// Fails unless the identifiers validate except where the oracle reports them, a clean
    /// factory has no finding under any pack, and every planted kind and certificate variant
    /// shows up in the truth.
    static func verify(_ factory: Factory, findings: [RulePack: [TruthFinding]], planted: [ViolationKind],
                       profile: Profile) throws {
        let china = findings[.chinaLaborLaw] ?? []
        let codeReported = china.contains { $0.rule.id == .creditCode }
        guard SocialCreditCode.isValid(factory.company.socialCreditCode) != codeReported else {
            throw GenerationError(description: "seed \(factory.seed): USCC \(factory.company.socialCreditCode) "
                                  + "validity disagrees with the truth")
        }
        if let roster = factory.roster {
            let reported = Set(china.filter { $0.rule.id == .residentID }.compactMap(\.employeeId))
            let inconsistent = Set(roster.filter {
                !ResidentID.agrees($0.nationalID, birthDate: $0.birthDate, sex: $0.sex)
            }.map(\.id))
            guard reported == inconsistent else {
                throw GenerationError(description: "seed \(factory.seed): resident IDs inconsistent with the roster "
                                      + "\(inconsistent.sorted()), reported \(reported.sorted())")
            }
        }
        switch profile {
        case .clean:
            for pack in RulePack.allCases {
                guard let found = findings[pack], !found.isEmpty else { continue }
                throw GenerationError(description: "seed \(factory.seed) clean profile has \(pack.rawValue) findings: "
                                      + found.map { "\($0.rule.name) \($0.employeeId ?? $0.documentType?.rawValue ?? "") \($0.period ?? "")" }
                                          .joined(separator: ", "))
            }
        case .violations:
            let reported = Set(findings.values.flatMap { $0.map(\.rule) })
            let missing = planted.filter { !reported.contains($0.rule) }
            guard !planted.isEmpty else {
                throw GenerationError(description: "seed \(factory.seed): the violations profile planted nothing")
            }
            guard missing.isEmpty else {
                throw GenerationError(description: "seed \(factory.seed): planted \(missing) not found by the oracle")
            }
            let chinaRules = Set(china.map(\.rule.id))
            let unreported = factory.certificateVariants.filter { !$0.rules.contains(where: chinaRules.contains) }
            guard unreported.isEmpty else {
                throw GenerationError(description: "seed \(factory.seed): certificate variant \(unreported.map(\.rawValue)) not found by the oracle")
            }
        }
    }
}
