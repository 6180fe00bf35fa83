import Foundation

/// Turns Flat ODS sheets into PDFs or XLSX workbooks with LibreOffice
/// (`soffice --headless --convert-to FORMAT --outdir DIR FILE…`), the way an office saves or
/// prints them.
enum OfficeConverter {
    /// What LibreOffice writes.
    enum Target: String {
        case pdf, xlsx
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The converted bytes of each sheet, in order; one LibreOffice run per target format.
    static func convert(_ sheets: [(name: String, fods: String, target: Target)]) throws -> [[UInt8]] {
        guard let soffice = executable() else {
            throw Failure(description: "the libreoffice producer needs LibreOffice: no soffice on PATH "
                          + "(Debian: apt-get install libreoffice-calc-nogui)")
        }
        let files = FileManager.default
        let work = files.temporaryDirectory.appendingPathComponent("auditready-office-\(UUID().uuidString)")
        try files.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: work) }
        for (index, sheet) in sheets.enumerated() {
            try Data(sheet.fods.utf8).write(to: work.appendingPathComponent("\(index)-\(sheet.target.rawValue).fods"))
        }
        for target in [Target.pdf, .xlsx] {
            let inputs = sheets.indices.filter { sheets[$0].target == target }.map { work.appendingPathComponent("\($0)-\(target.rawValue).fods").path }
            guard !inputs.isEmpty else { continue }
            try run(soffice, ["-env:UserInstallation=file://" + work.appendingPathComponent("profile").path, "--headless",
                              "--convert-to", target == .pdf ? "pdf" : "xlsx:Calc MS Excel 2007 XML",
                              "--outdir", work.appendingPathComponent("out").path] + inputs)
        }
        return try sheets.indices.map { index in
            let output = work.appendingPathComponent("out/\(index)-\(sheets[index].target.rawValue).\(sheets[index].target.rawValue)")
            guard let data = files.contents(atPath: output.path), !data.isEmpty else {
                throw Failure(description: "LibreOffice wrote no \(sheets[index].target.rawValue) for \(sheets[index].name)")
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
