/// One line per generated archive for the terminal.
enum GenerationSummary {
    /// `PATH: N bytes, N documents, N findings; planted: ...`.
    static func line(_ result: GenerationResult) -> String {
        let findings = result.truth.findings
        let planted = result.planted.isEmpty ? "" : "; planted: " + result.planted.map(\.description).joined(separator: ", ")
        return "\(result.archivePath): \(result.archiveSize) bytes, \(result.truth.documents.count) documents, "
            + "\(findings.count) findings\(planted)"
    }
}
