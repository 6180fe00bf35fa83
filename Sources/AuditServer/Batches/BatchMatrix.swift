import AuditCore
import Foundation

/// A batch as a buyer reads it: one row per supplier archive, one column per finding category,
/// each cell the open errors and warnings of that category; the worst supplier first.
struct BatchMatrix: Sendable {
    /// One supplier's archive and its check.
    struct Row: Sendable {
        /// The supplier, as the archive's file name without its extensions.
        var supplier: String
        var check: CheckRecord
        /// Open errors and warnings by category; empty until the check is done.
        var cells: [String: CheckSummary.CategoryCount]
    }

    var batch: BatchRecord
    /// Rows, worst first: failed checks (nothing could be judged), then by open errors, then by
    /// open warnings, then checks not finished yet; ties by supplier name.
    var rows: [Row]
    /// The categories with an open error or warning in some row, in the contract's order.
    var categories: [String]

    init(batch: BatchRecord, checks: [CheckRecord]) {
        self.batch = batch
        rows = checks.map { Row(supplier: Self.supplier(of: $0.fileName), check: $0, cells: $0.summary?.categories ?? [:]) }
            .sorted(by: Self.worseFirst)
        let present = Set(rows.flatMap { $0.cells.filter { $0.value.errors + $0.value.warnings > 0 }.keys })
        let known = FindingCategory.allCases.map(\.rawValue)
        categories = known.filter(present.contains) + present.subtracting(known).sorted()
    }

    /// Whether `a` is listed before `b`.
    static func worseFirst(_ a: Row, _ b: Row) -> Bool {
        let (x, y) = (rank(a.check), rank(b.check))
        return x != y ? x.lexicographicallyPrecedes(y) : a.supplier.localizedStandardCompare(b.supplier) == .orderedAscending
    }

    /// Sort keys, smaller first: failed, then done by errors and warnings (most first), then pending.
    static func rank(_ check: CheckRecord) -> [Int] {
        switch check.status {
        case .failed: [0, 0, 0]
        case .done: [1, -(check.summary?.openErrors ?? 0), -(check.summary?.openWarnings ?? 0)]
        case .running, .queued: [2, 0, 0]
        }
    }

    /// "Supplier A.tar.gz" → "Supplier A".
    static func supplier(of fileName: String) -> String {
        let ext = UploadedFileName.archiveExtension(of: fileName)
        return ext.isEmpty ? fileName : String(fileName.dropLast(ext.count + 1))
    }

    /// The matrix as CSV (RFC 4180, UTF-8 with a byte order mark for spreadsheets): supplier,
    /// file, status, open errors, open warnings, then errors and warnings per category.
    var csv: String {
        let header = ["supplier", "file", "status", "openErrors", "openWarnings"]
            + categories.flatMap { ["\($0) errors", "\($0) warnings"] }
        var lines = [header]
        for row in rows {
            var fields = [row.supplier, row.check.fileName, row.check.status.rawValue,
                          row.check.summary.map { String($0.openErrors) } ?? "", row.check.summary.map { String($0.openWarnings) } ?? ""]
            for category in categories {
                let cell = row.cells[category]
                let done = row.check.status == .done
                fields += [done ? String(cell?.errors ?? 0) : "", done ? String(cell?.warnings ?? 0) : ""]
            }
            lines.append(fields)
        }
        return "\u{FEFF}" + lines.map { $0.map(UntrustedText.csvField).joined(separator: ",") + "\r\n" }.joined()
    }
}
