import ArgumentParser

/// `samples`: the small fixed sample set committed under `Corpus/samples`.
struct SamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samples",
        abstract: "Write the fixed sample archives and check they cover every rule.")

    /// The committed samples: one clean archive and four that together breach every rule of
    /// every pack. Their seeds (2, 7, 4, 9) fall in the four seed classes of the violation plan;
    /// seed 2 leaves out the fire certificate and seed 7 the roster. Two more draw their layout
    /// from the variant space: seed 44 bilingual file names with workbooks for attendance and
    /// payroll, seed 42 other date formats with CSV attendance and PDF payroll registers.
    static let samples: [(name: String, seed: UInt64, profile: Profile, format: OutputFormat, nested: Bool, varied: Bool)] = [
        ("clean-zip", 1, .clean, .zip, false, false),
        ("violations-zip", 2, .violations, .zip, false, false),
        ("violations-targz", 7, .violations, .tarGz, false, false),
        ("violations-nested", 4, .violations, .zip, true, false),
        ("violations-wages-zip", 9, .violations, .zip, false, false),
        ("varied-bilingual-zip", 44, .violations, .zip, false, true),
        ("varied-formats-zip", 42, .violations, .zip, false, true),
    ]

    /// Each sample stays small enough to commit.
    static let sizeLimit = 300 * 1024

    @Option(help: "The folder to write the samples to.")
    var out: String

    /// Writes every sample, then fails unless each is small and the violation samples breach
    /// every rule of every pack.
    func run() throws {
        ProcessSetup.prepare()
        var rulesFound = Set<TruthRule>()
        for sample in Self.samples {
            let result = try ArchiveGenerator.generate(GenerationRequest(
                seed: sample.seed, profile: sample.profile, format: sample.format, outputDirectory: out,
                name: sample.name, nestsPayroll: sample.nested, varied: sample.varied))
            print(GenerationSummary.line(result))
            guard result.archiveSize < Self.sizeLimit else {
                throw ValidationError("\(sample.name) is \(result.archiveSize) bytes, over \(Self.sizeLimit)")
            }
            if sample.profile == .violations {
                for truth in result.truths.values { rulesFound.formUnion(truth.findings.map(\.rule)) }
            }
        }
        let missing = RulePack.allCases.flatMap { pack in pack.rules.map { TruthRule(pack: pack, id: $0) } }
            .filter { !rulesFound.contains($0) }
        guard missing.isEmpty else {
            throw ValidationError("the violation samples never breach: " + missing.map(\.rawValue).joined(separator: ", "))
        }
        print("every rule of every pack is breached at least once across the violation samples")
    }
}
