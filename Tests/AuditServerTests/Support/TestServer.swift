import AuditOCR
import AuditPipeline
import AuditServer
import AuditSpreadsheet
import AuditTestSupport
import Foundation
import HTTPTypes
import Logging

/// Servers over fresh temporary data folders, checking with the pipeline as
/// `auditready check --in-process` configures it.
enum TestServer {
    /// The repository's Corpus samples folder.
    static let samples = CLIRunner.repository.appendingPathComponent("Corpus/samples")

    /// A new empty data folder under the temporary directory.
    static func dataFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("auditready-server-test-\(UUID().uuidString)")
    }

    /// A server over `data`, with fast settings for tests (cheap bcrypt, quick polling).
    static func make(data: URL, runner: (any CheckRunner)? = nil, configure: (inout ServerConfiguration) -> Void = { _ in }) throws -> AuditServer {
        var configuration = ServerConfiguration(dataDirectory: data)
        configuration.bcryptCost = 4
        configuration.jobPollInterval = 0.1
        configure(&configuration)
        return try AuditServer(configuration: configuration, runner: runner ?? pipelineRunner(), logger: logger)
    }

    static let logger: Logger = {
        var logger = Logger(label: "auditready-server-test")
        logger.logLevel = .warning
        return logger
    }()

    /// The real runner: the CLI's extractors and OCR, documents read in this process.
    static func pipelineRunner() -> PipelineCheckRunner {
        PipelineCheckRunner(
            rulesDirectories: [CLIRunner.repository.appendingPathComponent("Rules")],
            makeConfiguration: { logger in
                var configuration = PipelineConfiguration(extractors: [XLSXExtractor(), XLSExtractor()])
                var ocr = OCRConfiguration()
                ocr.workerCount = 1
                let pool = try OCREnginePool(configuration: ocr, logger: logger)
                configuration.extractors.append(OCRImageExtractor(pool: pool))
                configuration.pageCompleter = OCRPageCompleter(pool: pool)
                return configuration
            },
            logger: logger)
    }
}
