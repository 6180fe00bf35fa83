import Foundation
import Hummingbird

/// A check as the API shows it.
struct CheckView: Codable, Sendable {
    struct Progress: Codable, Sendable {
        /// Entries of the archive handled so far.
        var documentsDone: Int
        /// The entry being read now, while running.
        var currentDocument: String?
    }

    var id: String
    var status: CheckStatus
    var fileName: String
    var ruleset: String
    var asOf: String
    var region: String?
    var progress: Progress
    var summary: CheckSummary?
    var error: String?
    var attempts: Int
    var createdAt: Date
    var startedAt: Date?
    var finishedAt: Date?
    /// Download paths of the reports by format, once done.
    var reports: [String: String]?

    init(_ record: CheckRecord) {
        id = record.id
        status = record.status
        fileName = record.fileName
        ruleset = record.ruleset
        asOf = record.asOf
        region = record.region
        progress = Progress(documentsDone: record.documentsDone, currentDocument: record.currentDocument)
        summary = record.summary
        error = record.error
        attempts = record.attempts
        createdAt = record.createdAt
        startedAt = record.startedAt
        finishedAt = record.finishedAt
        if record.status == .done {
            reports = Dictionary(uniqueKeysWithValues: ReportFile.allCases.map { ($0.rawValue, "/api/v1/checks/\(record.id)/\($0.fileName)") })
        }
    }
}

/// JSON answers with stable key order and ISO 8601 dates.
enum JSONAnswer {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
