import ArgumentParser

/// `samples`: the small fixed sample set committed under `Corpus/samples`.
struct SamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samples",
        abstract: "Write the fixed sample archives and check they cover every rule.")

    /// The committed samples: one clean archive and seven that together breach every rule of
    /// every pack. Their seeds (2, 7, 4, 9) fall in the four seed classes of the violation plan;
    /// seed 2 leaves out the fire certificate and seed 7 the roster. Two more draw their layout
    /// from the variant space: seed 44 bilingual file names with workbooks for attendance and
    /// payroll, seed 42 other date formats with CSV attendance and PDF payroll registers.
    ///
    /// Each violation sample plants the certificate variants listed with it instead of its seed's
    /// own (`generate --certificate-variants` makes the same archive), so that the samples
    /// together breach every certificate and audit-report rule, which a seed's plan breaches one
    /// at a time in about half the archives.
    ///
    /// The seven first samples were committed before the generator drew time clocks' summaries
    /// and are written without one; `double-book-zip` (seed 22) carries the ZKTeco-style monthly
    /// summary its seed draws, whose line for one worker states 109.5 h where the punches show 170.
    static let samples: [Sample] = [
        Sample("clean-zip", seed: 1, profile: .clean),
        Sample("violations-zip", seed: 2),
        Sample("violations-targz", seed: 7, format: .tarGz, certificateVariants: [.withdrawnEdition, .longTerm, .otherAddress]),
        Sample("violations-nested", seed: 4, nested: true, certificateVariants: [.bsciAudit, .auditReportAsCertificate]),
        Sample("violations-wages-zip", seed: 9, certificateVariants: [.tradingCompany, .withdrawnBody]),
        Sample("varied-bilingual-zip", seed: 44, varied: true, certificateVariants: [.bsciAudit]),
        Sample("varied-formats-zip", seed: 42, varied: true, certificateVariants: [.narrowScope, .unknownBody]),
        Sample("double-book-zip", seed: 22, summary: true),
    ]

    /// One committed sample and how it is generated.
    struct Sample {
        var name: String
        var seed: UInt64
        var profile: Profile
        var format: OutputFormat
        var nested: Bool
        var varied: Bool
        /// The certificate variants planted instead of the seed's own (violations samples).
        var certificateVariants: [CertificateVariant]
        /// Whether the seed may draw a time clock's summary (`generate` draws it; `--no-summary` does not).
        var summary: Bool

        init(_ name: String, seed: UInt64, profile: Profile = .violations, format: OutputFormat = .zip, nested: Bool = false,
             varied: Bool = false, certificateVariants: [CertificateVariant] = [], summary: Bool = false) {
            (self.name, self.seed, self.profile, self.format) = (name, seed, profile, format)
            (self.nested, self.varied, self.certificateVariants, self.summary) = (nested, varied, certificateVariants, summary)
        }
    }

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
            // The truth files leave out `fields.values` (every value a reader extracts), which
            // would make each about ten times the size of its archive.
            var request = GenerationRequest(
                seed: sample.seed, profile: sample.profile, format: sample.format, outputDirectory: out,
                name: sample.name, nestsPayroll: sample.nested, varied: sample.varied, recordsFieldValues: false,
                certificateVariants: sample.certificateVariants)
            request.drawsSummary = sample.summary
            let result = try ArchiveGenerator.generate(request)
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
