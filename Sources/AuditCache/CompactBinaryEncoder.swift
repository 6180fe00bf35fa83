/// Encodes `Encodable` values into a compact binary form that `CompactBinaryDecoder` reads back,
/// several times faster than Foundation's property-list and JSON coders on large documents.
///
/// The form is positional: keyed values are written in the order `encode(to:)` writes them, each
/// behind a one-byte fingerprint of its key, and read back in the same order. A type whose
/// `init(from:)` reads keys in another order than its `encode(to:)` writes them fails to decode
/// (the fingerprint does not match) rather than decoding wrong values; for a cache that only costs
/// a recomputation. Strings of up to `CompactBinaryFormat.internLimit` bytes are written once and
/// referred to by number afterwards (paths and repeated cell texts). Keyed containers with
/// arbitrary keys (dictionaries) are not supported.
public struct CompactBinaryEncoder {
    public init() {}

    /// The bytes of `value`.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = CompactEncoding()
        try encoder.encodeValue(value)
        return encoder.writer.bytes
    }
}

/// Constants shared by the encoder and the decoder.
enum CompactBinaryFormat {
    /// Strings of at most this many UTF-8 bytes are interned.
    static let internLimit = 256
    static let absent: UInt8 = 0
    static let present: UInt8 = 1

    /// A one-byte fingerprint of a key, to catch a decoder reading keys out of the encoder's order.
    @inline(__always)
    static func fingerprint(_ key: some CodingKey) -> UInt8 {
        let name = key.stringValue.utf8
        return UInt8(truncatingIfNeeded: name.count &* 31 &+ Int(name.first ?? 0))
    }
}

/// The growing byte buffer with the primitive writes.
final class CompactWriter {
    var bytes: [UInt8] = []
    private var interned: [String: Int] = [:]

    init() { bytes.reserveCapacity(4096) }

    func byte(_ value: UInt8) { bytes.append(value) }

    func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    func double(_ value: Double) {
        var bits = value.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    func string(_ value: String) {
        var value = value
        let count = value.utf8.count
        if count <= CompactBinaryFormat.internLimit {
            if let index = interned[value] {
                unsigned(UInt64(index) << 1 | 1)
                return
            }
            interned[value] = interned.count
        }
        unsigned(UInt64(count) << 1)
        value.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Reserves a four-byte count to be filled in later; returns its offset.
    func countSlot() -> Int {
        let offset = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0])
        return offset
    }

    func setCount(_ count: Int, at offset: Int) {
        let value = UInt32(truncatingIfNeeded: count)
        for shift in 0..<4 { bytes[offset + shift] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(shift))) }
    }
}

/// The `Encoder` the containers share; values are written straight into one buffer.
final class CompactEncoding: Encoder {
    let writer = CompactWriter()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedEncodingContainer<Key>(encoding: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncodingContainer(encoding: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleValueEncodingContainer(encoding: self)
    }

    /// Writes a value: primitives directly, anything else through its own `encode(to:)`.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if T.self == String.self { return writer.string(value as! String) }
        if T.self == Int.self { return writer.signed(Int64(value as! Int)) }
        if T.self == Double.self { return writer.double(value as! Double) }
        if T.self == Bool.self { return writer.byte(value as! Bool ? 1 : 0) }
        // The metatype, not the value, is tested: a value cast would look through `Optional`.
        if T.self is any CompactPrimitive.Type, let primitive = value as? any CompactPrimitive { return writePrimitive(primitive) }
        try value.encode(to: self)
    }

    /// Writes one of the standard library's primitive values.
    func writePrimitive(_ value: some CompactPrimitive) { value.write(to: writer) }
}

struct CompactKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoding: CompactEncoding
    var codingPath: [any CodingKey] { [] }

    private func mark(_ key: Key) { encoding.writer.byte(CompactBinaryFormat.fingerprint(key)) }

    mutating func encodeNil(forKey key: Key) throws {
        mark(key)
        encoding.writer.byte(CompactBinaryFormat.absent)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: UInt, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        mark(key)
        try encoding.encodeValue(value)
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOptional(value, key) }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encodeOptional(value, key) }

    private mutating func encodeOptional<T: Encodable>(_ value: T?, _ key: Key) throws {
        mark(key)
        guard let value else { return encoding.writer.byte(CompactBinaryFormat.absent) }
        encoding.writer.byte(CompactBinaryFormat.present)
        try encoding.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        mark(key)
        return encoding.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        mark(key)
        return encoding.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoding }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        mark(key)
        return encoding
    }
}

struct CompactUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let encoding: CompactEncoding
    private let slot: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(encoding: CompactEncoding) {
        self.encoding = encoding
        slot = encoding.writer.countSlot()
    }

    private mutating func counted() {
        count += 1
        encoding.writer.setCount(count, at: slot)
    }

    /// Refused: lists carry no presence byte per element, so the decoder could not tell nil apart.
    mutating func encodeNil() throws {
        throw EncodingError.invalidValue(Optional<Int>.none as Any, EncodingError.Context(
            codingPath: [], debugDescription: "compact binary: nil inside a list is not supported"))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoding.encodeValue(value)
        counted()
    }
    mutating func encode(_ value: Bool) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: String) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: Double) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: Float) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: Int) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: Int8) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: Int16) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: Int32) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: Int64) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: UInt) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: UInt8) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: UInt16) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: UInt32) throws {
        encoding.writePrimitive(value)
        counted()
    }
    mutating func encode(_ value: UInt64) throws {
        encoding.writePrimitive(value)
        counted()
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return encoding.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        counted()
        return encoding.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        counted()
        return encoding
    }
}

/// Single values carry a presence byte, so that `Optional`'s own coding (nil or a value) reads back.
struct CompactSingleValueEncodingContainer: SingleValueEncodingContainer {
    let encoding: CompactEncoding
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoding.writer.byte(CompactBinaryFormat.absent) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        try encoding.encodeValue(value)
    }

    mutating func encode(_ value: Bool) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: String) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: Double) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: Float) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: Int) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: Int8) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: Int16) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: Int32) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: Int64) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: UInt) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: UInt8) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: UInt16) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: UInt32) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
    mutating func encode(_ value: UInt64) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writePrimitive(value)
    }
}

/// The primitive values every coder must handle, each with its compact form.
protocol CompactPrimitive {
    func write(to writer: CompactWriter)
    init(from reader: CompactReader) throws
}

extension String: CompactPrimitive {
    func write(to writer: CompactWriter) { writer.string(self) }
    init(from reader: CompactReader) throws { self = try reader.string() }
}

extension Bool: CompactPrimitive {
    func write(to writer: CompactWriter) { writer.byte(self ? 1 : 0) }
    init(from reader: CompactReader) throws { self = try reader.byte() != 0 }
}

extension Double: CompactPrimitive {
    func write(to writer: CompactWriter) { writer.double(self) }
    init(from reader: CompactReader) throws { self = try reader.double() }
}

extension Float: CompactPrimitive {
    func write(to writer: CompactWriter) { writer.double(Double(self)) }
    init(from reader: CompactReader) throws { self = Float(try reader.double()) }
}

extension Int: CompactPrimitive {}
extension Int8: CompactPrimitive {}
extension Int16: CompactPrimitive {}
extension Int32: CompactPrimitive {}
extension Int64: CompactPrimitive {}
extension UInt: CompactPrimitive {}
extension UInt8: CompactPrimitive {}
extension UInt16: CompactPrimitive {}
extension UInt32: CompactPrimitive {}
extension UInt64: CompactPrimitive {}

extension CompactPrimitive where Self: FixedWidthInteger & SignedInteger {
    func write(to writer: CompactWriter) { writer.signed(Int64(self)) }
    init(from reader: CompactReader) throws { self = try reader.integer(Self.self) }
}

extension CompactPrimitive where Self: FixedWidthInteger & UnsignedInteger {
    func write(to writer: CompactWriter) { writer.unsigned(UInt64(self)) }
    init(from reader: CompactReader) throws { self = try reader.integer(Self.self) }
}
