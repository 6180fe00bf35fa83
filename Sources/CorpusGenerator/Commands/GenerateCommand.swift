import ArgumentParser

/// `generate`: one archive and its truth files (`NAME.truth.json`, `NAME.truth.PACK.json`) for a
/// seed and a profile.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write one evidence archive and its ground truth.")

    @Option(help: "The seed; the same seed always gives the same bytes.")
    var seed: UInt64

    @Option(help: "What to plant: nothing (clean), or several breaches chosen by the seed (violations).")
    var profile: Profile

    @Option(help: "The container to write.")
    var format: OutputFormat = .zip

    @Option(help: "The folder to write NAME.<format>, NAME.truth.json and NAME.truth.PACK.json to.")
    var out: String

    @Option(help: "The base name (default: factory-<seed>-<profile>).")
    var name: String?

    @Flag(inversion: .prefixedNo, help: "Put the payroll registers in a nested zip (default: the seed decides).")
    var nestPayroll: Bool?

    @Flag(help: "Draw the layout from the variant space (languages, grids, payslips, XLSX, scans).")
    var varied = false

    @Option(help: "The software that makes the documents: cairo (the generator's own drawing) or libreoffice (office sheets printed to PDF or saved as XLSX by soffice, which must be installed).")
    var producer: Producer = .cairo

    @Option(help: "Certificate variants to plant in a violations archive instead of the seed's own, comma-separated (withdrawnEdition, tradingCompany, narrowScope, unknownBody, withdrawnBody, bsciAudit, longTerm, otherAddress, auditReportAsCertificate, lapsedSmeta); empty for none.")
    var certificateVariants: String?

    @Flag(inversion: .prefixedNo, help: "Add the time clock's monthly summary (考勤汇总 workbook) when the seed draws one, a double book in some violations archives; --no-summary leaves it out, as the committed samples were made.")
    var summary = true

    func validate() throws {
        do { _ = try certificateVariants.map(CertificateVariant.parse) } catch { throw ValidationError("\(error)") }
    }

    /// Generates the archive and prints a one-line summary.
    func run() throws {
        ProcessSetup.prepare()
        var request = GenerationRequest(
            seed: seed, profile: profile, format: format, outputDirectory: out,
            name: name ?? "factory-\(seed)-\(profile.rawValue)", nestsPayroll: nestPayroll, varied: varied, producer: producer,
            certificateVariants: try certificateVariants.map(CertificateVariant.parse))
        request.drawsSummary = summary
        let result = try ArchiveGenerator.generate(request)
        print(GenerationSummary.line(result))
    }
}
