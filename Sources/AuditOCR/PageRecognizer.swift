/// Reads one page image as a person would: straightened, turned upright, then read.
///
/// One per worker thread, owning that thread's engines; not `Sendable`.
///
/// Orientation detection costs about 0.6 s on a 300-dpi page, 40% of reading it, so it does not run
/// on every page. Tesseract reads a page turned a quarter clockwise by itself (its lines run down
/// the page; `ReadingDirection` then moves the boxes upright). Upside-down pages, and pages whose
/// lines run up, come out as low-confidence garbage (mean confidence 0.3-0.4 against above 0.9 for
/// the same page upright): only then does detection run, the page is turned the way it says and
/// read again, and the better reading is kept. Such pages cost three to four times an upright one.
///
/// When the languages mix Latin and other scripts (`eng+chi_sim`) and `readsLatinFirst` is on, a
/// page is read with the Latin ones first and with all of them only where it needs them
/// (`LatinFirstReading`); the engine with every language is loaded on the first page that does.
final class PageRecognizer {
    private let configuration: OCRConfiguration
    /// The engine with the Latin-script languages only; nil when pages are read with all at once.
    private let latinEngine: TesseractEngine?
    /// The engine with every configured language: loaded at once when there is no Latin engine,
    /// else on the first page that needs it.
    private var allLanguagesEngine: Result<TesseractEngine, OCREngineError>?

    /// A reading whose mean confidence is below this is checked for being sideways or upside down.
    static let orientationCheckBelow = 0.65
    /// Pages with less ink than this share of their pixels hold nothing that could be a word and
    /// are not read at all (`OCRPageVerdict` then calls them blank).
    static let emptyPageInkCoverage = 0.00002
    /// Words of an upright page read with less confidence than this are read again on their own
    /// (`TesseractEngine.rereading`), at most `rereadLimit` runs of them per page (about 10-30 ms
    /// each; a specked 300-dpi licence needs 5 to 20).
    static let rereadBelow = 0.75
    static let rereadLimit = 80

    init(configuration: OCRConfiguration) throws(OCREngineError) {
        self.configuration = configuration
        if configuration.readsLatinFirst, let latin = LatinFirstReading.latinLanguages(of: configuration.languages) {
            latinEngine = try TesseractEngine(model: .text(languages: latin.joined(separator: "+")),
                                              tessdataPath: configuration.tessdataPath)
        } else {
            latinEngine = nil
            allLanguagesEngine = .success(try TesseractEngine(model: .text(languages: configuration.tesseractLanguages),
                                                              tessdataPath: configuration.tessdataPath))
        }
    }

    /// Reads `image`; taking it, so that only the cleaned-up copy of the page is left while
    /// Tesseract reads (the page and each copy are 8.7 MB on a 300-dpi A4 page).
    func recognize(_ image: consuming GreyImage) -> PageOCRResult {
        let ink = image.inkCoverage, width = image.width, height = image.height, resolution = image.resolution
        guard ink >= Self.emptyPageInkCoverage else {
            return PageOCRResult(words: [], width: width, height: height, resolution: resolution, inkCoverage: ink)
        }
        guard let cleaned = Self.cleanedUp(consume image) else {
            return .failed("the \(width)×\(height) page image could not be prepared (out of memory?)")
        }
        let (straight, angle) = cleaned
        var best = read(straight, rotation: 0, skew: angle, resolution: resolution, ink: ink)
        if needsOrientationCheck(best), let quarters = orientation(of: straight, resolution: resolution), quarters != 0 {
            // Turning back by the detected quarters; the straightened image stays straight.
            let correction = (4 - quarters) % 4
            if let upright = straight.rotated(quarters: correction) {
                let second = read(upright, rotation: correction * 90, skew: angle, resolution: resolution, ink: ink)
                if Self.legibleCharacters(second) > Self.legibleCharacters(best) { best = second }
            }
        }
        return best
    }

    /// `image` as leptonica's, its specks removed and its skew straightened, with the angle
    /// removed; nil when leptonica cannot make it. The page and the copies made on the way are
    /// gone when it returns.
    private static func cleanedUp(_ image: consuming GreyImage) -> (image: LeptonicaImage, angle: Double)? {
        let resolution = image.resolution
        guard let original = LeptonicaImage(consume image) else { return nil }
        return original.despeckled(resolution: resolution).deskewed()
    }

    /// Reads `image`, with the Latin-script languages first when there is an engine for them.
    private func read(_ image: LeptonicaImage, rotation: Int, skew: Double, resolution: Int, ink: Double) -> PageOCRResult {
        var latinWords: [RecognizedWord]?
        if let latinEngine {
            let words = latinEngine.words(in: image, resolution: resolution)
            if LatinFirstReading(judging: words) == .latin {
                return finish(words, of: image, rotation: rotation, skew: skew, resolution: resolution, ink: ink)
            }
            latinWords = words
        }
        guard let engine = allLanguages() else {
            // Without the other languages' engine, the Latin reading is the best there is.
            if let latinWords { return finish(latinWords, of: image, rotation: rotation, skew: skew, resolution: resolution, ink: ink) }
            return .failed(allLanguagesFailure ?? "no OCR engine could start")
        }
        return finish(engine.words(in: image, resolution: resolution), of: image,
                      rotation: rotation, skew: skew, resolution: resolution, ink: ink)
    }

    /// The page result of `words` read from `image`: its weak runs read again with every language,
    /// and, when Tesseract found the text lines running down or up the page and read them so, the
    /// boxes moved onto the page turned upright.
    private func finish(_ read: [RecognizedWord], of image: LeptonicaImage,
                        rotation: Int, skew: Double, resolution: Int, ink: Double) -> PageOCRResult {
        var words = read
        let quarters = ReadingDirection.quarterTurnsFromUpright(words)
        // Only a page read well on the whole has a few words worth a second look; one read poorly
        // throughout (upside down) goes to orientation detection as it was read.
        let mean = words.isEmpty ? 0 : words.map(\.confidence).reduce(0, +) / Double(words.count)
        if quarters == 0, mean >= Self.orientationCheckBelow,
           words.contains(where: { $0.confidence < Self.rereadBelow }), let engine = allLanguages() {
            words = engine.rereading(words, below: Self.rereadBelow, in: image, resolution: resolution,
                                     limit: Self.rereadLimit)
        }
        var result = PageOCRResult(words: words, width: image.width, height: image.height, resolution: resolution,
                                   rotation: rotation, skewCorrection: skew, inkCoverage: ink)
            .turned(clockwiseQuarters: (4 - quarters) % 4)
        // Joined once upright, where a line runs left to right.
        result.words = CJKWordJoiner.join(result.words)
        return result
    }

    /// The engine with every configured language, loaded on first need; nil when it cannot start.
    private func allLanguages() -> TesseractEngine? {
        if allLanguagesEngine == nil {
            allLanguagesEngine = Result { () throws(OCREngineError) in
                try TesseractEngine(model: .text(languages: configuration.tesseractLanguages),
                                    tessdataPath: configuration.tessdataPath)
            }
        }
        return try? allLanguagesEngine?.get()
    }

    /// Why the engine with every language could not start, once it was tried.
    private var allLanguagesFailure: String? {
        if case let .failure(error) = allLanguagesEngine { return error.message }
        return nil
    }

    /// The languages of the engines loaded so far, for tests and diagnostics.
    var loadedTextModels: [String] {
        var models: [String] = []
        if let latinEngine { models.append(latinEngine.languages) }
        if case let .success(engine) = allLanguagesEngine { models.append(engine.languages) }
        return models
    }

    private func needsOrientationCheck(_ result: PageOCRResult) -> Bool {
        guard configuration.orientationModelAvailable else { return false }
        return (result.meanConfidence ?? 0) < Self.orientationCheckBelow
    }

    /// Quarter turns clockwise the page is from upright; nil when detection cannot tell or cannot run.
    ///
    /// The orientation engine is loaded for each page that needs it and freed as soon as it has
    /// answered, before the page is read again: it holds about 35 MB (the legacy classifier's
    /// templates of `osd.traineddata`) that only pages read poorly need, and a worker that kept
    /// it held that much more while reading every page after. Loading it takes 0.45-0.75 s (a loaded
    /// 2-core machine), against 0.6 s to detect and a whole reading (2-3 s) after.
    ///
    /// The engine with every language is let go first: both engines at once (60 MB and 35 MB)
    /// made a worker's peak, and two workers at such pages at once took a check over 300 MB. It
    /// is loaded again when a page needs it (about 0.1-0.3 s, on the few pages read so poorly
    /// that their orientation is checked).
    private func orientation(of image: LeptonicaImage, resolution: Int) -> Int? {
        allLanguagesEngine = nil
        guard let engine = try? TesseractEngine(model: .orientation, tessdataPath: configuration.tessdataPath) else {
            return nil
        }
        return engine.quarterTurnsFromUpright(image, resolution: resolution)
    }

    /// Characters in words read with fair confidence: how much of a reading is real text.
    static func legibleCharacters(_ result: PageOCRResult) -> Int {
        result.words.filter { $0.confidence >= 0.6 }.reduce(0) { $0 + $1.text.count }
    }
}
