/// Limits that keep a hostile or broken archive from exhausting the machine.
///
/// The defaults let a laptop survive a zip bomb while leaving room for real evidence: scanned PDFs
/// of a few hundred pages stay well below `maxEntryBytes`.
public struct IntakeConfiguration: Sendable, Hashable {
    /// Largest inflated size of one entry, counted while reading (headers lie). Default 128 MiB.
    public var maxEntryBytes: Int
    /// Largest inflated size of all entries together. Default 2 GiB.
    public var maxTotalBytes: Int
    /// Largest ratio of inflated to compressed bytes for one entry, once it passes
    /// `ratioFloorBytes`. Default 200 (text compresses 3-20x; a zip bomb 1000x).
    public var maxCompressionRatio: Double
    /// Inflated size below which the ratio is not judged (tiny files compress absurdly well).
    /// Default 4 MiB.
    public var ratioFloorBytes: Int
    /// How many archives deep nested archives are opened. Default 3.
    public var maxNestingDepth: Int
    /// Most entries read from one input, nested ones included. Default 20,000.
    public var maxEntries: Int
    /// Most bytes inflated only to skip past rejected entries of streamed archives (tar.gz,
    /// tar.xz, 7z), where skipping means decompressing. Default 1 GiB: a bigger bomb ends the walk.
    public var maxSkipBytes: Int
    /// The code page of zip entry names stored without the UTF-8 flag. Default GB18030, a superset
    /// of the GBK that Chinese Windows writes; ASCII names read the same in any code page.
    public var legacyNameEncoding: String

    public init(maxEntryBytes: Int = 128 << 20, maxTotalBytes: Int = 2 << 30,
                maxCompressionRatio: Double = 200, ratioFloorBytes: Int = 4 << 20,
                maxNestingDepth: Int = 3, maxEntries: Int = 20_000, maxSkipBytes: Int = 1 << 30,
                legacyNameEncoding: String = "GB18030") {
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxEntries = maxEntries
        self.maxSkipBytes = maxSkipBytes
        self.legacyNameEncoding = legacyNameEncoding
    }
}
