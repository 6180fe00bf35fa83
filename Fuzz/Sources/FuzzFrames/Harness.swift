@testable import AuditPipeline
import FuzzSupport

/// Bytes as a worker frame's kind and payload: decoding must throw or give a frame, never trap,
/// since a worker that went wrong may send anything.
func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    _ = try? WorkerFrame.decode(kind: data[0] % 4, payload: Array(UnsafeBufferPointer(start: data + 1, count: size - 1)))
    return 0
}
