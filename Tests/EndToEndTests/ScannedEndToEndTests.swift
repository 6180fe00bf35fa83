import AuditCore
import AuditTestSupport
import Foundation
import Testing

/// Archives whose business licence or fire certificate is a scan (a PNG or an image-only PDF,
/// skewed, specked, sometimes sideways), read by OCR end to end.
///
/// Each archive costs one OCR page (about 2 s in a release build, 3-5 s in a debug one) on top of
/// the text documents, so two archives cover the two scanned document types.
@Suite("End to end: archives with scanned documents")
struct ScannedEndToEndTests {
    /// Seeds whose varied layout scans a document:
    /// - 26 (violations): a bilingual business licence as a PNG, scanned sideways and 2-4° off;
    /// - 9 (violations): a Chinese fire certificate as a PNG, skewed, its values far right of the labels;
    /// - 1 (clean): an English business licence as a PNG, checked with `--ocr-latin-first` (read
    ///   with English only, Chinese only where the page needs it).
    /// Words after the profile are options of `check`.
    static let cases = ["26 violations", "9 violations", "1 clean --ocr-latin-first"]

    /// OCR in the child process runs Tesseract single-threaded, as it does on the 2-core machines
    /// the suite runs on (the CLI also sets this itself, by re-executing).
    static let environment = ["OMP_THREAD_LIMIT": "1"]

    @Test("An archive with a scanned licence or certificate yields exactly its ground truth, and the scan's facts are read exactly",
          arguments: cases)
    func scannedArchive(spec: String) throws {
        let parts = spec.split(separator: " ").map(String.init)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-scan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let generated = try CLIRunner.run("auditready-corpus", ["generate", "--seed", parts[0], "--profile", parts[1], "--format", "zip",
                                                                "--out", out.path, "--name", "case", "--varied"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let truthURL = out.appendingPathComponent("case.truth.json")
        let truth = try GroundTruth.load(truthURL)
        let scanned = try ScannedFacts.load(truthURL)
        try #require(!scanned.isEmpty, "seed \(spec) no longer scans a document: pick a seed whose layout says 'scanned'")
        let archive = out.appendingPathComponent("case.zip").path

        let checked = try CLIRunner.run("auditready", ["check", archive, "--as-of", truth.asOf, "--format", "json",
                                                       "--ruleset", truth.ruleset, "--no-cache"] + truth.checkArguments + parts.dropFirst(2),
                                       environment: Self.environment)
        guard checked.status == 0 || checked.status == 1 else {
            throw CheckFailure(message: "auditready exited \(checked.status): \(checked.stderr)")
        }
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(checked.stdout.utf8))
        expectMatches(report, truth, spec)
        for path in Set(scanned.map(\.path)) {
            #expect(report.documents.first { $0.path == path }?.text == .ocr, "\(spec): \(path) was not read by OCR")
        }

        let inspected = try CLIRunner.run("auditready", ["inspect", "--json", archive], environment: Self.environment)
        #expect(inspected.status == 0, "\(inspected.stderr)")
        let facts = try ScannedFacts.read(from: Data(inspected.stdout.utf8))
        for expected in scanned {
            let document = facts.first { $0.key == expected.path || $0.key.hasSuffix("/" + expected.path) }?.value
            let read = document?[expected.field]
            #expect(read == expected.value, "\(spec): \(expected.path) \(expected.field) read as \(read ?? "nothing"), printed \(expected.value)")
        }
    }
}

/// The truth's values printed on scanned documents, and what `inspect --json` read for them.
enum ScannedFacts {
    struct Expected: Decodable {
        var path: String
        var field: String
        var value: String
        var record: String
        var scanned: Bool?
    }

    private struct Truth: Decodable {
        struct Fields: Decodable { var values: [Expected] }
        var fields: Fields
    }

    /// The document-level values (company, code, validity) the truth says were printed on a scan.
    static func load(_ url: URL) throws -> [Expected] {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: url)).fields.values
            .filter { $0.scanned == true && $0.record.isEmpty }
    }

    /// Facts by document path (as the archive names it) and field, as strings the truth uses.
    static func read(from json: Data) throws -> [String: [String: String]] {
        var facts: [String: [String: String]] = [:]
        let items = try JSONSerialization.jsonObject(with: json) as? [[String: Any]] ?? []
        for item in items {
            let documents = (item["evidence"] as? [String: Any])?["documents"] as? [[String: Any]] ?? []
            for document in documents {
                guard let path = document["path"] as? String else { continue }
                var values: [String: String] = [:]
                for (field, located) in document {
                    if let value = (located as? [String: Any])?["value"] as? String { values[field] = value }
                }
                values["openEnded"] = document["openEnded"].map { $0 is NSNull ? "false" : "true" } ?? "false"
                facts[path] = values
            }
        }
        return facts
    }
}
