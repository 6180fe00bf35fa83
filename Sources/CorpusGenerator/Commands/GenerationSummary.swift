/// One line per generated archive for the terminal.
enum GenerationSummary {
    /// `PATH: N bytes, N documents, findings per pack; planted: ...; certificate: ...`.
    static func line(_ result: GenerationResult) -> String {
        let planted = result.planted.isEmpty ? "" : "; planted: " + result.planted.map(\.description).joined(separator: ", ")
        let omitted = result.omitted.isEmpty ? "" : "; left out: " + result.omitted.map(\.rawValue).sorted().joined(separator: ", ")
        let certificate = result.truth.certificateVariant.map { "; certificate: " + $0.replacing(",", with: ", ") } ?? ""
        let counts = RulePack.allCases.map { "\($0.rawValue) \(result.truths[$0]?.findings.count ?? 0)" }
            .joined(separator: ", ")
        return "\(result.archivePath): \(result.archiveSize) bytes, \(result.truth.documents.count) documents, "
            + "findings: \(counts)\(omitted)\(planted)\(certificate)"
    }
}
