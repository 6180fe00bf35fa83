import AuditCore
import AuditEvidence
import Foundation

/// One message between the check and a document worker process, and its form on a pipe.
///
/// On the pipe a frame is one byte of kind, eight bytes of payload length (little-endian), then
/// the payload: the compact binary form of its values (see `CompactCodable`); a request's
/// document bytes follow its path and digest raw.
enum WorkerFrame {
    /// Read the document `path`, whose bytes have the digest `sha256`.
    case request(path: String, sha256: String, bytes: Data)
    /// Time entries and pay lines of the document being read (see `DocumentProcessor.process`).
    case part(EvidenceModel)
    /// The document's reading, and whether it came from the result cache.
    case done(DocumentReading, fromCache: Bool)

    /// The largest payload a frame may announce: a corrupt length is refused, not allocated.
    static let payloadLimit: UInt64 = 4 << 30

    enum Kind: UInt8 {
        case request = 1, part = 2, done = 3
    }

    /// The frame as written on the pipe.
    func encoded() -> [UInt8] {
        let writer = CompactBinaryWriter()
        let kind: Kind
        var raw = Data()
        switch self {
        case let .request(path, sha256, bytes):
            kind = .request
            writer.string(path)
            writer.string(sha256)
            raw = bytes
        case let .part(model):
            kind = .part
            writer.write(model)
        case let .done(reading, fromCache):
            kind = .done
            writer.write(reading)
            writer.write(fromCache)
        }
        let length = UInt64(writer.bytes.count + raw.count)
        var frame: [UInt8] = [kind.rawValue]
        frame.reserveCapacity(9 + Int(length))
        for shift in stride(from: 0, to: 64, by: 8) { frame.append(UInt8(truncatingIfNeeded: length >> UInt64(shift))) }
        frame += writer.bytes
        frame += raw
        return frame
    }

    /// The frame of `kind` whose payload is `payload`; throws on a payload that does not hold one.
    static func decode(kind rawKind: UInt8, payload: [UInt8]) throws -> WorkerFrame {
        guard let kind = Kind(rawValue: rawKind) else { throw CompactBinaryReader.corrupted("unknown worker frame kind \(rawKind)") }
        let reader = CompactBinaryReader(bytes: payload)
        switch kind {
        case .request:
            let path = try reader.string()
            let sha256 = try reader.string()
            return .request(path: path, sha256: sha256, bytes: Data(payload[reader.position...]))
        case .part:
            return .part(try reader.read())
        case .done:
            return .done(try reader.read(), fromCache: try reader.read())
        }
    }

    /// The payload length in a frame's eight length bytes.
    static func length(of header: [UInt8]) -> UInt64 {
        header[1...8].enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }
}
