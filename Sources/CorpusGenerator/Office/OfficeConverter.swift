import Foundation

/// Turns Flat ODS sheets into PDFs or XLSX workbooks with LibreOffice
/// (`soffice --headless --convert-to FORMAT --outdir DIR FILE…`), the way an office saves or
/// prints them.
enum OfficeConverter {
    /// What LibreOffice writes.
    enum Target: String {
        case pdf, xlsx, xls

        /// The `--convert-to` argument.
        var filter: String {
            switch self {
            case .pdf: return "pdf"
            case .xlsx: return "xlsx:Calc MS Excel 2007 XML"
            case .xls: return "xls:MS Excel 97"
            }
        }
    }

    /// One document to convert: a Flat ODS (Calc) or Flat ODT (Writer) file and what to turn it into.
    struct Job {
        var name: String
        var xml: String
        /// `fods` or `fodt`.
        var fileExtension: String
        var target: Target
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The converted bytes of each job, in order; one LibreOffice run per target format.
    static func convert(_ jobs: [Job]) throws -> [[UInt8]] {
        guard let soffice = executable() else {
            throw Failure(description: "the libreoffice producer needs LibreOffice: no soffice on PATH "
                          + "(Debian: apt-get install libreoffice-calc-nogui libreoffice-writer-nogui)")
        }
        let files = FileManager.default
        let work = files.temporaryDirectory.appendingPathComponent("auditready-office-\(UUID().uuidString)")
        try files.createDirectory(at: work, withIntermediateDirectories: true)
        // AUDITREADY_OFFICE_KEEP=1 keeps the Flat ODF sources and LibreOffice's output, to look at.
        let keeps = ProcessInfo.processInfo.environment["AUDITREADY_OFFICE_KEEP"] == "1"
        if keeps { FileHandle.standardError.write(Data("LibreOffice sources and output kept in \(work.path)\n".utf8)) }
        defer { if !keeps { try? files.removeItem(at: work) } }
        func input(_ index: Int) -> URL { work.appendingPathComponent("\(index)-\(jobs[index].target.rawValue).\(jobs[index].fileExtension)") }
        for index in jobs.indices { try Data(jobs[index].xml.utf8).write(to: input(index)) }
        for target in [Target.pdf, .xlsx, .xls] {
            let inputs = jobs.indices.filter { jobs[$0].target == target }.map { input($0).path }
            guard !inputs.isEmpty else { continue }
            try run(soffice, ["-env:UserInstallation=file://" + work.appendingPathComponent("profile").path, "--headless",
                              "--convert-to", target.filter, "--outdir", work.appendingPathComponent("out").path] + inputs)
        }
        return try jobs.indices.map { index in
            let target = jobs[index].target.rawValue
            let output = work.appendingPathComponent("out/\(index)-\(target).\(target)")
            guard let data = files.contents(atPath: output.path), !data.isEmpty else {
                throw Failure(description: "LibreOffice wrote no \(target) for \(jobs[index].name)")
            }
            return [UInt8](data)
        }
    }

    /// `soffice` on PATH, or nil.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "soffice exited \(process.terminationStatus): " + String(decoding: message, as: UTF8.self))
        }
    }
}
