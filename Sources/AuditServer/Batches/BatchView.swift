import Foundation

/// A batch as the API shows it: its rows worst first, each with its check and category counts.
struct BatchView: Codable, Sendable {
    struct Row: Codable, Sendable {
        var supplier: String
        var check: CheckView
        /// Open errors and warnings by category, once the check is done.
        var categories: [String: CheckSummary.CategoryCount]
    }

    var id: String
    var name: String
    var createdAt: Date
    /// The categories with an open finding in some row: the matrix's columns.
    var categories: [String]
    var rows: [Row]
    /// Where the matrix is as CSV.
    var csv: String

    init(_ matrix: BatchMatrix) {
        id = matrix.batch.id
        name = matrix.batch.name
        createdAt = matrix.batch.createdAt
        categories = matrix.categories
        rows = matrix.rows.map { Row(supplier: $0.supplier, check: CheckView($0.check), categories: $0.cells) }
        csv = "/api/v1/batches/\(matrix.batch.id)/batch.csv"
    }
}

/// What `POST /api/v1/batches` may carry.
struct NewBatchRequest: Codable, Sendable {
    var name: String?
}
