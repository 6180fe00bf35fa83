import Foundation

/// How documents are read in worker processes, so that no document can take a check down.
///
/// Each worker is the same program started in its worker mode (`auditready worker …`); it reads
/// one document at a time and is replaced when it crashes, is killed, or runs over a limit.
public struct DocumentWorkerConfiguration: Sendable {
    /// The program to start as a worker.
    public var executable: String
    /// Its arguments (the worker mode and the reading settings).
    public var arguments: [String]
    /// The time any document may take to be read, whatever its size. Default: 120 s.
    public var timeLimit: Duration = .seconds(120)
    /// The time added to a document's limit for each megabyte of it (scans take longest, and
    /// their pages make their size). Default: 60 s.
    public var timeLimitPerMegabyte: Duration = .seconds(60)
    /// The memory (data and private mappings, `RLIMIT_DATA`) one worker may use, in bytes; nil
    /// for no limit. Default: 2 GiB, far above what an ordinary document needs (see docs/performance.md).
    public var memoryLimit: Int? = 2 << 30

    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// The time a document of `byteCount` bytes may take.
    public func timeLimit(forBytes byteCount: Int) -> Duration {
        timeLimit + timeLimitPerMegabyte * (Double(byteCount) / 1_048_576)
    }
}
