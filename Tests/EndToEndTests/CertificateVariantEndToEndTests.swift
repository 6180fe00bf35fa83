import AuditCore
import AuditTestSupport
import Foundation
import Testing

/// The generator's certificate variants (`Sources/CorpusGenerator/Synthesis/CertificateVariant.swift`),
/// each with the finding its truth must list, planted in a seed's violations archive (the seed
/// decides what the variant draws: a rating, an age).
struct PlantedCertificate: CustomStringConvertible, Sendable {
    var variant: String
    var seed: Int
    /// The finding the truth lists for it, as `rule severity`.
    var rule: String
    var severity: String

    var description: String { "\(variant) (seed \(seed))" }

    static let all = [
        PlantedCertificate(variant: "withdrawnEdition", seed: 10, rule: "china-labor-law/certificate-edition", severity: "error"),
        PlantedCertificate(variant: "tradingCompany", seed: 37, rule: "china-labor-law/certificate-trading-scope", severity: "error"),
        PlantedCertificate(variant: "narrowScope", seed: 43, rule: "china-labor-law/certificate-products", severity: "warning"),
        PlantedCertificate(variant: "unknownBody", seed: 8, rule: "china-labor-law/certification-body", severity: "info"),
        PlantedCertificate(variant: "withdrawnBody", seed: 1, rule: "china-labor-law/certification-body", severity: "error"),
        PlantedCertificate(variant: "bsciAudit", seed: 12, rule: "china-labor-law/audit-rating", severity: "error"),
        PlantedCertificate(variant: "bsciAudit", seed: 99, rule: "china-labor-law/audit-rating", severity: "info"),
        PlantedCertificate(variant: "bsciAudit", seed: 86, rule: "china-labor-law/audit-report-age", severity: "error"),
        PlantedCertificate(variant: "longTerm", seed: 31, rule: "china-labor-law/certificate-term", severity: "warning"),
        PlantedCertificate(variant: "otherAddress", seed: 62, rule: "china-labor-law/certificate-address", severity: "warning"),
        // An "amfori BSCI Certificate" (seed 30) and a "SMETA Certificate" (seed 11).
        PlantedCertificate(variant: "auditReportAsCertificate", seed: 30, rule: "china-labor-law/audit-report-as-certificate", severity: "warning"),
        PlantedCertificate(variant: "auditReportAsCertificate", seed: 11, rule: "china-labor-law/audit-report-as-certificate", severity: "warning"),
        PlantedCertificate(variant: "lapsedSmeta", seed: 21, rule: "china-labor-law/audit-report-age", severity: "error"),
    ]

    /// Whether LibreOffice (`soffice`) is on PATH, which `--producer libreoffice` needs.
    static let hasLibreOffice = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: $0 + "/soffice") }

    /// Generates the seed's violations archive with `producer` and the variant planted, checks it
    /// as its truth says, and compares the report with the truth.
    func generateAndCheck(producer: String) throws -> GroundTruth {
        let (report, truth) = try Self.generateAndCheck(seed: seed, profile: "violations", producer: producer, variants: variant)
        expectMatches(report, truth, "\(self) \(producer)")
        return truth
    }

    /// Generates an archive and checks it as its truth says (`--products`); `variants` names
    /// the certificate variants to plant instead of the seed's own.
    static func generateAndCheck(seed: Int, profile: String, producer: String, variants: String? = nil) throws -> (AuditReport, GroundTruth) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-variant-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let generated = try CLIRunner.run("auditready-corpus", ["generate", "--seed", String(seed), "--profile", profile,
                                                                "--producer", producer, "--out", out.path, "--name", "case"]
                                          + (variants.map { ["--certificate-variants", $0] } ?? []))
        #expect(generated.status == 0, "\(generated.stderr)")
        let truth = try GroundTruth.load(out.appendingPathComponent("case.truth.json"))
        let (report, _, _) = try check(out.appendingPathComponent("case.zip").path, asOf: truth.asOf, truth.checkArguments)
        return (report, truth)
    }

    /// Clean seeds whose certificates come from each body the generator draws clean certificates
    /// from: CQC, TÜV Rheinland, Bureau Veritas, SGS, Intertek.
    static let cleanSeedsByBody = [1, 12, 3, 4, 6]
}

@Suite("Generator and end to end: certificate variants")
struct CertificateVariantEndToEndTests {
    @Test("Every certificate variant is planted in some of the first 100 seeds' violation archives, a variant in about half of them")
    func plantedInSomeSeeds() throws {
        let result = try CLIRunner.run("auditready-corpus", ["verify", "--from", "1", "--to", "100", "--list"])
        #expect(result.status == 0, "\(result.stdout.suffix(2000))")
        let planted = result.stdout.split(separator: "\n").filter { $0.hasPrefix("seed ") }.compactMap { line in
            line.range(of: " certificate ").map { String(line[$0.upperBound...]) }
        }
        #expect(Set(planted) == Set(PlantedCertificate.all.map(\.variant)), "\(planted)")
        let share = Double(planted.count) / 100
        #expect(share > 0.3 && share < 0.7, "a certificate variant in \(planted.count) of 100 violation archives")
    }

    @Test("The archive of a seed with a certificate variant has the variant's finding in its truth, and the check gives exactly its truth",
          arguments: PlantedCertificate.all)
    func generated(planted: PlantedCertificate) throws {
        let truth = try planted.generateAndCheck(producer: "cairo")
        #expect(truth.certificateVariant == planted.variant)
        #expect(truth.findings.contains { $0.rule == planted.rule && $0.severity == planted.severity && $0.documentType == "certificate" },
                "\(truth.findings.filter { $0.category == "certificate" })")
    }

    @Test("The same archive made by LibreOffice gives exactly its truth, the variant's finding included",
          .enabled(if: PlantedCertificate.hasLibreOffice, "soffice is not on PATH"), arguments: PlantedCertificate.all)
    func libreOffice(planted: PlantedCertificate) throws {
        let truth = try planted.generateAndCheck(producer: "libreoffice")
        #expect(truth.findings.contains { $0.rule == planted.rule && $0.severity == planted.severity })
    }

    @Test("Variants named to generate are planted together instead of the seed's own, and the check gives exactly the truth, each variant's finding included")
    func namedVariants() throws {
        let (report, truth) = try PlantedCertificate.generateAndCheck(seed: 7, profile: "violations", producer: "cairo",
                                                                      variants: "withdrawnEdition,longTerm,otherAddress")
        expectMatches(report, truth, "seed 7 with three variants")
        #expect(truth.certificateVariant == "withdrawnEdition,longTerm,otherAddress")
        let rules = Set(truth.findings.filter { $0.category == "certificate" }.map(\.rule))
        #expect(rules == ["china-labor-law/certificate-edition", "china-labor-law/certificate-term", "china-labor-law/certificate-address"],
                "\(rules)")
    }

    @Test("A variant name generate does not know is a usage error that lists the variants")
    func unknownVariant() throws {
        let result = try CLIRunner.run("auditready-corpus", ["generate", "--seed", "7", "--profile", "violations", "--out", "/tmp/never",
                                                             "--certificate-variants", "longTerm,longterm"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("no certificate variant is called 'longterm'") && result.stderr.contains("auditReportAsCertificate"),
                "\(result.stderr)")
    }

    @Test("A clean certificate from each body the generator draws raises no certificate finding but where to verify it")
    func cleanCertificates() throws {
        try Self.expectCleanCertificates(producer: "cairo")
    }

    @Test("A clean certificate from each body, made by LibreOffice, raises no certificate finding but where to verify it",
          .enabled(if: PlantedCertificate.hasLibreOffice, "soffice is not on PATH"))
    func cleanCertificatesByLibreOffice() throws {
        try Self.expectCleanCertificates(producer: "libreoffice")
    }

    /// Checks a clean archive per body made by `producer`: its only certificate finding is the
    /// note saying where to verify the certificate, with the buyer's products named.
    static func expectCleanCertificates(producer: String) throws {
        for seed in PlantedCertificate.cleanSeedsByBody {
            let (report, truth) = try PlantedCertificate.generateAndCheck(seed: seed, profile: "clean", producer: producer)
            let certificate = report.findings.filter { $0.category == .certificate }
            #expect(certificate.map(\.rule) == ["china-labor-law/certificate-verify"], "seed \(seed) \(producer): \(certificate.map(\.message))")
            #expect(truth.products?.isEmpty == false && truth.findings.isEmpty)
        }
    }
}
