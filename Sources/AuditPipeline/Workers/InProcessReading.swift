import AuditEvidence
import Foundation

/// Reads documents in this process (`--in-process`), each on a thread of its own: the readers
/// and the C libraries under them are synchronous and long, and would block the cooperative pool.
struct InProcessReading: DocumentReadingService {
    let processor: DocumentProcessor

    /// What the reading thread hands on: a part of the rows, then the reading.
    private enum Event: Sendable {
        case part(EvidenceModel)
        case done(reading: DocumentReading, fromCache: Bool)
    }

    func read(path: String, bytes: Data, sha256: String?,
              part: (EvidenceModel) async -> Void) async -> (reading: DocumentReading, fromCache: Bool) {
        let events = HandOff<Event>()
        let processor = processor
        let thread = Thread {
            let result = processor.process(path: path, bytes: bytes, sha256: sha256) { events.send(.part($0)) }
            events.send(.done(reading: result.reading, fromCache: result.fromCache))
            events.finish()
        }
        thread.name = "auditready.reading"
        thread.stackSize = OwnThread.stackSize
        thread.start()
        for await event in events {
            switch event {
            case let .part(model):
                await part(model)
            case let .done(reading, fromCache):
                return (reading, fromCache)
            }
        }
        preconditionFailure("a document's reading thread ended without its reading")
    }

    /// Nothing to end: each reading's thread ends with it.
    func close() async {}
}
