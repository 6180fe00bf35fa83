import AuditCore
import Foundation

/// Writes the report as the contract's JSON, keys sorted so that runs compare byte for byte.
public struct JSONReportRenderer: Sendable {
    public init() {}

    public func render(_ report: AuditReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
