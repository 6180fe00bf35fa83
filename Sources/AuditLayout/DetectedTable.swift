import AuditCore
import AuditFields

/// A table found in a document: canonical columns and rows of cells.
public struct DetectedTable: Sendable, Hashable {
    /// One column: the header text as printed and the field it maps to, if any.
    public struct Column: Sendable, Hashable {
        public var header: String
        public var field: CanonicalField?

        public init(header: String, field: CanonicalField?) {
            self.header = header
            self.field = field
        }
    }

    /// One data row; cells are keyed by column index.
    public struct Row: Sendable, Hashable {
        public var cells: RowCells
        /// Where the row was read when it was not made from a grid row's cells.
        private var given: Evidence?

        /// A row of a page, its cells placed under the columns, read at `evidence`.
        public init(cells: [Int: Cell], evidence: Evidence) {
            self.cells = RowCells(cells)
            given = evidence
        }

        /// A row of a spreadsheet or CSV file: `cells` in column order, empty ones included.
        /// It shares their storage with the grid, and makes its evidence when asked.
        public init(grid cells: [Cell]) {
            self.cells = RowCells(grid: cells)
            given = nil
        }

        /// Where the row was read (page and box, or CSV line).
        public var evidence: Evidence {
            get { given ?? cells.gridRowEvidence }
            set { given = newValue }
        }

        public static func == (a: Row, b: Row) -> Bool {
            a.cells == b.cells && a.evidence == b.evidence
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(cells)
            hasher.combine(evidence)
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    /// Where the header row was read.
    public var headerEvidence: Evidence
    /// For a monthly attendance grid: the column index of each day of the month (1-31).
    public var dayColumns: [Int: Int] = [:]

    public init(columns: [Column], rows: [Row], headerEvidence: Evidence) {
        self.columns = columns
        self.rows = rows
        self.headerEvidence = headerEvidence
    }

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

/// The cells of one table row by column index; a column without text has none.
public struct RowCells: Sendable, Hashable {
    private enum Storage: Sendable {
        /// A grid row as read, empty cells included (an empty cell counts as none).
        case grid([Cell])
        case placed([Int: Cell])
    }

    private let storage: Storage

    init(_ cells: [Int: Cell]) {
        storage = .placed(cells)
    }

    init(grid cells: [Cell]) {
        storage = .grid(cells)
    }

    /// The cell in `column`, nil when the row has none there.
    public subscript(column: Int) -> Cell? {
        switch storage {
        case let .grid(cells): return cells.indices.contains(column) && !cells[column].text.isEmpty ? cells[column] : nil
        case let .placed(cells): return cells[column]
        }
    }

    /// The columns that have a cell, in order.
    public var columns: [Int] {
        switch storage {
        case let .grid(cells): return cells.indices.filter { !cells[$0].text.isEmpty }
        case let .placed(cells): return cells.keys.sorted()
        }
    }

    /// The cells, in column order.
    public var values: [Cell] {
        columns.compactMap { self[$0] }
    }

    /// A grid row's evidence: its line, and its cells' texts, empty ones too, joined by commas.
    fileprivate var gridRowEvidence: Evidence {
        guard case let .grid(cells) = storage, let first = cells.first?.evidence else { return Evidence(path: "") }
        return Evidence(path: first.path, text: cells.map(\.text).joined(separator: ", "), row: first.row)
    }

    public static func == (a: RowCells, b: RowCells) -> Bool {
        a.columns == b.columns && a.values == b.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(columns)
        hasher.combine(values)
    }
}
