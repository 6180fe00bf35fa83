import AuditCore
@testable import AuditIntake
import Foundation
import Logging
import Testing

@Suite("The PDF entries a check keeps for its page images")
struct PDFEntryStoreTests {
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func stores(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(PDFEntryStore.namePrefix) }
    }

    func mode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber).intValue & 0o777
    }

    @Test("Only PDFs are kept, each content once, in a folder and files of the owner's only, all removed when the store is released")
    func keepsPDFsOnce() throws {
        let parent = try folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let pdf = Data("%PDF-1.7\n1 0 obj\n".utf8)
        do {
            let store = try PDFEntryStore(in: parent, logger: Logger(label: "test"))
            store.keep(pdf, path: "Wages/payroll.pdf", sha256: "a")
            store.keep(pdf, path: "Copies/payroll.pdf", sha256: "a")
            store.keep(Data("id,hours\n".utf8), path: "Wages/hours.csv", sha256: "b")
            store.keep(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]), path: "Scans/page.png", sha256: "c")
            store.keep(Data(repeating: 0x20, count: 1000) + Data("%PDF-1.4".utf8), path: "Wages/late-header.dat", sha256: "d")
            #expect(store.kept.count == 2 && store.kept.bytes == pdf.count + 1008)
            #expect(store.files(for: "Wages/payroll.pdf") == store.files(for: "Copies/payroll.pdf"))
            #expect(store.files(for: "Wages/hours.csv").isEmpty && store.files(for: "Scans/page.png").isEmpty)
            let file = try #require(store.files(for: "Wages/payroll.pdf").first)
            #expect(try Data(contentsOf: file) == pdf)
            #expect(stores(in: parent) == [store.directory.lastPathComponent])
            #expect(try mode(store.directory) == 0o700 && mode(file) == 0o600)
        }
        #expect(stores(in: parent).isEmpty, "the folder goes with the store")
    }

    @Test("A path that an archive holds twice keeps both PDFs, in the order intake read them")
    func samePathTwice() throws {
        let parent = try folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let store = try PDFEntryStore(in: parent, logger: Logger(label: "test"))
        store.keep(Data("%PDF-1.7 first".utf8), path: "a.pdf", sha256: "1")
        store.keep(Data("%PDF-1.7 second".utf8), path: "a.pdf", sha256: "2")
        #expect(try store.files(for: "a.pdf").map { try Data(contentsOf: $0) } == [Data("%PDF-1.7 first".utf8), Data("%PDF-1.7 second".utf8)])
    }

    @Test("A store folder whose process is gone is removed when the next store is made; others stay")
    func orphansRemoved() throws {
        let parent = try folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let orphan = "\(PDFEntryStore.namePrefix)\(finished.processIdentifier)-dead"
        let running = "\(PDFEntryStore.namePrefix)\(getpid())-alive"
        let unnamed = "\(PDFEntryStore.namePrefix)other"
        for name in [orphan, running, unnamed] {
            try FileManager.default.createDirectory(at: parent.appendingPathComponent(name), withIntermediateDirectories: false)
            try Data("%PDF-".utf8).write(to: parent.appendingPathComponent(name).appendingPathComponent("1.pdf"))
        }
        let store = try PDFEntryStore(in: parent, logger: Logger(label: "test"))
        #expect(Set(stores(in: parent)) == [running, unnamed, store.directory.lastPathComponent])
    }

    @Test("A store that cannot make its folder says where and why")
    func noFolder() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)")
        #expect(throws: PDFEntryStoreError.self) { try PDFEntryStore(in: missing, logger: Logger(label: "test")) }
    }
}
