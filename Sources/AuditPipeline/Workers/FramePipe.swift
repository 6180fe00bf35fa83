#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Worker frames over a pair of file descriptors, with a deadline on what is awaited.
struct FramePipe {
    /// Where frames are read from.
    let input: Int32
    /// Where frames are written to.
    let output: Int32

    /// Why a frame could not be sent or received.
    enum Failure: Error {
        /// The other end closed its side: the worker ended (or the check did).
        case closed
        /// The deadline passed before the whole frame arrived.
        case timedOut
        /// A read or write failed with this `errno` (EPIPE: the other end is gone).
        case failed(Int32)
        /// The bytes did not hold a frame.
        case corrupt(String)
    }

    /// Writes `frame` whole.
    func send(_ frame: WorkerFrame) throws(Failure) {
        let bytes = frame.encoded()
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(output, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .failed(errno)
            }
            offset += written
        }
    }

    /// The next frame; throws `.timedOut` when `deadline` passes first, `.closed` at the end.
    func receive(deadline: ContinuousClock.Instant? = nil) throws(Failure) -> WorkerFrame {
        var header = [UInt8](repeating: 0, count: 9)
        try readExactly(&header, deadline: deadline)
        let length = WorkerFrame.length(of: header)
        guard length <= WorkerFrame.payloadLimit else { throw .corrupt("a frame announces \(length) bytes") }
        var payload = [UInt8](repeating: 0, count: Int(length))
        try readExactly(&payload, deadline: deadline)
        do {
            return try WorkerFrame.decode(kind: header[0], payload: payload)
        } catch {
            throw .corrupt("\(error)")
        }
    }

    /// Fills `buffer` from `input`, waiting no later than `deadline`.
    private func readExactly(_ buffer: inout [UInt8], deadline: ContinuousClock.Instant?) throws(Failure) {
        var offset = 0
        while offset < buffer.count {
            if let deadline { try wait(until: deadline) }
            let count = buffer.withUnsafeMutableBytes { raw in
                read(input, raw.baseAddress! + offset, raw.count - offset)
            }
            if count == 0 { throw .closed }
            if count < 0 {
                if errno == EINTR { continue }
                throw .failed(errno)
            }
            offset += count
        }
    }

    /// Returns once `input` has something to read (or has ended); throws `.timedOut` at `deadline`.
    private func wait(until deadline: ContinuousClock.Instant) throws(Failure) {
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { throw .timedOut }
            let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(clamping: milliseconds))
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .failed(errno) }
        }
    }
}

extension FramePipe {
    /// `send`, on a thread of its own while the calling task is suspended: a write to a worker
    /// that is busy blocks until it reads.
    func sendOnOwnThread(_ frame: WorkerFrame) async throws(Failure) {
        try await OwnThread.run("auditready.frames") { Result { () throws(Failure) in try send(frame) } }.get()
    }

    /// `receive`, on a thread of its own while the calling task is suspended: the read waits for
    /// the worker (`poll` up to `deadline`), for as long as a scan takes.
    func receiveOnOwnThread(deadline: ContinuousClock.Instant) async throws(Failure) -> WorkerFrame {
        try await OwnThread.run("auditready.frames") { Result { () throws(Failure) in try receive(deadline: deadline) } }.get()
    }
}
