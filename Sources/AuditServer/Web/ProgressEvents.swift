import Foundation
import Hummingbird

/// A check's progress as server-sent events: one `data:` event with the check's JSON each time it
/// changes, until it is done or failed; `event: gone` when it is deleted meanwhile.
enum ProgressEvents {
    /// How often the store is looked at.
    static let interval: Duration = .milliseconds(400)
    /// The longest one stream stays open; the browser reconnects after it.
    static let maximumLength: Duration = .seconds(600)

    static func response(for id: String, organisation: String, store: any ServerStore) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            var last = ""
            let end = ContinuousClock.now + maximumLength
            while ContinuousClock.now < end {
                guard let record = try await store.check(id, organisation: organisation) else {
                    try await writer.write(ByteBuffer(string: "event: gone\ndata: {}\n\n"))
                    break
                }
                let json = String(decoding: try encoder.encode(CheckView(record)), as: UTF8.self)
                if json != last {
                    try await writer.write(ByteBuffer(string: "data: \(json)\n\n"))
                    last = json
                }
                if record.status == .done || record.status == .failed { break }
                try await Task.sleep(for: interval)
            }
            try await writer.finish(nil)
        })
    }
}
