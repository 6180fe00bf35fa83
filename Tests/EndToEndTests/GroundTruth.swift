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
    }

    var asOf: String
    var ruleset: String
    var findings: [ExpectedFinding]
    var documents: [ExpectedDocument]

    static func load(_ url: URL) throws -> GroundTruth {
        try JSONDecoder().decode(GroundTruth.self, from: Data(contentsOf: url))
    }

    /// Whether the truth predicts certificate findings; the generator does not yet (issue 18, item 4).
    var knowsCertificates: Bool { findings.contains { $0.category == FindingCategory.certificate.rawValue } }

    /// The findings the truth can be compared with: all of them, or those outside the
    /// `certificate` category while the truth predicts none there.
    func comparable(_ findings: [Finding]) -> [Finding] {
        knowsCertificates ? findings : findings.filter { $0.category != .certificate }
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

/// The sample archives committed in Corpus/samples, by name (the truth file's base name).
enum CorpusSamples {
    static let directory = CLIRunner.repository.appendingPathComponent("Corpus/samples")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".truth.json") && $0.split(separator: ".").count == 3 }
            .map { String($0.dropLast(".truth.json".count)) }.sorted()
    }

    /// Every (sample, pack) pair that has a truth file: `NAME.truth.json` is china-labor-law,
    /// `NAME.truth.PACK.json` the pack named.
    static var truthFiles: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.contains(".truth.") && $0.hasSuffix(".json") }.sorted()
    }

    /// The archive or folder a truth file describes, as a path relative to the repository.
    static func input(named name: String) -> String? {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.first { $0 == name || ($0.hasPrefix(name + ".") && !$0.hasSuffix(".json") && !$0.hasSuffix(".md")) }
            .map { "Corpus/samples/" + $0 }
    }
}
