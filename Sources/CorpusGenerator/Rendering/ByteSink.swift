/// A growable byte buffer that C libraries write into through a callback's context pointer.
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    /// Copies `count` bytes from `data` to the end of the buffer.
    func append(_ data: UnsafeRawPointer, count: Int) {
        bytes.append(contentsOf: UnsafeRawBufferPointer(start: data, count: count))
    }

    /// The pointer to hand a C callback as its context; valid while this sink is alive.
    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The sink behind a context pointer made by `context`.
    static func from(_ context: UnsafeRawPointer) -> ByteSink {
        Unmanaged<ByteSink>.fromOpaque(context).takeUnretainedValue()
    }
}
