import AuditCore

/// Decodes values that `CompactBinaryEncoder` encoded.
///
/// Any mismatch between the bytes and the type being decoded (a key out of order, a truncated
/// buffer, an unknown enum case) throws `DecodingError.dataCorrupted`; it never traps.
public struct CompactBinaryDecoder {
    public init() {}

    /// The value of type `T` in `bytes`, which must be consumed whole.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let decoding = CompactDecoding(reader: CompactBinaryReader(bytes: bytes))
        let value = try decoding.decodeValue(T.self)
        guard decoding.reader.isAtEnd else { throw CompactBinaryReader.corrupted("bytes left over after the value") }
        return value
    }
}

/// The `Decoder` the containers share.
final class CompactDecoding: Decoder {
    let reader: CompactBinaryReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(reader: CompactBinaryReader) { self.reader = reader }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(CompactKeyedDecodingContainer<Key>(decoding: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecodingContainer(decoding: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactSingleValueDecodingContainer(decoding: self)
    }

    /// Reads a value: primitives and `CompactCodable` types in their own form, anything else
    /// through its `init(from:)`.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try reader.string() as! T }
        if T.self == Int.self { return try reader.integer(Int.self) as! T }
        if T.self == Double.self { return try reader.double() as! T }
        if T.self == Bool.self { return try (reader.byte() != 0) as! T }
        if let compact = T.self as? any CompactCodable.Type { return try compact.init(compactFrom: reader) as! T }
        return try T(from: self)
    }
}

struct CompactKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoding: CompactDecoding
    var codingPath: [any CodingKey] { [] }
    /// Keys are not stored; the container answers for keys as the encoder wrote them, in order.
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }

    private func expect(_ key: Key) throws {
        guard try CompactKeyFingerprint.read(key, from: decoding.reader) else {
            throw CompactBinaryReader.corrupted("key \(key.stringValue) is not where the encoder wrote it")
        }
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        throw CompactBinaryReader.corrupted("decodeNil(forKey:) is not supported; use decodeIfPresent")
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decode(type, key) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try decodeOptional(type, key) }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(type, key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try decodeOptional(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try decodeOptional(type, key) }

    private func decode<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        try expect(key)
        return try decoding.decodeValue(T.self)
    }

    private func decodeOptional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        try expect(key)
        switch try decoding.reader.byte() {
        case CompactBinaryFormat.absent: return nil
        case CompactBinaryFormat.present: return try decoding.decodeValue(T.self)
        default: throw CompactBinaryReader.corrupted("bad presence marker for key \(key.stringValue)")
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try expect(key)
        return try decoding.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try expect(key)
        return try decoding.unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoding }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        try expect(key)
        return decoding
    }
}

struct CompactUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let decoding: CompactDecoding
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(decoding: CompactDecoding) throws {
        self.decoding = decoding
        count = try decoding.reader.count()
    }

    private mutating func advance() throws {
        guard !isAtEnd else { throw CompactBinaryReader.corrupted("read past the end of a list") }
        currentIndex += 1
    }

    /// Lists carry no presence byte per element (optional elements carry their own), so a
    /// caller's look-ahead for nil cannot be answered.
    mutating func decodeNil() throws -> Bool {
        throw CompactBinaryReader.corrupted("decodeNil() in a list is not supported")
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try advance()
        return try decoding.decodeValue(T.self)
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: String.Type) throws -> String {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: Double.Type) throws -> Double {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: Int.Type) throws -> Int {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: UInt.Type) throws -> UInt {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        try advance()
        return try decoding.decodeValue(type)
    }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        try advance()
        return try decoding.decodeValue(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try advance()
        return try decoding.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try advance()
        return try decoding.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try advance()
        return decoding
    }
}

struct CompactSingleValueDecodingContainer: SingleValueDecodingContainer {
    let decoding: CompactDecoding
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
        guard (try? decoding.reader.peek()) == CompactBinaryFormat.absent else { return false }
        _ = try? decoding.reader.byte()
        return true
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(T.self)
    }
    func decode(_ type: Bool.Type) throws -> Bool {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: String.Type) throws -> String {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: Double.Type) throws -> Double {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: Float.Type) throws -> Float {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: Int.Type) throws -> Int {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: Int8.Type) throws -> Int8 {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: Int16.Type) throws -> Int16 {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: Int32.Type) throws -> Int32 {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: Int64.Type) throws -> Int64 {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: UInt.Type) throws -> UInt {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: UInt8.Type) throws -> UInt8 {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: UInt16.Type) throws -> UInt16 {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: UInt32.Type) throws -> UInt32 {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
    func decode(_ type: UInt64.Type) throws -> UInt64 {
        guard try decoding.reader.byte() == CompactBinaryFormat.present else { throw CompactBinaryReader.corrupted("missing value") }
        return try decoding.decodeValue(type)
    }
}
