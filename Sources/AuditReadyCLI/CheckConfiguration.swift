import AuditPipeline
import Logging

/// The pipeline configuration the commands run with: the built-in extractors plus the optional
/// stages this build has (OCR, workbooks).
enum CheckConfiguration {
    static func pipeline(logger: Logger) -> PipelineConfiguration {
        PipelineConfiguration()
    }
}
