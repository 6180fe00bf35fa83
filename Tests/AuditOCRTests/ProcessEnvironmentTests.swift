@testable import AuditOCR
import Foundation
import Testing

@Suite("Restarting with OpenMP limited to one thread")
struct ProcessEnvironmentTests {
    static let probe = "AUDITREADY_REEXEC_PROBE"

    /// libgomp's thread limit as it read it at load, or nil when OpenMP is not loaded.
    static func openMPThreadLimit() -> Int? {
        guard let symbol = dlsym(nil, "omp_get_thread_limit") else { return nil }
        return Int(unsafeBitCast(symbol, to: (@convention(c) () -> Int32).self)())
    }

    @Test("The process re-executes itself once with OMP_THREAD_LIMIT=1, which OpenMP then applies")
    func reexecutesOnce() throws {
        let environment = ProcessInfo.processInfo.environment
        if environment[Self.probe] == "1" {
            // In the child: report, restart (once), report again from the new process image.
            print("probe limit=\(environment["OMP_THREAD_LIMIT"] ?? "unset") openmp=\(Self.openMPThreadLimit().map(String.init) ?? "none")")
            OCRProcessEnvironment.ensureSingleThreadedOpenMP()
            return
        }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = ["--testing-library", "swift-testing", "--filter", "reexecutesOnce"]
        var childEnvironment = environment
        childEnvironment[OCRProcessEnvironment.threadLimitVariable] = nil
        childEnvironment[Self.probe] = "1"
        child.environment = childEnvironment
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        let probes = text.split(separator: "\n").filter { $0.hasPrefix("probe ") }
        #expect(child.terminationStatus == 0)
        // First without the variable; then, after exactly one restart, with it, and OpenMP applied it.
        #expect(probes.count == 2)
        #expect(probes.first?.hasPrefix("probe limit=unset") == true)
        #expect(probes.last == "probe limit=1 openmp=1")
    }
}
