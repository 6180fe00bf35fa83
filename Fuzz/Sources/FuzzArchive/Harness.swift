import AuditIntake
import FuzzSupport
import Logging

/// Any bytes as an uploaded archive, walked by intake (libarchive with its limits, entry names,
/// nested archives); every entry must come out as a file or a refusal with a reason.
func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-fuzz-\(getpid()).zip")
    FileManager.default.createFile(atPath: url.path, contents: Data(UnsafeBufferPointer(start: data, count: size)))
    var configuration = IntakeConfiguration()
    configuration.maxEntryBytes = 16 << 20
    configuration.maxTotalBytes = 64 << 20
    try? EvidenceIntake(configuration: configuration, logger: Logger(label: "fuzz")).walk(url.path) { item in
        if case let .refused(_, _, reason) = item, reason.isEmpty { fatalError("a refusal without a reason") }
    }
    return 0
}
