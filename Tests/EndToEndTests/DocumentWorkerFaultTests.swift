import AuditCore
import AuditTestSupport
import Foundation
import Testing

/// A check of the clean sample whose worker acts out `fault` on one payroll PDF.
private func checkClean(fault: String?, _ extra: [String] = []) throws -> AuditReport {
    let archive = CorpusSamples.directory.appendingPathComponent("clean-zip.zip").path
    let environment = fault.map { ["AUDITREADY_WORKER_FAULT": "\($0):\(faultedPath)"] } ?? [:]
    let result = try CLIRunner.run("auditready", ["check", archive, "--as-of", "2026-08-15", "--format", "json", "--no-cache"] + extra,
                                   environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONDecoder().decode(AuditReport.self, from: Data(result.stdout.utf8))
}

private let faultedPath = "Evidence/04 Payroll/Payroll 2026-05.pdf"

/// Checks that `report` lists every document of the clean sample, all read but the faulted one,
/// which is unreadable for a reason holding `reason`, with one intake finding and otherwise the
/// clean check's findings (the certificate's where-to-verify notes).
private func expectOnlyFaultedDocumentLost(_ report: AuditReport, reason: String) throws {
    let clean = try checkClean(fault: nil)
    #expect(report.documents.map(\.path) == clean.documents.map(\.path))
    for document in report.documents where document.path != faultedPath {
        #expect(document.status == .ok, "\(document.path): \(document.reason ?? "")")
    }
    let faulted = try #require(report.documents.first { $0.path == faultedPath })
    #expect(faulted.status == .unreadable)
    #expect(faulted.reason?.contains(reason) == true, "\(faulted.reason ?? "")")
    #expect(faulted.reason?.contains("the rest of the archive was checked") == true)
    let intake = report.findings.filter { $0.category == .intake }
    #expect(intake.map(\.rule) == ["auditready/entry-unreadable"])
    #expect(intake.first?.evidence.map(\.path) == [faultedPath])
    #expect(Array(report.findings.filter { $0.category != .intake }) == Array(clean.findings))
}

@Suite("End to end: no document can take a check down")
struct DocumentWorkerFaultTests {
    @Test("Documents read in worker processes give the same report as documents read in the check's own process",
          arguments: ["clean-zip.zip", "violations-zip.zip", "varied-formats-zip.zip", "violations-targz.tar.gz"])
    func sameReport(sample: String) throws {
        let archive = CorpusSamples.directory.appendingPathComponent(sample).path
        let arguments = ["check", archive, "--as-of", "2026-07-18", "--format", "json", "--no-cache"]
        let workers = try CLIRunner.run("auditready", arguments)
        let inProcess = try CLIRunner.run("auditready", arguments + ["--in-process"])
        #expect(workers.status == inProcess.status)
        #expect(!workers.stdout.isEmpty)
        #expect(workers.stdout == inProcess.stdout)
    }

    @Test("A reader that crashes, traps or is killed costs its document only, which is unreadable with the cause",
          arguments: [("segv", "a crash in the PDF reader: signal 11, SIGSEGV"), ("trap", "a crash in the PDF reader: signal 4, SIGILL"),
                      ("kill", "the process reading it was killed (SIGKILL")])
    func crash(fault: String, reason: String) throws {
        try expectOnlyFaultedDocumentLost(try checkClean(fault: fault), reason: reason)
    }

    @Test("A document over its time limit is stopped at the limit and reported, and the check goes on")
    func timeLimit() throws {
        let started = ContinuousClock.now
        let report = try checkClean(fault: "hang", ["--document-time-limit", "1"])
        #expect(ContinuousClock.now - started < .seconds(30))
        try expectOnlyFaultedDocumentLost(report, reason: "took longer than its limit of 2.3 s")
    }

    @Test("A document that needs more memory than a worker may use is stopped and reported, and the check goes on")
    func memoryLimit() throws {
        let report = try checkClean(fault: "allocate", ["--worker-memory-limit", "256"])
        try expectOnlyFaultedDocumentLost(report, reason: "needed more memory than a worker's limit of 256 MB")
    }

    @Test("A worker killed from outside (SIGKILL) while it reads costs that document only")
    func killedFromOutside() throws {
        let archive = CorpusSamples.directory.appendingPathComponent("clean-zip.zip").path
        let process = Process()
        process.executableURL = CLIRunner.productsDirectory.appendingPathComponent("auditready")
        process.arguments = ["check", archive, "--as-of", "2026-08-15", "--format", "json", "--no-cache"]
        process.environment = ProcessInfo.processInfo.environment.merging(["AUDITREADY_WORKER_FAULT": "hang:\(faultedPath)"]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The faulted document hangs until it is killed; the others are read within a second or
        // two. Killing every worker then kills the one reading it; an idle one is replaced unseen.
        Thread.sleep(forTimeInterval: 5)
        let workers = Self.children(of: process.processIdentifier)
        for worker in workers { kill(worker, SIGKILL) }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(!workers.isEmpty)
        let report = try JSONDecoder().decode(AuditReport.self, from: data)
        try expectOnlyFaultedDocumentLost(report, reason: "the process reading it was killed (SIGKILL")
    }

    @Test("Every worker process has ended when a check of one archive, or of several, ends: none outlives it")
    func noWorkerOutlivesTheCheck() throws {
        let archives = ["varied-formats-zip.zip", "clean-zip.zip"].map { CorpusSamples.directory.appendingPathComponent($0).path }
        let reports = FileManager.default.temporaryDirectory.appendingPathComponent("outlive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: reports) }
        for arguments in [[archives[0]], archives + ["--output-dir", reports.path]] {
            // The workers inherit the check's environment: the mark finds them, and only them. They
            // take two seconds to end once their input does: a check that did not wait for them
            // would leave them running.
            let mark = UUID().uuidString
            let result = try CLIRunner.run("auditready", ["check"] + arguments + ["--as-of", "2026-08-15", "--format", "json", "--no-cache"],
                                           environment: ["AUDITREADY_TEST_MARK": mark, "AUDITREADY_WORKER_FAULT": "linger:"])
            #expect(result.status == 1, "\(result.stderr)")
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            let left = entries.compactMap(Int32.init).filter { pid in
                guard let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return false }
                return String(decoding: environment, as: UTF8.self).contains("AUDITREADY_TEST_MARK=\(mark)")
            }
            #expect(left.isEmpty, "processes of the check still running after it ended: \(left)")
        }
    }

    @Test("A full disk for a worker's temporary files costs only the document that needed one, which says why, and every entry is listed")
    func fullDisk() throws {
        // The worker may not grow any file while it reads the faulted workbook (RLIMIT_FSIZE of 0,
        // see `WorkerFault`): its standard error's temporary file and the workbook's scratch file
        // fail as on a full disk, with no mount or privilege needed.
        let archive = OfficeSamplesEndToEndTests.folder.directory.appendingPathComponent("office-chinese-xls.zip").path
        let faulted = "Evidence/3. Time Records/timesheet_202605.xls"
        let arguments = ["check", archive, "--as-of", "2026-08-15", "--format", "json", "--no-cache"]
        let clean = try CLIRunner.run("auditready", arguments)
        let full = try CLIRunner.run("auditready", arguments, environment: ["AUDITREADY_WORKER_FAULT": "disk-full:\(faulted)"])
        #expect(full.status == clean.status, "\(full.stderr)")
        let cleanReport = try JSONDecoder().decode(AuditReport.self, from: Data(clean.stdout.utf8))
        let report = try JSONDecoder().decode(AuditReport.self, from: Data(full.stdout.utf8))

        #expect(report.documents.map(\.path) == cleanReport.documents.map(\.path))
        for (document, cleanDocument) in zip(report.documents, cleanReport.documents) where document.path != faulted {
            #expect(document.status == cleanDocument.status, "\(document.path): \(document.reason ?? "")")
        }
        #expect(cleanReport.documents.first { $0.path == faulted }?.status == .ok)
        let document = try #require(report.documents.first { $0.path == faulted })
        #expect(document.status == .unreadable)
        #expect(document.reason?.contains("could not be staged for reading") == true, "\(document.reason ?? "")")
        #expect(document.reason?.contains("temporary directory's space") == true, "\(document.reason ?? "")")
        let unreadable = report.findings.filter { $0.rule == "auditready/entry-unreadable" }.flatMap { $0.evidence.map(\.path) }
        let cleanUnreadable = cleanReport.findings.filter { $0.rule == "auditready/entry-unreadable" }.flatMap { $0.evidence.map(\.path) }
        #expect(unreadable.sorted() == (cleanUnreadable + [faulted]).sorted())
    }

    @Test("Files built to exhaust a reader (a chain of gzip layers, a page image of 100,000 × 100,000 pixels, a shared-strings bomb) each end with a reason, and the evidence beside them is judged")
    func exhaustingInputs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exhausting-\(UUID().uuidString)/Evidence")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var chain = Data("Date,Employee ID,Name,Clock In,Clock Out\n2026-07-01,E1,Li Na,08:00,17:00\n".utf8)
        for _ in 0..<200 { chain = try gzip(chain) }
        try chain.write(to: folder.appendingPathComponent("attendance.csv.gz"))
        try ExhaustingFiles.hugeImagePDF().write(to: folder.appendingPathComponent("scan.pdf"))
        try ExhaustingFiles.sharedStringsBomb(in: folder.appendingPathComponent("payroll.xlsx"))
        let overtime = (1...28).map { String(format: "2026-07-%02d,E001,Li Na,07:00,23:00", $0) }
        try Data((["Date,Employee ID,Name,Clock In,Clock Out"] + overtime).joined(separator: "\n").utf8)
            .write(to: folder.appendingPathComponent("timesheet.csv"))

        let started = ContinuousClock.now
        let (report, _, _) = try check(folder.deletingLastPathComponent().path, asOf: "2026-08-15")
        #expect(ContinuousClock.now - started < .seconds(30))
        let status = Dictionary(report.documents.map { ($0.path, $0.status) }, uniquingKeysWith: { a, _ in a })
        #expect(status["Evidence/timesheet.csv"] == .ok)
        #expect(status["Evidence/attendance.csv.gz"] == .unreadable)
        let chained = report.documents.first { $0.path == "Evidence/attendance.csv.gz" }
        #expect(chained?.reason?.contains("compressed inside itself layer after layer") == true, "\(chained?.reason ?? "")")
        #expect(status["Evidence/payroll.xlsx"] == .rejected)
        #expect(status["Evidence/scan.pdf"] != .ok)
        #expect(report.documents.allSatisfy { $0.status == .ok || !($0.reason ?? "").isEmpty })
        #expect(report.findings.contains { $0.rule == "china-labor-law/daily-hours" && $0.employeeId == "E001" })
    }

    /// Direct children of `pid`, from `/proc`.
    static func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { child in
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && Int32(fields[1]) == pid
        }
    }

    private func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-1"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return result
    }
}

/// Files made to exhaust a reader's time or memory.
enum ExhaustingFiles {
    /// A one-page PDF without text whose page image declares 100,000 × 100,000 grey pixels.
    static func hugeImagePDF() -> Data {
        let image = String(repeating: "\u{7F}", count: 4096)
        let content = "q 595 0 0 842 0 0 cm /Im0 Do Q"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceGray /BitsPerComponent 8 "
                + "/Length \(image.utf8.count) >>\nstream\n\(image)\nendstream",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (number, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(number + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        pdf += offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Data(pdf.utf8)
    }

    /// A workbook whose shared-strings part inflates to 256 MB from a few hundred kilobytes.
    static func sharedStringsBomb(in destination: URL) throws {
        let namespace = "http://schemas.openxmlformats.org"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"\(namespace)/package/2006/content-types\"><Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"),
            ("_rels/.rels", "<Relationships xmlns=\"\(namespace)/package/2006/relationships\"><Relationship Id=\"rId1\" "
                + "Type=\"\(namespace)/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"\(namespace)/spreadsheetml/2006/main\" xmlns:r=\"\(namespace)/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Payroll\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(namespace)/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(namespace)/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(namespace)/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>"),
            ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(namespace)/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"),
        ]
        let workbook = ArchiveFixture(.zip, name: "payroll.xlsx")
            .write(parts.map { .file($0.0, Data($0.1.utf8)) } + [.zeros("xl/sharedStrings.xml", count: 256 << 20)])
        try FileManager.default.moveItem(at: workbook, to: destination)
    }
}
