import Foundation

/// How OCR reads scans and photographs: languages, resolution, workers and limits.
///
/// Every field has a default that suits a factory's bilingual evidence on the machine it runs on;
/// `docs/ocr.md` gives the measurements behind them.
public struct OCRConfiguration: Sendable, Hashable {
    /// Tesseract languages, most frequent first (Tesseract's `-l eng+chi_sim` as a list).
    ///
    /// English, then Simplified Chinese: on bilingual factory documents this finds 84% of the words
    /// (95% of the characters) where English alone finds 59%, and an English page costs 12% more
    /// processor time than with English alone; Chinese first reads no better and costs more
    /// (measurements in docs/ocr.md). Each language needs `<language>.traineddata` in
    /// `tessdataPath` (Debian: `tesseract-ocr-eng`, `tesseract-ocr-chi-sim`).
    public var languages: [String]

    /// The folder holding `*.traineddata`, given to Tesseract explicitly so that a stray
    /// `TESSDATA_PREFIX` cannot break start-up.
    public var tessdataPath: String

    /// Resolution PDF pages are rendered at for OCR, in dots per inch.
    public var dpi: Int

    /// Tesseract engines, each on its own thread; one per core keeps every core busy.
    public var workerCount: Int

    /// The largest image, in pixels, that is decoded or rendered; a bigger image is refused from its
    /// header, before any pixel is decoded (a 300-dpi A3 scan is about 17 million pixels).
    public var maxImagePixels: Int

    /// Words read with a confidence below this (0...1) are low-confidence: a page where many are
    /// says so in the outcome's reason, and values read from them carry their confidence as evidence.
    public var lowConfidenceThreshold: Double

    /// Whether pages that read poorly are checked for being sideways or upside down (Tesseract's
    /// orientation detection, `osd.traineddata`) and read again upright.
    public var detectsOrientation: Bool

    /// Whether a page is read with the Latin-script languages first (`eng` of `eng+chi_sim`) and
    /// again with all of them only when that reading shows another script (`LatinFirstReading`):
    /// an English scan then costs no Chinese model, but a Chinese one costs a wasted first reading
    /// (about 60% more). Off by default, since factories' evidence is mostly Chinese or bilingual;
    /// for evidence mostly in English. No effect when the languages are all of one script.
    public var readsLatinFirst: Bool

    /// Debian's tessdata folder for Tesseract 5.
    public static let debianTessdataPath = "/usr/share/tesseract-ocr/5/tessdata"

    public init(languages: [String] = ["eng", "chi_sim"],
                tessdataPath: String = OCRConfiguration.debianTessdataPath,
                dpi: Int = 300,
                workerCount: Int = ProcessInfo.processInfo.activeProcessorCount,
                maxImagePixels: Int = 100_000_000,
                lowConfidenceThreshold: Double = 0.6,
                detectsOrientation: Bool = true,
                readsLatinFirst: Bool = false) {
        self.languages = languages
        self.tessdataPath = tessdataPath
        self.dpi = dpi
        self.workerCount = workerCount
        self.maxImagePixels = maxImagePixels
        self.lowConfidenceThreshold = lowConfidenceThreshold
        self.detectsOrientation = detectsOrientation
        self.readsLatinFirst = readsLatinFirst
    }

    /// The languages as Tesseract takes them: `eng+chi_sim`.
    public var tesseractLanguages: String { languages.joined(separator: "+") }

    /// Parses a user's `eng+chi_sim` (or `eng,chi_sim`) into a language list.
    public static func languages(from text: String) -> [String] {
        text.split(whereSeparator: { $0 == "+" || $0 == "," || $0 == " " }).map(String.init)
    }

    /// What the OCR reads with, for keys of cached results: the languages, the resolution, and
    /// the size and modification time of each model file (the osd model included), so that
    /// upgrading Tesseract's language packages reads scans afresh.
    public var resultIdentity: String {
        let models = (languages + ["osd"]).map { language -> String in
            let attributes = (try? FileManager.default.attributesOfItem(atPath: Self.modelPath(language, in: tessdataPath))) ?? [:]
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date).map { Int($0.timeIntervalSince1970) } ?? 0
            return "\(language):\(size)-\(modified)"
        }
        // Reading Latin first marks its results; the default keeps the key it always had.
        let order = readsLatinFirst && LatinFirstReading.latinLanguages(of: languages) != nil ? ":latin-first" : ""
        return "ocr:\(tesseractLanguages)@\(dpi)\(order)|" + models.joined(separator: ",")
    }

    /// True when a word read by OCR is below `lowConfidenceThreshold`.
    public func isLowConfidence(_ confidence: Double) -> Bool {
        confidence < lowConfidenceThreshold
    }

    /// The configuration's problems, each a sentence saying what to change; empty when it is usable.
    ///
    /// Only files are checked here (cheap); the engines start on the first page.
    public func problems() -> [OCRSetupError] {
        var problems: [OCRSetupError] = []
        if languages.isEmpty { problems.append(.noLanguage) }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: tessdataPath, isDirectory: &isDirectory) || !isDirectory.boolValue {
            problems.append(.missingTessdata(path: tessdataPath))
            return problems
        }
        for language in languages where !FileManager.default.fileExists(atPath: Self.modelPath(language, in: tessdataPath)) {
            problems.append(.missingLanguage(language, tessdataPath: tessdataPath))
        }
        if !(72...1200).contains(dpi) { problems.append(.invalidSetting("dpi is \(dpi); use 150 to 600 (300 is best for Tesseract)")) }
        if workerCount < 1 { problems.append(.invalidSetting("worker count is \(workerCount); use at least 1")) }
        if maxImagePixels < 1_000_000 {
            problems.append(.invalidSetting("the image limit of \(maxImagePixels) pixels would refuse ordinary scans; use at least 20 million"))
        }
        if !(0...1).contains(lowConfidenceThreshold) {
            problems.append(.invalidSetting("the low-confidence threshold is \(lowConfidenceThreshold); use a value from 0 to 1"))
        }
        return problems
    }

    /// True when orientation detection can run: it is wanted and `osd.traineddata` is installed.
    var orientationModelAvailable: Bool {
        detectsOrientation && FileManager.default.fileExists(atPath: Self.modelPath("osd", in: tessdataPath))
    }

    static func modelPath(_ language: String, in folder: String) -> String {
        (folder as NSString).appendingPathComponent("\(language).traineddata")
    }
}

/// Why OCR cannot start, phrased so that a person knows what to install or change.
public enum OCRSetupError: Error, Sendable, Hashable, CustomStringConvertible {
    case noLanguage
    case missingTessdata(path: String)
    case missingLanguage(String, tessdataPath: String)
    case invalidSetting(String)
    case engineFailed(String)

    public var description: String {
        switch self {
        case .noLanguage:
            return "no OCR language is configured: give at least one, e.g. eng+chi_sim"
        case let .missingTessdata(path):
            return "Tesseract's language data folder \(path) does not exist: install tesseract-ocr-eng (Debian) or point the tessdata path at the folder holding *.traineddata"
        case let .missingLanguage(language, folder):
            let package = "tesseract-ocr-" + language.replacingOccurrences(of: "_", with: "-")
            return "Tesseract has no data for language '\(language)' in \(folder): install \(package) (Debian) or leave '\(language)' out of the OCR languages"
        case let .invalidSetting(message):
            return "invalid OCR setting: \(message)"
        case let .engineFailed(message):
            return message
        }
    }
}
