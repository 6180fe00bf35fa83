import AuditTestSupport
import Foundation
import Testing

@Suite("End to end: exit statuses")
struct ExitStatusTests {
    @Test("An unexpected error (serve on a port another program listens on) exits 70, not the usage status 2, and says what failed")
    func unexpectedError() throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-exit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let outcome = try ProgramRunner.run(CLIRunner.auditready, ["serve", "--data", data.path, "--host", "127.0.0.1", "--port", "\(listener.port)"],
                                            currentDirectory: CLIRunner.repository, timeout: .seconds(120))
        #expect(!outcome.timedOut, "serve did not stop: \(outcome.stderrText)")
        #expect(outcome.status == 70, "\(outcome.stderrText)")
        let last = outcome.stderrText.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("auditready: unexpected error ("), "\(outcome.stderrText)")
        #expect(last.contains("Address already in use"), "\(outcome.stderrText)")
    }
}

/// A TCP socket listening on 127.0.0.1 at a port the system chose, so that no other program can listen there.
private struct LoopbackListener {
    let descriptor: Int32
    let port: Int

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ListenerError(code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && listen(descriptor, 1) == 0 && getsockname(descriptor, address, &length) == 0
            }
        }
        guard listening else {
            let code = errno
            _ = Glibc.close(descriptor)
            throw ListenerError(code: code)
        }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(descriptor) }
}

/// Why the test's listening socket could not be made.
private struct ListenerError: Error, CustomStringConvertible {
    var code: Int32
    var description: String { "cannot listen on 127.0.0.1: \(String(cString: strerror(code)))" }
}
