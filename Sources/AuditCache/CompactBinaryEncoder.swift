import AuditCore

/// Encodes `Encodable` values into a compact binary form that `CompactBinaryDecoder` reads back,
/// several times faster than Foundation's property-list and JSON coders on large documents.
///
/// The form is positional: keyed values are written in the order `encode(to:)` writes them, each
/// behind a four-byte fingerprint of its whole key, and read back in the same order. A type whose
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

/// The key fingerprint of the `Codable` path (hand-written `CompactCodable` types write no keys).
enum CompactKeyFingerprint {
    /// A four-byte fingerprint of a key (32-bit FNV-1a of its UTF-8 bytes, least significant byte
    /// first), to catch a decoder reading keys out of the encoder's order. Every byte of the key
    /// counts: keys of the same length and first letter (`width` and `words`) differ.
    @inline(__always)
    static func of(_ key: some CodingKey) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in key.stringValue.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }

    /// Writes the fingerprint of `key`.
    @inline(__always)
    static func write(_ key: some CodingKey, to writer: CompactBinaryWriter) {
        let hash = of(key)
        for shift in stride(from: 0, to: 32, by: 8) { writer.byte(UInt8(truncatingIfNeeded: hash >> UInt32(shift))) }
    }

    /// Reads a fingerprint and tells whether it is `key`'s.
    @inline(__always)
    static func read(_ key: some CodingKey, from reader: CompactBinaryReader) throws -> Bool {
        var hash: UInt32 = 0
        for shift in stride(from: 0, to: 32, by: 8) { hash |= UInt32(try reader.byte()) << UInt32(shift) }
        return hash == of(key)
    }
}

/// The `Encoder` the containers share; values are written straight into one buffer.
final class CompactEncoding: Encoder {
    let writer = CompactBinaryWriter()
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

    /// Writes a value: primitives and `CompactCodable` types in their own form, anything else
    /// through its `encode(to:)`.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if T.self == String.self { return writer.string(value as! String) }
        if T.self == Int.self { return writer.signed(Int64(value as! Int)) }
        if T.self == Double.self { return writer.double(value as! Double) }
        if T.self == Bool.self { return writer.byte(value as! Bool ? 1 : 0) }
        // The metatype, not the value, is tested: a value cast would look through `Optional`.
        if T.self is any CompactCodable.Type, let compact = value as? any CompactCodable { return writeCompact(compact) }
        try value.encode(to: self)
    }

    /// Writes a value in its hand-written form.
    func writeCompact(_ value: some CompactCodable) { value.encode(compactTo: writer) }
}

struct CompactKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoding: CompactEncoding
    var codingPath: [any CodingKey] { [] }

    private func mark(_ key: Key) { CompactKeyFingerprint.write(key, to: encoding.writer) }

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
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: String) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: Double) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: Float) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: Int) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: Int8) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: Int16) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: Int32) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: Int64) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: UInt) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: UInt8) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: UInt16) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: UInt32) throws {
        encoding.writeCompact(value)
        counted()
    }
    mutating func encode(_ value: UInt64) throws {
        encoding.writeCompact(value)
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
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: String) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: Double) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: Float) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: Int) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: Int8) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: Int16) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: Int32) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: Int64) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: UInt) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: UInt8) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: UInt16) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: UInt32) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
    mutating func encode(_ value: UInt64) throws {
        encoding.writer.byte(CompactBinaryFormat.present)
        encoding.writeCompact(value)
    }
}
