import AuditCore
import Foundation
import AuditReports

/// The rendered reports kept for every finished check, one file per format.
public enum ReportFile: String, Sendable, CaseIterable {
    case json, html, csv, markdown, text

    /// The file's name in the check's report folder, and the last part of its download path.
    public var fileName: String {
        switch self {
        case .markdown: "report.md"
        case .text: "report.txt"
        default: "report.\(rawValue)"
        }
    }

    /// The report format it is rendered in.
    public var format: ReportFormat {
        switch self {
        case .json: .json
        case .html: .html
        case .csv: .csv
        case .markdown: .markdown
        case .text: .text
        }
    }

    /// The Content-Type it is served with.
    public var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        case .text: "text/plain; charset=utf-8"
        }
    }

    /// The file's name for the report in `language`: `report.html` in English, the check's
    /// first language, `report.zh.html` in Chinese.
    public func fileName(in language: ReportLanguage) -> String {
        guard language != .en else { return fileName }
        let name = fileName as NSString
        return "\(name.deletingPathExtension).\(language.rawValue).\(name.pathExtension)"
    }

    /// Every file a finished check keeps: each format in each language.
    public static var stored: [(file: ReportFile, language: ReportLanguage)] {
        ReportLanguage.allCases.flatMap { language in allCases.map { ($0, language) } }
    }

    /// The report file a download path's last part names (`report.json`), or nil.
    public init?(fileName: String) {
        guard let match = Self.allCases.first(where: { $0.fileName == fileName }) else { return nil }
        self = match
    }
}
