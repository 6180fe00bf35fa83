import AuditCache
import AuditOCR
import AuditPipeline
import AuditSpreadsheet
import Foundation
import Logging

/// The pipeline configuration the commands run with: the built-in extractors plus workbooks and
/// OCR (images, and PDF pages without a text layer).
enum CheckConfiguration {
    /// `cache`: nil for no cache; `.some(nil)` for the default cache folder; `.some(path)` for a
    /// folder. `ocrLanguages`: Tesseract languages as `eng+chi_sim`; nil for the default.
    /// `ocrWorkers`: OCR engines; nil for one per core. `ocrLatinFirst`: read scans with the
    /// Latin-script languages first (`OCRConfiguration.readsLatinFirst`).
    static func pipeline(logger: Logger, cache: String?? = nil, ocrLanguages: String? = nil, ocrWorkers: Int? = nil,
                         ocrLatinFirst: Bool = false) throws -> PipelineConfiguration {
        var configuration = PipelineConfiguration(extractors: [XLSXExtractor(), XLSExtractor()])
        var ocr = OCRConfiguration(readsLatinFirst: ocrLatinFirst)
        if let ocrWorkers { ocr.workerCount = ocrWorkers }
        if let ocrLanguages { ocr.languages = OCRConfiguration.languages(from: ocrLanguages) }
        do {
            let pool = try OCREnginePool(configuration: ocr, logger: logger)
            configuration.extractors.append(OCRImageExtractor(pool: pool))
            configuration.pageCompleter = OCRPageCompleter(pool: pool)
        } catch {
            // Asked for explicitly, a language that cannot load is an error; by default the check
            // goes on without OCR and every scan says why it was not read.
            if ocrLanguages != nil { throw UsageError(message: "--ocr-languages: \(error)") }
            logger.warning("OCR is not available (\(error)); scans and images will not be read")
        }
        if let folder = cache {
            let directory = folder.map { URL(fileURLWithPath: $0) } ?? ResultCache.defaultDirectory
            do {
                configuration.cache = try ResultCache(directory: directory, generation: buildStamp, logger: logger)
                configuration.cacheSalt = ocr.resultIdentity
            } catch let error as CacheError where folder == nil {
                // The default cache is a convenience: without it the check still runs, only slower.
                logger.warning("\(error.description); checking without a cache")
            }
        }
        return configuration
    }

    /// This executable's size and modification time: a rebuilt program extracts afresh.
    ///
    /// `/proc/self/exe` is a symbolic link whose own attributes change with every process, so the
    /// link is followed to the executable file before its attributes are read.
    static var buildStamp: String {
        let fileManager = FileManager.default
        let attributes = (try? fileManager.attributesOfItem(atPath: executablePath)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "build-\(size)-\(Int(modified))"
    }

    /// The path of this program's executable file.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }
}
