/// A value with a hand-written compact binary form: the one binary form of the values the program stores and pipes.
///
/// Every value the result cache stores, the worker pipe carries and the spill database files
/// away has a hand-written form: its fields in a fixed order, with no keys and no type tag. There
/// is one protocol, one writer and one reader (this file), and one way to turn a whole value into
/// bytes and back (`compactBytes()` / `init(compactBytes:)`); there is no generic `Codable` coder
/// beside them. The rule for the forms:
/// - a form sits beside its type's module (`CompactCoreForms.swift` for `AuditCore`'s types,
///   `EvidenceModel+Compact.swift`, `ExtractionOutcome+Compact.swift`, `DocumentReading` in
///   `DocumentProcessor.swift`) and writes the stored properties in declaration order;
/// - `init(compactFrom:)` reads exactly the fields, in exactly the order, that
///   `encode(compactTo:)` writes, and throws `DecodingError.dataCorrupted` (through
///   `CompactBinaryReader.corrupted`) on bytes that do not hold them: it never traps;
/// - enumerations are their raw text (`CompactStringEnum`);
/// - a stored property added to a type is added to its form; the compact-form tests round-trip
///   every type and count each type's stored properties, so one left out fails a test;
/// - a change to a stored form bumps the version its cache entries are keyed by
///   (`ExtractionRouter.formatVersion`, `DocumentProcessor.readingFormatVersion`).
///
/// Hand-written forms are what makes the cache pay: `Codable` costs a generic container and a
/// dynamic cast per value, and the evidence of a large archive (hundreds of thousands of located
/// values) decodes several times faster without them.
public protocol CompactCodable {
    init(compactFrom reader: CompactBinaryReader) throws
    func encode(compactTo writer: CompactBinaryWriter)
}

extension CompactCodable {
    /// The bytes of this value alone: what the result cache and the spill database store.
    public func compactBytes() -> [UInt8] {
        let writer = CompactBinaryWriter()
        encode(compactTo: writer)
        return writer.bytes
    }

    /// The value that `bytes` hold, which must be consumed whole: a cut-short value, or bytes left
    /// over after it, throws `DecodingError.dataCorrupted`.
    public init(compactBytes bytes: [UInt8]) throws {
        let reader = CompactBinaryReader(bytes: bytes)
        self = try Self(compactFrom: reader)
        guard reader.isAtEnd else { throw CompactBinaryReader.corrupted("bytes left over after the value") }
    }
}

/// Constants of the compact binary form.
public enum CompactBinaryFormat {
    /// Strings of at most this many UTF-8 bytes are interned: written once, then referred to by number.
    public static let internLimit = 256
    /// The presence byte of an absent optional.
    public static let absent: UInt8 = 0
    /// The presence byte of a present optional.
    public static let present: UInt8 = 1
}

/// A growing byte buffer with the compact form's primitive writes.
public final class CompactBinaryWriter {
    public private(set) var bytes: [UInt8] = []
    private var interned: [String: Int] = [:]

    public init() { bytes.reserveCapacity(4096) }

    public func byte(_ value: UInt8) { bytes.append(value) }

    /// An unsigned integer in 7-bit groups, least significant first.
    public func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A signed integer, zig-zag mapped so small negative numbers stay short.
    public func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    public func double(_ value: Double) {
        var bits = value.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    public func string(_ value: String) {
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
    public func countSlot() -> Int {
        let offset = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0])
        return offset
    }

    public func setCount(_ count: Int, at offset: Int) {
        let value = UInt32(truncatingIfNeeded: count)
        for shift in 0..<4 { bytes[offset + shift] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(shift))) }
    }

    /// A list: its four-byte count, then each element.
    public func count(_ count: Int) { setCount(count, at: countSlot()) }

    /// Any compact value (an optional one with its presence byte).
    @inline(__always)
    public func write<T: CompactCodable>(_ value: T) { value.encode(compactTo: self) }
}

/// A byte buffer with the compact form's primitive reads, mirroring `CompactBinaryWriter`.
///
/// Every read checks its bounds and throws `DecodingError.dataCorrupted` on bytes that do not
/// hold what is asked for; it never traps.
public final class CompactBinaryReader {
    private let bytes: [UInt8]
    /// The offset of the next byte to read.
    public private(set) var position = 0
    private var interned: [String] = []

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public var isAtEnd: Bool { position == bytes.count }

    public static func corrupted(_ reason: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "compact binary: \(reason)"))
    }

    public func byte() throws -> UInt8 {
        guard position < bytes.count else { throw Self.corrupted("unexpected end") }
        defer { position += 1 }
        return bytes[position]
    }

    public func peek() throws -> UInt8 {
        guard position < bytes.count else { throw Self.corrupted("unexpected end") }
        return bytes[position]
    }

    public func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Self.corrupted("integer too long") }
            value |= UInt64(next & 0x7f) << shift
            if next & 0x80 == 0 { return value }
            shift += 7
        }
    }

    public func signed() throws -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    public func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        if T.isSigned {
            guard let value = T(exactly: try signed()) else { throw Self.corrupted("integer out of range for \(T.self)") }
            return value
        }
        guard let value = T(exactly: try unsigned()) else { throw Self.corrupted("integer out of range for \(T.self)") }
        return value
    }

    public func double() throws -> Double {
        guard position + 8 <= bytes.count else { throw Self.corrupted("unexpected end") }
        var bits: UInt64 = 0
        for offset in 0..<8 { bits |= UInt64(bytes[position + offset]) << (8 * UInt64(offset)) }
        position += 8
        return Double(bitPattern: bits)
    }

    public func string() throws -> String {
        let head = try unsigned()
        if head & 1 == 1 {
            let index = Int(head >> 1)
            guard index < interned.count else { throw Self.corrupted("unknown string reference") }
            return interned[index]
        }
        guard head >> 1 <= UInt64(bytes.count - position) else { throw Self.corrupted("string runs past the end") }
        let count = Int(head >> 1)
        let text = bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<(position + count)]), as: UTF8.self)
        }
        position += count
        if count <= CompactBinaryFormat.internLimit { interned.append(text) }
        return text
    }

    /// A four-byte list count.
    public func count() throws -> Int {
        guard position + 4 <= bytes.count else { throw Self.corrupted("unexpected end") }
        var value = 0
        for offset in 0..<4 { value |= Int(bytes[position + offset]) << (8 * offset) }
        position += 4
        return value
    }

    /// Any compact value (an optional one with its presence byte).
    @inline(__always)
    public func read<T: CompactCodable>(_ type: T.Type = T.self) throws -> T { try T(compactFrom: self) }
}

extension String: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws { self = try reader.string() }
    public func encode(compactTo writer: CompactBinaryWriter) { writer.string(self) }
}

extension Bool: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws { self = try reader.byte() != 0 }
    public func encode(compactTo writer: CompactBinaryWriter) { writer.byte(self ? 1 : 0) }
}

extension Double: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws { self = try reader.double() }
    public func encode(compactTo writer: CompactBinaryWriter) { writer.double(self) }
}

extension Float: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws { self = Float(try reader.double()) }
    public func encode(compactTo writer: CompactBinaryWriter) { writer.double(Double(self)) }
}

extension Int: CompactCodable {}
extension Int8: CompactCodable {}
extension Int16: CompactCodable {}
extension Int32: CompactCodable {}
extension Int64: CompactCodable {}
extension UInt: CompactCodable {}
extension UInt8: CompactCodable {}
extension UInt16: CompactCodable {}
extension UInt32: CompactCodable {}
extension UInt64: CompactCodable {}

extension CompactCodable where Self: FixedWidthInteger & SignedInteger {
    public init(compactFrom reader: CompactBinaryReader) throws { self = try reader.integer(Self.self) }
    public func encode(compactTo writer: CompactBinaryWriter) { writer.signed(Int64(self)) }
}

extension CompactCodable where Self: FixedWidthInteger & UnsignedInteger {
    public init(compactFrom reader: CompactBinaryReader) throws { self = try reader.integer(Self.self) }
    public func encode(compactTo writer: CompactBinaryWriter) { writer.unsigned(UInt64(self)) }
}

/// A list: a four-byte count, then the elements (the form `Codable` lists take too).
extension Array: CompactCodable where Element: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        let count = try reader.count()
        self = []
        // A corrupted count must not reserve gigabytes: every element takes at least one byte.
        reserveCapacity(Swift.min(count, 1 << 16))
        for _ in 0..<count { append(try Element(compactFrom: reader)) }
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.count(count)
        for element in self { element.encode(compactTo: writer) }
    }
}

/// An optional: a presence byte, then the value when present.
extension Optional: CompactCodable where Wrapped: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        switch try reader.byte() {
        case CompactBinaryFormat.absent: self = nil
        case CompactBinaryFormat.present: self = try Wrapped(compactFrom: reader)
        default: throw CompactBinaryReader.corrupted("bad presence marker")
        }
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        guard let self else { return writer.byte(CompactBinaryFormat.absent) }
        writer.byte(CompactBinaryFormat.present)
        self.encode(compactTo: writer)
    }
}

/// An enumeration stored as its raw text.
public protocol CompactStringEnum: CompactCodable, RawRepresentable where RawValue == String {}

extension CompactStringEnum {
    public init(compactFrom reader: CompactBinaryReader) throws {
        let raw = try reader.string()
        guard let value = Self(rawValue: raw) else { throw CompactBinaryReader.corrupted("unknown \(Self.self) '\(raw)'") }
        self = value
    }

    public func encode(compactTo writer: CompactBinaryWriter) { writer.string(rawValue) }
}
