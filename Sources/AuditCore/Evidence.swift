/// Where a value was read: the file inside the input, the page, the text and its box.
///
/// Every value in the evidence model carries one, so that each finding can show its proof. It is
/// a value type whose fields live in one shared, copy-on-write box: the evidence model, the days
/// built from it and the findings that cite it hold references to the same box instead of copies,
/// which keeps a large archive's evidence small and cheap to copy.
public struct Evidence: Hashable, Sendable, Codable {
    /// Path inside the input; nested archives as `outer.zip/inner.zip/file.pdf`.
    public var path: String {
        get { storage.fields.path }
        set { unique().fields.path = newValue }
    }
    /// 1-based page for PDFs; the 1-based row for CSV files is given in `row`.
    public var page: Int? {
        get { storage.fields.page }
        set { unique().fields.page = newValue }
    }
    /// The text the value was read from.
    public var text: String? {
        get { storage.fields.text }
        set { unique().fields.text = newValue }
    }
    /// x0, y0, x1, y1 in PDF points from the page's top-left.
    public var bbox: BoundingBox? {
        get { storage.fields.bbox }
        set { unique().fields.bbox = newValue }
    }
    /// 1-based line of a CSV file or row of a spreadsheet (an optional field beyond the contract).
    public var row: Int? {
        get { storage.fields.row }
        set { unique().fields.row = newValue }
    }
    /// The worksheet of a workbook (optional beyond the contract).
    public var sheet: String? {
        get { storage.fields.sheet }
        set { unique().fields.sheet = newValue }
    }
    /// The cell reference in a workbook, e.g. `B7` (optional beyond the contract).
    public var cell: String? {
        get { storage.fields.cell }
        set { unique().fields.cell = newValue }
    }
    /// OCR confidence 0...1 of the text, when it was read by OCR (optional beyond the contract).
    public var confidence: Double? {
        get { storage.fields.confidence }
        set { unique().fields.confidence = newValue }
    }

    private var storage: Storage

    public init(path: String, page: Int? = nil, text: String? = nil, bbox: BoundingBox? = nil, row: Int? = nil,
                sheet: String? = nil, cell: String? = nil, confidence: Double? = nil) {
        storage = Storage(Fields(path: path, page: page, text: text, bbox: bbox, row: row, sheet: sheet, cell: cell, confidence: confidence))
    }

    /// The box, copied first when another value shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    public static func == (a: Evidence, b: Evidence) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    enum CodingKeys: String, CodingKey { case path, page, text, bbox, row, sheet, cell, confidence }

    /// Reads the keys in the order `encode(to:)` writes them, as positional coders require.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let path = try c.decode(String.self, forKey: .path)
        let page = try c.decodeIfPresent(Int.self, forKey: .page)
        let text = try c.decodeIfPresent(String.self, forKey: .text)
        var bbox: BoundingBox?
        if let values = try c.decodeIfPresent([Double].self, forKey: .bbox), values.count == 4 {
            bbox = BoundingBox(x0: values[0], y0: values[1], x1: values[2], y1: values[3])
        }
        self.init(path: path, page: page, text: text, bbox: bbox,
                  row: try c.decodeIfPresent(Int.self, forKey: .row),
                  sheet: try c.decodeIfPresent(String.self, forKey: .sheet),
                  cell: try c.decodeIfPresent(String.self, forKey: .cell),
                  confidence: try c.decodeIfPresent(Double.self, forKey: .confidence))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encodeIfPresent(page, forKey: .page)
        try c.encodeIfPresent(text, forKey: .text)
        try c.encodeIfPresent(bbox.map { [$0.x0, $0.y0, $0.x1, $0.y1] }, forKey: .bbox)
        try c.encodeIfPresent(row, forKey: .row)
        try c.encodeIfPresent(sheet, forKey: .sheet)
        try c.encodeIfPresent(cell, forKey: .cell)
        try c.encodeIfPresent(confidence, forKey: .confidence)
    }

    /// The fields of one `Evidence`, boxed. Mutated only through a uniquely referenced
    /// `Evidence` (copy on write), which is what makes sharing it between threads safe.
    private final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    /// The fields, packed: absent numbers as sentinels instead of optionals (an `Int?` takes 16
    /// bytes with padding, an `Int32` with a sentinel 4), so a box takes 128 bytes instead of 168.
    private struct Fields: Hashable {
        var path: String
        var text: String?
        var sheet: String?
        var cell: String?
        private var box: (x0: Double, y0: Double, x1: Double, y1: Double) = (.nan, 0, 0, 0)
        private var storedConfidence = Double.nan
        private var storedPage = Int32.min
        private var storedRow = Int32.min

        init(path: String, page: Int?, text: String?, bbox: BoundingBox?, row: Int?, sheet: String?, cell: String?, confidence: Double?) {
            self.path = path
            self.text = text
            self.sheet = sheet
            self.cell = cell
            self.page = page
            self.bbox = bbox
            self.row = row
            self.confidence = confidence
        }

        var page: Int? {
            get { storedPage == .min ? nil : Int(storedPage) }
            set { storedPage = newValue.map { Int32(clamping: $0) } ?? .min }
        }

        var row: Int? {
            get { storedRow == .min ? nil : Int(storedRow) }
            set { storedRow = newValue.map { Int32(clamping: $0) } ?? .min }
        }

        var confidence: Double? {
            get { storedConfidence.isNaN ? nil : storedConfidence }
            set { storedConfidence = newValue ?? .nan }
        }

        var bbox: BoundingBox? {
            get { box.x0.isNaN ? nil : BoundingBox(x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1) }
            set { box = newValue.map { ($0.x0, $0.y0, $0.x1, $0.y1) } ?? (.nan, 0, 0, 0) }
        }

        static func == (a: Fields, b: Fields) -> Bool {
            a.path == b.path && a.text == b.text && a.sheet == b.sheet && a.cell == b.cell && a.page == b.page
                && a.row == b.row && a.confidence == b.confidence && a.bbox == b.bbox
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(path)
            hasher.combine(text)
            hasher.combine(sheet)
            hasher.combine(cell)
            hasher.combine(page)
            hasher.combine(row)
            hasher.combine(confidence)
            hasher.combine(bbox)
        }
    }
}

/// A rectangle in PDF points, origin at the page's top-left, y growing downwards.
public struct BoundingBox: Hashable, Sendable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest box holding both.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(x0: min(x0, other.x0), y0: min(y0, other.y0),
                    x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Rounded to 0.01 pt, so reports are stable across runs and readable.
    public var rounded: BoundingBox {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        return BoundingBox(x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1))
    }
}

/// A value together with where it was read.
public struct Located<Value: Sendable & Codable & Hashable>: Sendable, Codable, Hashable {
    public var value: Value
    public var evidence: Evidence

    public init(_ value: Value, at evidence: Evidence) {
        self.value = value
        self.evidence = evidence
    }
}
