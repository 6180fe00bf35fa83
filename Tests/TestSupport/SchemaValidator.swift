import Foundation

/// Validates JSON against the contract's JSON Schema with Python's `jsonschema` (installed by
/// scripts/setup.sh), the reference implementation of the standard.
public enum SchemaValidator {
    /// The contract's schema, beside the repository (`../shared/contract/`) as the workplace lays it out,
    /// or `$AUDITREADY_SCHEMA`.
    public static var schemaURL: URL {
        if let path = ProcessInfo.processInfo.environment["AUDITREADY_SCHEMA"] { return URL(fileURLWithPath: path) }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = repository.deletingLastPathComponent().appendingPathComponent("shared/contract/report.schema.json")
        if FileManager.default.fileExists(atPath: shared.path) { return shared }
        return repository.appendingPathComponent("docs/contract/report.schema.json")
    }

    /// The validator's complaints; empty when the document is valid.
    public static func errors(in json: String) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1]))
        Draft202012Validator.check_schema(schema)
        document = json.load(open(sys.argv[2]))
        for error in Draft202012Validator(schema).iter_errors(document):
            print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
        """
        for python in ["/usr/bin/python3", "/usr/local/bin/python3", "python3"] {
            let outcome = try ProgramRunner.run(URL(fileURLWithPath: "/usr/bin/env"), [python, "-c", script, schemaURL.path, file.path])
            let (text, stderr) = (outcome.stdoutText, outcome.stderrText)
            if stderr.contains("No module named") || outcome.status == 127 { continue }
            guard outcome.status == 0 else { throw ValidatorFailure(message: stderr) }
            return text.split(separator: "\n").map(String.init)
        }
        throw ValidatorFailure(message: "no python3 with the jsonschema module: run scripts/setup.sh")
    }

    struct ValidatorFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
