import AuditCore
import AuditPipeline
import AuditReports
import Foundation
import Logging

extension CheckCommand {
    /// Checks every input on its own, several at a time sharing the document workers, and writes
    /// one report each: to `--output-dir` as NAME.FORMAT, or (text and Markdown) to standard output
    /// one after another in the order given. An input that cannot be opened is said on standard
    /// error and the others are still checked; the exit status is the worst of them all.
    func checkEach(_ pipeline: AuditPipeline, judged: Judged, format: ReportFormat, progress: TerminalProgress?, logger: Logger) throws {
        guard output == nil else {
            throw UsageError(message: "--output names one report; with several inputs use --output-dir DIR (one report each)")
        }
        if outputDir == nil, format != .text, format != .markdown {
            throw UsageError(message: "several \(format.rawValue) reports cannot share standard output; add --output-dir DIR (one report each)")
        }
        if let outputDir {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: outputDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw UsageError(message: "--output-dir \(outputDir) is not a folder; create it first")
            }
        }
        let names = Self.reportNames(for: paths, format: format)
        var worst: Int32 = 0
        let reportProgress = progress.map { bar in { @Sendable (input: String, step: PipelineProgress) in
            var step = step
            step.currentPath = URL(fileURLWithPath: input).lastPathComponent + ": " + step.currentPath
            bar.reading(step)
        } }
        pipeline.checkEach(paths, packs: judged.packs, asOf: judged.day, region: region, products: judged.products, language: judged.language,
                           weeklyHours: format.showsEvidenceImages, progress: reportProgress ?? { _, _ in }) { input, result in
            do {
                let checked = try result.get()
                let destination = outputDir.map { URL(fileURLWithPath: $0).appendingPathComponent(names[input]!).path }
                if destination == nil, input != paths[0] { FileHandle.standardOutput.write(Data("\n".utf8)) }
                let report = try write(checked, of: input, judged: judged, format: format, to: destination, progress: progress,
                                       logger: logger, configuration: pipeline.configuration)
                if let threshold = judged.threshold, report.openCount(atLeast: threshold) > 0 { worst = max(worst, 1) }
                if let destination { logger.info("\(UntrustedText.plain(input)): report written to \(UntrustedText.plain(destination))") }
            } catch {
                worst = max(worst, ExitStatus.of(error))
                FileHandle.standardError.write(Data(("\(UntrustedText.plain(input)): " + ErrorRenderer.message(for: error) + "\n").utf8))
            }
        }
        if worst != 0 { throw CheckExit(code: worst) }
    }

    /// A report file name for each input: its last path component without its archive
    /// extension, plus the format's; inputs that would share a name get -2, -3, ….
    static func reportNames(for inputs: [String], format: ReportFormat) -> [String: String] {
        var used: Set<String> = []
        var names: [String: String] = [:]
        for input in inputs where names[input] == nil {
            var base = URL(fileURLWithPath: input).lastPathComponent
            for suffix in [".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".zip", ".tar", ".7z", ".rar"] where base.lowercased().hasSuffix(suffix) {
                base = String(base.dropLast(suffix.count))
                break
            }
            let ext = format == .markdown ? "md" : format.rawValue
            var name = "\(base).\(ext)"
            var number = 2
            while used.contains(name) {
                name = "\(base)-\(number).\(ext)"
                number += 1
            }
            used.insert(name)
            names[input] = name
        }
        return names
    }
}
