import AuditCore
import AuditFields

/// A table found in a document: canonical columns and rows of cells.
public struct DetectedTable: Sendable, Hashable {
    /// One column: the header text as printed and the field it maps to, if any.
    public struct Column: Sendable, Hashable {
        public var header: String
        public var field: CanonicalField?
    }

    /// One data row; cells are keyed by column index.
    public struct Row: Sendable, Hashable {
        public var cells: [Int: Cell]
        /// Where the row was read (page and box, or CSV line).
        public var evidence: Evidence
    }

    public var columns: [Column]
    public var rows: [Row]
    /// Where the header row was read.
    public var headerEvidence: Evidence
    /// For a monthly attendance grid: the column index of each day of the month (1-31).
    public var dayColumns: [Int: Int] = [:]

    /// True for a monthly grid of workers by days.
    public var isDayGrid: Bool { !dayColumns.isEmpty }

    /// The fields this table has, in column order.
    public var fields: [CanonicalField] { columns.compactMap(\.field) }

    /// The column index of `field`, the first if it appears twice.
    public func column(of field: CanonicalField) -> Int? {
        columns.firstIndex { $0.field == field }
    }

    /// The non-empty cells of every column mapped to one of `fields`, in column order.
    public func cells(_ fields: Set<CanonicalField>, in row: Row) -> [Cell] {
        columns.indices.compactMap { index in
            guard let field = columns[index].field, fields.contains(field), let cell = row.cells[index],
                  !cell.text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return cell
        }
    }

    /// The cell of `field` in `row`, when the row has a non-empty one.
    public func cell(_ field: CanonicalField, in row: Row) -> Cell? {
        guard let index = column(of: field), let cell = row.cells[index],
              !cell.text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return cell
    }
}
