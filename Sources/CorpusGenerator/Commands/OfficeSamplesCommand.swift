import ArgumentParser

/// `office-samples`: the LibreOffice-made archives committed under `Corpus/office-samples`, so
/// that tests check another producer's documents without LibreOffice.
///
/// LibreOffice stamps each PDF and workbook with the time it was made, so a rerun writes other
/// bytes with the same content; the committed files are the ones the tests hold to their truth.
struct OfficeSamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "office-samples",
        abstract: "Write the fixed archives made by LibreOffice (soffice must be installed) and their truth.")

    /// The committed archives: seed 7006 a Chinese violations archive with Writer forms set as
    /// `标签：值` paragraphs and Excel 97 workbooks; seed 7022 a Chinese violations archive in the CJK
    /// font only, Writer forms in a borderless table, XLSX attendance, Calc-printed roster and
    /// payroll PDFs; seed 7035 a clean English archive with Writer forms, XLSX attendance and
    /// Calc-printed PDFs.
    static let samples: [(name: String, seed: UInt64, profile: Profile)] = [
        ("office-chinese-xls", 7006, .violations),
        ("office-chinese-pdf", 7022, .violations),
        ("office-english-clean", 7035, .clean),
    ]

    /// Each archive stays small enough to commit, and so does the set.
    static let sizeLimit = 200 * 1024
    static let totalLimit = 500 * 1024

    @Option(help: "The folder to write the samples to.")
    var out: String

    func run() throws {
        ProcessSetup.prepare()
        var total = 0
        for sample in Self.samples {
            var request = GenerationRequest(seed: sample.seed, profile: sample.profile, format: .zip, outputDirectory: out,
                                            name: sample.name, nestsPayroll: nil, producer: .libreoffice)
            request.recordsFieldValues = false
            // Committed before the generator drew time clocks' summaries.
            request.drawsSummary = false
            let result = try ArchiveGenerator.generate(request)
            print(GenerationSummary.line(result))
            guard result.archiveSize < Self.sizeLimit else {
                throw ValidationError("\(sample.name) is \(result.archiveSize) bytes, over \(Self.sizeLimit)")
            }
            total += result.archiveSize
        }
        guard total < Self.totalLimit else { throw ValidationError("the office samples take \(total) bytes, over \(Self.totalLimit)") }
    }
}
