/// A small, seedable pseudo-random generator whose output never changes between runs or platforms.
///
/// The corpus must be reproducible byte for byte from its seed, so every draw goes through the
/// helpers below instead of the standard library's `random(in:using:)`, whose algorithm is not
/// part of any stability promise.
struct SplitMix64 {
    private var state: UInt64

    /// Creates a generator for one named concern (`"employees"`, `"attendance"`) of one seed.
    ///
    /// Separate streams keep one part of the factory stable when another part draws more numbers.
    init(seed: UInt64, stream: String) {
        state = seed ^ SplitMix64.fnv1a(stream)
        _ = next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (rejection sampling, so no modulo bias).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        guard span != 0 else { return Int(truncatingIfNeeded: next()) }
        let limit = UInt64.max - UInt64.max % span
        var value = next()
        while value >= limit { value = next() }
        return range.lowerBound + Int(value % span)
    }

    /// True with probability `p` (0...1), resolved to 1/10,000.
    mutating func chance(_ p: Double) -> Bool {
        int(in: 0...9_999) < Int(p * 10_000)
    }

    /// One element of a non-empty collection.
    mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + int(in: 0...(items.count - 1))]
    }

    /// The elements in a random order (Fisher-Yates).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(i, int(in: 0...i))
        }
        return result
    }

    /// FNV-1a over the UTF-8 bytes: a stable hash for stream labels.
    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
