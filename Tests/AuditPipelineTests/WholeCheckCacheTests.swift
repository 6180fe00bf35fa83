import AuditCache
import AuditCore
import AuditExtraction
@testable import AuditPipeline
import AuditRules
import Foundation
import Logging
import Testing

/// Keeps the messages logged, to tell which way a check went.
final class LogRecorder: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        lock.lock()
        recorded.append(message.description)
        lock.unlock()
    }

    var messages: [String] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// How many checks were read back whole so far.
    func wholeCheckHits() -> Int {
        messages.filter { $0.contains("whole check was read from the result cache") }.count
    }
}

@Suite("The whole-check cache")
struct WholeCheckCacheTests {
    let asOf = CivilDate(year: 2026, month: 7, day: 18)!

    /// The China pack, with the daily-hours limit changed when `dailyLimit` is given.
    func packs(dailyLimit: Double? = nil) throws -> [RulePack] {
        var packs = try RulePackLoader(directories: [PipelineTests.repository.appendingPathComponent("Rules")]).load(["china-labor-law"])
        if let dailyLimit {
            let index = try #require(packs[0].rules.firstIndex { $0.id == "daily-hours" })
            packs[0].rules[index].parameters["max_hours"] = .number(dailyLimit)
        }
        return packs
    }

    func folder(hours: String = "13") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wc-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "工号,姓名,出生日期\nE001,Li Lei,1990-01-02\n".write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
        try Self.timesheet(firstDay: hours).write(to: folder.appendingPathComponent("timesheet.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    /// Three days of one worker, the first of `firstDay` hours.
    static func timesheet(firstDay hours: String) -> String {
        "Employee ID,Name,Date,Clock In,Clock Out,Hours\nE001,Li Lei,2026-07-01,08:00,22:00,\(hours)\n"
            + "E001,Li Lei,2026-07-02,08:00,17:00,8\nE001,Li Lei,2026-07-03,08:00,17:00,8\n"
    }

    func cachedPipeline(_ recorder: LogRecorder) throws -> AuditPipeline {
        let cache = try ResultCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("wc-\(UUID().uuidString)"),
                                    logger: Logger(label: "test"))
        return AuditPipeline(configuration: PipelineConfiguration(cache: cache), logger: Logger(label: "test") { _ in recorder })
    }

    let uncached = AuditPipeline(configuration: PipelineConfiguration(), logger: Logger(label: "test"))

    @Test("Re-checking an unchanged input with the same rules, day and settings reads the earlier report back whole")
    func unchangedInput() throws {
        let input = try folder()
        defer { try? FileManager.default.removeItem(at: input) }
        let recorder = LogRecorder()
        let pipeline = try cachedPipeline(recorder)
        let cold = try pipeline.check(input.path, packs: packs(), asOf: asOf)
        #expect(recorder.wholeCheckHits() == 0)
        let warm = try pipeline.check(input.path, packs: packs(), asOf: asOf)
        #expect(recorder.wholeCheckHits() == 1)
        #expect(warm == cold)
        #expect(cold == (try uncached.check(input.path, packs: packs(), asOf: asOf)))
    }

    @Test("The same content under another path is a hit reported under the path given now")
    func movedInput() throws {
        let input = try folder()
        let moved = FileManager.default.temporaryDirectory.appendingPathComponent("wc-moved-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: moved) }
        let recorder = LogRecorder()
        let pipeline = try cachedPipeline(recorder)
        _ = try pipeline.check(input.path, packs: packs(), asOf: asOf)
        try FileManager.default.moveItem(at: input, to: moved)
        let report = try pipeline.check(moved.path, packs: packs(), asOf: asOf)
        #expect(recorder.wholeCheckHits() == 1)
        #expect(report.input == moved.path)
    }

    @Test("A changed file, day or rule parameter is checked again and reported as a check without the cache would")
    func changesMiss() throws {
        let input = try folder()
        defer { try? FileManager.default.removeItem(at: input) }
        let recorder = LogRecorder()
        let pipeline = try cachedPipeline(recorder)
        _ = try pipeline.check(input.path, packs: packs(), asOf: asOf)

        try Self.timesheet(firstDay: "8").write(to: input.appendingPathComponent("timesheet.csv"), atomically: true, encoding: .utf8)
        #expect(try pipeline.check(input.path, packs: packs(), asOf: asOf) == (try uncached.check(input.path, packs: packs(), asOf: asOf)))
        let later = CivilDate(year: 2027, month: 1, day: 1)!
        #expect(try pipeline.check(input.path, packs: packs(), asOf: later) == (try uncached.check(input.path, packs: packs(), asOf: later)))
        #expect(recorder.wholeCheckHits() == 0)
        try Self.timesheet(firstDay: "13").write(to: input.appendingPathComponent("timesheet.csv"), atomically: true, encoding: .utf8)
        _ = try pipeline.check(input.path, packs: packs(), asOf: asOf)
        #expect(recorder.wholeCheckHits() == 1, "the first check's content again")
        let lenient = try packs(dailyLimit: 14)
        let relaxed = try pipeline.check(input.path, packs: lenient, asOf: asOf)
        #expect(relaxed == (try uncached.check(input.path, packs: lenient, asOf: asOf)))
        #expect(relaxed.findings.count < (try uncached.check(input.path, packs: packs(), asOf: asOf)).findings.count,
                "a 13-hour day breaks the 11-hour limit, not a 14-hour one")
        #expect(recorder.wholeCheckHits() == 1)
    }

    @Test("A check in Chinese is never read back from an English check's report, nor the reverse: each language has its own")
    func languageIsPartOfTheKey() throws {
        let input = try folder()
        defer { try? FileManager.default.removeItem(at: input) }
        let recorder = LogRecorder()
        let pipeline = try cachedPipeline(recorder)
        let english = try pipeline.check(input.path, packs: packs(), asOf: asOf)
        let chinese = try pipeline.check(input.path, packs: packs(), asOf: asOf, language: .zh)
        #expect(recorder.wholeCheckHits() == 0)
        #expect(chinese == (try uncached.check(input.path, packs: packs(), asOf: asOf, language: .zh)))
        #expect(chinese.findings.contains { $0.message.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
        #expect(try pipeline.check(input.path, packs: packs(), asOf: asOf) == english)
        #expect(try pipeline.check(input.path, packs: packs(), asOf: asOf, language: .zh) == chinese)
        #expect(recorder.wholeCheckHits() == 2, "each language read back its own report")
        #expect(english.findings.map(\.rule) == chinese.findings.map(\.rule))
    }
}

@Suite("Input fingerprints")
struct InputFingerprintTests {
    func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fp-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test("Two folders with the same files have one fingerprint; any changed byte, name or added file changes it")
    func folders() throws {
        let files = ["a.csv": "x", "工资/七月.csv": "1,2"]
        let first = try folder(files), second = try folder(files)
        let changed = try folder(["a.csv": "y", "工资/七月.csv": "1,2"])
        let renamed = try folder(["b.csv": "x", "工资/七月.csv": "1,2"])
        let added = try folder(files.merging(["工资/八月.csv": ""]) { a, _ in a })
        defer { for url in [first, second, changed, renamed, added] { try? FileManager.default.removeItem(at: url) } }
        let digest = try #require(InputFingerprint.digest(of: first.path))
        #expect(InputFingerprint.digest(of: second.path) == digest)
        for other in [changed, renamed, added] { #expect(InputFingerprint.digest(of: other.path) != digest) }
    }

    @Test("A link to a folder has the folder's fingerprint")
    func linkedFolder() throws {
        let target = try folder(["a.csv": "x"])
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("fp-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        defer { for url in [link, target] { try? FileManager.default.removeItem(at: url) } }
        let digest = try #require(InputFingerprint.digest(of: target.path))
        #expect(InputFingerprint.digest(of: link.path) == digest)
    }

    @Test("A pipe or a missing path has no fingerprint and is not read")
    func unreadable() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("fp-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        #expect(InputFingerprint.digest(of: fifo) == nil)
        #expect(InputFingerprint.digest(of: fifo + ".missing") == nil)
    }
}
