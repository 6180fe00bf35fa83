/// One line per generated archive for the terminal.
enum GenerationSummary {
    /// `PATH: N bytes, N documents, findings per pack; planted: ...`.
    static func line(_ result: GenerationResult) -> String {
        let planted = result.planted.isEmpty ? "" : "; planted: " + result.planted.map(\.description).joined(separator: ", ")
        let omitted = result.omitted.isEmpty ? "" : "; left out: " + result.omitted.map(\.rawValue).sorted().joined(separator: ", ")
        let counts = RulePack.allCases.map { "\($0.rawValue) \(result.truths[$0]?.findings.count ?? 0)" }
            .joined(separator: ", ")
        return "\(result.archivePath): \(result.archiveSize) bytes, \(result.truth.documents.count) documents, "
            + "findings: \(counts)\(omitted)\(planted)"
    }
}
