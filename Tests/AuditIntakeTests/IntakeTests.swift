import AuditCore
import AuditTestSupport
@testable import AuditIntake
import Foundation
import Logging
import Testing

/// Walks `url` and returns every item intake produced.
func walk(_ url: URL, configuration: IntakeConfiguration = IntakeConfiguration()) throws -> [IntakeItem] {
    var items: [IntakeItem] = []
    try EvidenceIntake(configuration: configuration, logger: Logger(label: "test")).walk(url.path) { items.append($0) }
    return items
}

func refusal(_ items: [IntakeItem], _ path: String) -> (DocumentStatus, String)? {
    for item in items {
        if case let .refused(p, status, reason) = item, p == path { return (status, reason.en) }
    }
    return nil
}

func fileBytes(_ items: [IntakeItem], _ path: String) -> Data? {
    for item in items {
        if case let .file(p, bytes) = item, p == path { return bytes }
    }
    return nil
}

@Suite("Intake of hostile and broken archives")
struct IntakeTests {
    @Test("A path-traversal entry is rejected and the clean entry beside it is still read")
    func traversal() throws {
        let url = ArchiveFixture(.zip, name: "t.zip").write([.file("../../evil.csv", cleanCSV), .file("good/a.csv", cleanCSV)])
        let items = try walk(url)
        let (status, reason) = try #require(refusal(items, "../../evil.csv"))
        #expect(status == .rejected)
        #expect(reason.contains("traversal"))
        #expect(fileBytes(items, "good/a.csv") == cleanCSV)
    }

    @Test("An absolute-path entry is rejected")
    func absolutePath() throws {
        let url = ArchiveFixture(.tarGzip, name: "a.tar.gz").write([.file("/etc/cron.d/x.csv", cleanCSV), .file("b.csv", cleanCSV)])
        let items = try walk(url)
        #expect(refusal(items, "/etc/cron.d/x.csv")?.1.contains("absolute") == true)
        #expect(fileBytes(items, "b.csv") != nil)
    }

    @Test("Symbolic and hard links are rejected, not followed")
    func links() throws {
        let url = ArchiveFixture(.tarGzip, name: "l.tar.gz").write([
            .file("real.csv", cleanCSV), .symlink("link.csv", target: "/etc/passwd"), .hardlink("hard.csv", target: "real.csv"),
        ])
        let items = try walk(url)
        #expect(refusal(items, "link.csv")?.1.contains("symbolic link") == true)
        #expect(refusal(items, "hard.csv")?.1.contains("hard link") == true)
        #expect(fileBytes(items, "real.csv") == cleanCSV)
    }

    @Test("An encrypted zip entry is rejected and the walk goes on")
    func encryptedZip() throws {
        let items = try walk(SevenZipEncryptionTests.fixtures.appendingPathComponent("mixed-encrypted.zip"))
        let (status, reason) = try #require(refusal(items, "secret.csv"))
        #expect(status == .rejected)
        #expect(reason.contains("password"))
        #expect(fileBytes(items, "open.csv") == cleanCSV)
    }

    @Test("A gigabyte of zeros is stopped while inflating, and the next entry is read")
    func zipBomb() throws {
        let url = ArchiveFixture(.zip, name: "bomb.zip").write([.zeros("zeros.bin", count: 1 << 30), .file("after.csv", cleanCSV)])
        let items = try walk(url)
        let (status, reason) = try #require(refusal(items, "zeros.bin"))
        #expect(status == .rejected)
        #expect(reason.contains("bomb"))
        #expect(fileBytes(items, "after.csv") == cleanCSV)
    }

    @Test("The per-entry size limit is counted on inflated bytes, whatever the header says")
    func entrySizeLimit() throws {
        let big = Data((0..<300_000).map { UInt8($0 % 251) })
        let url = ArchiveFixture(.tarGzip, name: "big.tar.gz").write([.file("big.bin", big), .file("small.csv", cleanCSV)])
        let items = try walk(url, configuration: IntakeConfiguration(maxEntryBytes: 100_000))
        #expect(refusal(items, "big.bin")?.0 == .rejected)
        #expect(fileBytes(items, "small.csv") != nil)
    }

    @Test("A truncated zip yields the entries before the damage and a reason for the rest")
    func truncatedZip() throws {
        let payload = Data((0..<200_000).map { UInt8(($0 * 7) % 256) })
        let url = ArchiveFixture(.zip, name: "cut.zip").write([.file("first.csv", cleanCSV), .file("second.bin", payload)])
        let whole = try Data(contentsOf: url)
        try whole.prefix(whole.count / 2).write(to: url)
        let items = try walk(url)
        #expect(fileBytes(items, "first.csv") == cleanCSV)
        #expect(items.contains { if case let .refused(_, status, reason) = $0 { return status == .unreadable && reason.en.contains("truncated") }; return false })
    }

    @Test("A truncated tar.gz yields what could be read and a reason for the rest")
    func truncatedTarGz() throws {
        let payload = Data((0..<400_000).map { _ in UInt8.random(in: 0...255) })
        let url = ArchiveFixture(.tarGzip, name: "cut.tar.gz").write([.file("first.csv", cleanCSV), .file("second.bin", payload)])
        let whole = try Data(contentsOf: url)
        try whole.prefix(whole.count * 2 / 3).write(to: url)
        let items = try walk(url)
        #expect(fileBytes(items, "first.csv") == cleanCSV)
        #expect(items.contains { if case let .refused(_, status, _) = $0 { return status == .unreadable }; return false })
    }

    @Test("Nested archives are opened and their entries named outer/inner.zip/file")
    func nested() throws {
        let inner = ArchiveFixture(.zip, name: "inner.zip").write([.file("pay.csv", cleanCSV)])
        let url = ArchiveFixture(.zip, name: "outer.zip").write([.file("docs/inner.zip", try Data(contentsOf: inner))])
        let items = try walk(url)
        #expect(fileBytes(items, "docs/inner.zip/pay.csv") == cleanCSV)
    }

    @Test("Archives nested deeper than the limit are rejected with a reason")
    func nestingLimit() throws {
        var current = ArchiveFixture(.zip, name: "l0.zip").write([.file("deep.csv", cleanCSV)])
        for level in 1...3 {
            current = ArchiveFixture(.zip, name: "l\(level).zip").write([.file("l\(level - 1).zip", try Data(contentsOf: current))])
        }
        let items = try walk(current, configuration: IntakeConfiguration(maxNestingDepth: 2))
        #expect(items.contains { if case let .refused(_, status, reason) = $0 { return status == .rejected && reason.en.contains("nested") }; return false })
    }

    @Test("A directory is walked, and a symbolic link in it is rejected")
    func directory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("auditready-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("hr"), withIntermediateDirectories: true)
        try cleanCSV.write(to: root.appendingPathComponent("hr/roster.csv"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("passwd.csv").path, withDestinationPath: "/etc/passwd")
        let items = try walk(root)
        #expect(fileBytes(items, "hr/roster.csv") == cleanCSV)
        #expect(refusal(items, "passwd.csv")?.1.contains("symbolic link") == true)
    }

    @Test("An input that does not exist cannot be opened at all")
    func missingInput() {
        #expect(throws: IntakeError.self) { try walk(URL(fileURLWithPath: "/nonexistent/evidence.zip")) }
    }

    @Test("Entry names with traversal, absolute or drive-letter forms are refused; plain names pass", arguments: [
        ("../x", true), ("a/../../x", true), ("/abs", true), ("C:/x", true), ("\\\\server\\x", true),
        ("a/b.pdf", false), ("./a/b.pdf", false), ("工资/七月.pdf", false),
    ])
    func pathPolicy(name: String, refused: Bool) {
        #expect((EntryPathPolicy.rejection(for: name) != nil) == refused)
    }
}

@Suite("Intake of encrypted 7z archives (fixtures made with the 7z and zip tools)")
struct SevenZipEncryptionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("An encrypted 7z entry is rejected before its data is read, and the clean entry beside it is read")
    func encryptedEntry() throws {
        let items = try walk(Self.fixtures.appendingPathComponent("mixed.7z"))
        #expect(refusal(items, "secret.csv")?.0 == .rejected)
        #expect(fileBytes(items, "open.csv") == cleanCSV)
    }

    @Test("A 7z with encrypted headers is reported as password-protected, not as a crash")
    func encryptedHeaders() throws {
        let items = try walk(Self.fixtures.appendingPathComponent("headers.7z"))
        #expect(items.count == 1)
        #expect(items.first.map { if case let .refused(_, status, reason) = $0 { return status == .unreadable && reason.en.contains("password") }; return false } == true)
    }
}

@Suite("Intake of compressed single files and empty archives")
struct RawStreamTests {
    func write(_ data: Data, name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("raw-\(UUID().uuidString)-\(name)")
        try data.write(to: url)
        return url
    }

    @Test("A gzipped CSV that is not a tar archive is read as the one file inside, named without .gz")
    func gzippedFile() throws {
        // "Date,Employee ID\n" compressed with gzip -n.
        let gz = Data([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x73, 0x49, 0x2c, 0x49, 0xd5, 0x71,
                       0xcd, 0x2d, 0xc8, 0xc9, 0xaf, 0x4c, 0x4d, 0x55, 0xf0, 0x74, 0xe1, 0x02, 0x00, 0xb7, 0xd4, 0xe5,
                       0x70, 0x11, 0x00, 0x00, 0x00])
        let items = try walk(try write(gz, name: "timesheet.csv.gz"))
        #expect(items.count == 1)
        #expect(items.first?.path.hasSuffix("timesheet.csv") == true)
        if case let .file(_, bytes)? = items.first { #expect(String(decoding: bytes, as: UTF8.self) == "Date,Employee ID\n") }
    }

    @Test("An archive with no files is reported, not silently empty")
    func emptyArchive() throws {
        let url = ArchiveFixture(.zip, name: "empty.zip").write([])
        let items = try walk(url)
        #expect(items.count == 1)
        #expect(refusal(items, "empty.zip")?.1.contains("no files") == true)
    }

    @Test("A rejected bomb in a streamed tar is skipped within the skip budget, or the walk ends with a reason")
    func skipBudget() throws {
        let url = ArchiveFixture(.tarGzip, name: "bomb.tar.gz").write([.zeros("zeros.bin", count: 64 << 20), .file("after.csv", cleanCSV)])
        let generous = try walk(url, configuration: IntakeConfiguration(maxEntryBytes: 1 << 20))
        #expect(fileBytes(generous, "after.csv") != nil)
        let strict = try walk(url, configuration: IntakeConfiguration(maxEntryBytes: 1 << 20, maxSkipBytes: 1 << 20))
        #expect(fileBytes(strict, "after.csv") == nil)
        #expect(refusal(strict, "bomb.tar.gz")?.1.contains("skipping past zeros.bin") == true)
    }
}

@Suite("Intake of zip files whose names are not flagged UTF-8")
struct LegacyNameTests {
    @Test("Entry names stored in GBK without the UTF-8 flag come out as the right Chinese names")
    func gbkNames() throws {
        let items = try walk(SevenZipEncryptionTests.fixtures.appendingPathComponent("gbk-names.zip"))
        #expect(items.map(\.path) == ["工资表/七月工资.csv", "考勤/attendance.csv"])
    }

    @Test("Entry names stored in UTF-8 without the flag (macOS Finder, Info-ZIP) come out as written, not as GBK mojibake")
    func utf8NamesWithoutFlag() throws {
        let items = try walk(SevenZipEncryptionTests.fixtures.appendingPathComponent("utf8-names-no-flag.zip"))
        #expect(items.map(\.path) == ["审核资料 Audit/03 考勤 Attendance/考勤表 2026-07.csv", "审核资料 Audit/营业执照.pdf", "plain.csv"])
        #expect(items.allSatisfy { if case .file = $0 { true } else { false } })
    }
}
