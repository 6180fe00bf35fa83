import AuditPipeline
import AuditSpreadsheet
import Logging

/// The pipeline configuration the commands run with: the built-in extractors plus the stages this
/// build adds (workbooks; OCR once its engines start).
enum CheckConfiguration {
    static func pipeline(logger: Logger) -> PipelineConfiguration {
        PipelineConfiguration(extractors: [XLSXExtractor(), XLSExtractor()])
    }
}
