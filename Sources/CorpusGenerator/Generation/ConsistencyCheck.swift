import AuditCore

/// A generated factory that contradicts itself or its profile: a bug in the generator.
struct GenerationError: Error, CustomStringConvertible {
    var description: String
}

/// Checks a factory before it is written, so no archive ships with a broken promise.
enum ConsistencyCheck {
    /// Fails unless every identifier validates, each resident ID agrees with the roster's birth
    /// date and sex, a clean factory has no finding, and every planted kind shows up in the truth.
    static func verify(_ factory: Factory, findings: [TruthFinding], planted: [ViolationKind],
                       profile: Profile) throws {
        guard SocialCreditCode.isValid(factory.company.socialCreditCode) else {
            throw GenerationError(description: "invalid USCC \(factory.company.socialCreditCode)")
        }
        for employee in factory.employees {
            let id = Array(employee.nationalID)
            let birthDigits = employee.birthDate.description.filter { $0 != "-" }
            let sexDigit = id.count == 18 ? id[16].wholeNumberValue ?? 0 : 0
            guard ResidentID.isValid(employee.nationalID), String(id[6..<14]) == birthDigits,
                  (sexDigit % 2 == 1) == (employee.sex == .male) else {
                throw GenerationError(description: "resident ID \(employee.nationalID) of \(employee.id) "
                                      + "disagrees with birth date \(employee.birthDate) or sex \(employee.sex)")
            }
        }
        switch profile {
        case .clean:
            guard findings.isEmpty else {
                throw GenerationError(description: "seed \(factory.seed) clean profile has findings: "
                                      + findings.map { "\($0.rule.name) \($0.employeeId ?? "") \($0.period ?? "")" }
                                          .joined(separator: ", "))
            }
        case .violations:
            let reported = Set(findings.map(\.rule))
            let missing = planted.filter { !reported.contains($0.rule) }
            guard !planted.isEmpty else {
                throw GenerationError(description: "seed \(factory.seed): the violations profile planted nothing")
            }
            guard missing.isEmpty else {
                throw GenerationError(description: "seed \(factory.seed): planted \(missing) not found by the oracle")
            }
        }
    }
}
