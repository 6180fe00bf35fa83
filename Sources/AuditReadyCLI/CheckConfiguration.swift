import AuditCache
import AuditPipeline
import AuditSpreadsheet
import Foundation
import Logging

/// The pipeline configuration the commands run with: the built-in extractors plus the stages this
/// build adds (workbooks; OCR once its engines start).
enum CheckConfiguration {
    /// `cache`: nil for no cache; `.some(nil)` for the default cache folder; `.some(path)` for a folder.
    static func pipeline(logger: Logger, cache: String?? = nil) throws -> PipelineConfiguration {
        var configuration = PipelineConfiguration(extractors: [XLSXExtractor(), XLSExtractor()])
        if let folder = cache {
            let directory = folder.map { URL(fileURLWithPath: $0) } ?? ExtractionCache.defaultDirectory
            do {
                configuration.cache = try ExtractionCache(directory: directory, logger: logger)
                configuration.cacheSalt = buildStamp
            } catch let error as CacheError where folder == nil {
                // The default cache is a convenience: without it the check still runs, only slower.
                logger.warning("\(error.description); checking without a cache")
            }
        }
        return configuration
    }

    /// This executable's size and modification time: a rebuilt program extracts afresh.
    static var buildStamp: String {
        let path = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let attributes = (try? FileManager.default.attributesOfItem(atPath: "/proc/self/exe"))
            ?? (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "build-\(size)-\(Int(modified))"
    }
}
