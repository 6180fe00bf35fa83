import AuditCore
import Foundation

/// Findings a factory has already reviewed and accepted (`auditready check --baseline FILE`).
///
/// Accepted findings stay in the report, marked with who accepted them and why, but leave the
/// verdict; an entry that matches no finding any more is reported as fixed.
public struct Baseline: Sendable, Hashable {
    public var entries: [BaselineEntry]

    public init(entries: [BaselineEntry]) {
        self.entries = entries
    }

    /// Loads a baseline file: JSON, or YAML as `BaselineYAMLReader` reads it.
    ///
    /// Throws `BaselineError` naming the file and the problem when it cannot be read or is malformed.
    public static func load(contentsOf path: String) throws -> Baseline {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "the file cannot be read (permission denied?)" : "no such file"
            throw BaselineError(file: path, problem: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BaselineError(file: path, problem: "the file is not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    /// Parses baseline text; `file` names it in errors and, by its extension, picks the syntax
    /// (`.json` is JSON, `.yaml`/`.yml` is YAML, anything else is JSON when it starts with `[`).
    public static func parse(_ text: String, file: String) throws -> Baseline {
        let lowered = file.lowercased()
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        let isJSON = lowered.hasSuffix(".json")
            || (!lowered.hasSuffix(".yaml") && !lowered.hasSuffix(".yml") && trimmed.hasPrefix("["))
        do {
            let raw = isJSON ? try BaselineJSONReader.entries(in: trimmed) : try BaselineYAMLReader.entries(in: text)
            return Baseline(entries: try raw.map(BaselineEntryValidator.entry))
        } catch let problem as BaselineProblem {
            throw BaselineError(file: file, problem: problem.message)
        }
    }

    /// `report` with each finding an entry matches marked accepted, and the entries that match
    /// nothing listed in `baselineFixed`.
    public func apply(to report: AuditReport) -> AuditReport {
        var report = report
        var matched = Set<Int>()
        for finding in report.findings {
            matched.formUnion(entries.indices.filter { entries[$0].matches(finding) })
        }
        let accepting = entries
        report.findings = report.findings.changed { finding in
            guard let first = accepting.first(where: { $0.matches(finding) }) else { return finding }
            var accepted = finding
            accepted.accepted = Acceptance(by: first.acceptedBy, reason: first.reason)
            return accepted
        }
        report.baselineFixed = entries.indices.filter { !matched.contains($0) }.map { entries[$0] }
        return report
    }
}

extension BaselineEntry {
    /// Whether this entry covers `finding`: the same rule, and the same worker, document type and
    /// period wherever the entry names one.
    public func matches(_ finding: Finding) -> Bool {
        finding.rule == rule
            && (employeeId == nil || finding.employeeId == employeeId)
            && (documentType == nil || finding.documentType == documentType)
            && (period == nil || finding.period == period)
    }
}

/// Why a baseline file cannot be used; the CLI reports it as a usage error.
public struct BaselineError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file as the user named it.
    public var file: String
    /// What is wrong, with the entry or line where it is.
    public var problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "baseline \(file): \(problem)" }
}

/// A problem found while reading a baseline, before the file name is attached.
struct BaselineProblem: Error {
    var message: String
}

/// How reports describe which findings a baseline entry covers.
enum BaselineDescription {
    /// `china-labor-law/overtime-monthly · employee HR-2380 · period 2026-05`.
    static func scope(of entry: BaselineEntry, language: ReportLanguage = .en) -> String {
        var parts = [entry.rule]
        if let employeeId = entry.employeeId { parts.append(ReportLabel.scopeEmployee(language, ["id": employeeId])) }
        if let documentType = entry.documentType { parts.append(documentType.label(in: language)) }
        if let period = entry.period { parts.append(ReportLabel.scopePeriod(language, ["period": period])) }
        return parts.joined(separator: " · ")
    }
}
