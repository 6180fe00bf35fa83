import AuditCore
import AuditTestSupport
import Foundation

/// A corpus archive's ground truth as the generator writes it (`NAME.truth.json`).
struct GroundTruth: Decodable {
    struct ExpectedFinding: Decodable, Hashable {
        var rule: String
        var category: String
        var severity: String
        var employeeId: String?
        var documentType: String?
        var period: String?
    }

    struct ExpectedDocument: Decodable {
        var path: String
        var type: String
        /// The software that made the document when not the generator's own drawing (`libreoffice`).
        var producer: String?
    }

    /// `auditready.truth/1` or `auditready.truth/2`: see `comparable`.
    var schema: String
    var asOf: String
    var ruleset: String
    var findings: [ExpectedFinding]
    var documents: [ExpectedDocument]
    /// What the buyer buys, to name with `check --products` (absent before schema 2).
    var products: [String]?
    /// What the generator planted in the management-system certificate, if anything.
    var certificateVariant: String?

    static func load(_ url: URL) throws -> GroundTruth {
        try JSONDecoder().decode(GroundTruth.self, from: Data(contentsOf: url))
    }

    /// The findings the truth can be compared with: all but the notes saying where to verify each
    /// certificate (`certificate-verify`), which no truth lists. Truths of schema 1, written before
    /// generated certificates printed an accreditation mark, also leave out the other certificate
    /// notes (`info`).
    func comparable(_ findings: [Finding]) -> [Finding] {
        findings.filter { finding in
            guard finding.category == .certificate else { return true }
            guard !finding.rule.hasSuffix("/certificate-verify") else { return false }
            return schema != "auditready.truth/1" || finding.severity != .info
        }
    }

    /// The `check` arguments the truth assumes: `--products` when it names what the buyer buys.
    var checkArguments: [String] {
        products.map { ["--products", $0.joined(separator: ",")] } ?? []
    }

    /// The report's findings in the truth's terms, to compare as sets.
    static func keys(of report: AuditReport) -> [ExpectedFinding] { keys(of: Array(report.findings)) }

    static func keys(of findings: [Finding]) -> [ExpectedFinding] {
        findings.map {
            ExpectedFinding(rule: $0.rule, category: $0.category.rawValue, severity: $0.severity.rawValue,
                            employeeId: $0.employeeId, documentType: $0.documentType?.rawValue, period: $0.period)
        }
    }
}

/// A folder of committed archives, each with a truth file per rule pack: `NAME.truth.json` for
/// china-labor-law and `NAME.truth.PACK.json` for the pack named.
struct SampleFolder: Sendable {
    /// The folder, relative to the repository.
    var path: String

    var directory: URL { CLIRunner.repository.appendingPathComponent(path) }

    private var files: [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] }

    /// The archives by name (the truth file's base name).
    var names: [String] {
        files.filter { $0.hasSuffix(".truth.json") && $0.split(separator: ".").count == 3 }
            .map { String($0.dropLast(".truth.json".count)) }.sorted()
    }

    /// Every (archive, pack) pair that has a truth file.
    var truthFiles: [String] {
        files.filter { $0.contains(".truth.") && $0.hasSuffix(".json") }.sorted()
    }

    /// The archive or folder a truth file describes, as a path relative to the repository.
    func input(named name: String) -> String? {
        files.first { $0 == name || ($0.hasPrefix(name + ".") && !$0.hasSuffix(".json") && !$0.hasSuffix(".md")) }
            .map { path + "/" + $0 }
    }
}

/// The sample archives committed in Corpus/samples, by name (the truth file's base name).
enum CorpusSamples {
    static let folder = SampleFolder(path: "Corpus/samples")
    static var directory: URL { folder.directory }
    static var names: [String] { folder.names }

    /// Every (sample, pack) pair that has a truth file: `NAME.truth.json` is china-labor-law,
    /// `NAME.truth.PACK.json` the pack named.
    static var truthFiles: [String] { folder.truthFiles }

    /// The archive or folder a truth file describes, as a path relative to the repository.
    static func input(named name: String) -> String? { folder.input(named: name) }
}
