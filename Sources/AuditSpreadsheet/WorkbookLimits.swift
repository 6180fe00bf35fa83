/// Bounds that keep a hostile or oversized workbook from exhausting memory or time.
///
/// An XLSX is a zip of XML parts, so a small file can inflate to gigabytes (a zip bomb); the part
/// limits are counted while inflating, never taken from the zip headers, which can lie.
public struct WorkbookLimits: Sendable, Hashable {
    /// Largest inflated size of one XLSX part (a worksheet, the shared strings). Default 128 MiB,
    /// which holds a sheet of about three million plain cells.
    public var maxPartBytes: Int
    /// Largest inflated size of all XLSX parts read together. Default 512 MiB.
    public var maxTotalBytes: Int
    /// Largest ratio of inflated to compressed bytes of one part once it passes `ratioFloorBytes`.
    /// Default 500: sheet XML compresses 5-50x, a zip bomb about 1000x.
    public var maxCompressionRatio: Double
    /// Inflated size below which the ratio is not judged. Default 8 MiB.
    public var ratioFloorBytes: Int
    /// Most entries in an XLSX zip (real workbooks have tens to a few thousand). Default 20,000.
    public var maxEntries: Int
    /// Most cells produced for one workbook, empty cells that keep columns aligned included.
    /// Default 2,000,000.
    public var maxCells: Int
    /// Most cells covered by merged ranges that get the value of the range's top-left cell, for the
    /// whole workbook. Default 5,000: merged headers and titles, not giant crafted ranges.
    public var maxMergedCellsFilled: Int

    public init(maxPartBytes: Int = 128 << 20, maxTotalBytes: Int = 512 << 20, maxCompressionRatio: Double = 500,
                ratioFloorBytes: Int = 8 << 20, maxEntries: Int = 20_000, maxCells: Int = 2_000_000,
                maxMergedCellsFilled: Int = 5_000) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maxEntries = maxEntries
        self.maxCells = maxCells
        self.maxMergedCellsFilled = maxMergedCellsFilled
    }
}
