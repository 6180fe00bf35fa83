import CTesseract

/// Owns one initialised Tesseract engine (`TessBaseAPI`) and frees it.
///
/// An engine is used by one thread at a time and kept for many pages: `Init` loads the model
/// (about 60 ms and 15 MB for English, more with Chinese), and `TessBaseAPIClear` between pages
/// keeps it loaded.
final class TesseractEngine {
    private let handle: OpaquePointer
    /// The model's languages as Tesseract took them (`eng+chi_sim`, `osd`).
    let languages: String

    /// Which model an engine loads.
    enum Model {
        /// Text recognition with the LSTM models of these languages (`eng+chi_sim`).
        case text(languages: String)
        /// Orientation and script detection (`osd.traineddata`, legacy engine).
        case orientation

        var language: String {
            switch self {
            case let .text(languages): return languages
            case .orientation: return "osd"
            }
        }

        var engineMode: TessOcrEngineMode {
            switch self {
            case .text: return OEM_LSTM_ONLY
            case .orientation: return OEM_TESSERACT_ONLY
            }
        }
    }

    /// Starts an engine with `model` from `tessdataPath`; throws the reason when Tesseract refuses.
    init(model: Model, tessdataPath: String) throws(OCREngineError) {
        guard let handle = TessBaseAPICreate() else {
            throw OCREngineError(message: "Tesseract could not create an engine (out of memory?)")
        }
        // Tesseract writes its diagnostics to `debug_file`; set before Init to silence Init too.
        TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit2(handle, tessdataPath, model.language, model.engineMode) == 0 else {
            TessBaseAPIDelete(handle)
            throw OCREngineError(message: "Tesseract could not load '\(model.language)' from \(tessdataPath): the language data is missing or damaged; reinstall the tesseract-ocr language packages")
        }
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
        languages = model.language
    }

    deinit { TessBaseAPIDelete(handle) }

    /// Reads the words of `image`, boxes in its pixels; empty when the page holds no text.
    func words(in image: LeptonicaImage, resolution: Int) -> [RecognizedWord] {
        TessBaseAPISetImage2(handle, image.pointer)
        // A raw image carries no resolution for Tesseract; it must come after SetImage.
        TessBaseAPISetSourceResolution(handle, Int32(resolution))
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0 else { return [] }
        return recognizedWords(line: nil)
    }

    /// `words` with each run of words holding one read below `threshold` confidence read again
    /// on its own, as one line cut from `image`, and the second reading kept when it is the more
    /// confident.
    ///
    /// On a line Tesseract reads a short Chinese label before a Latin value with the English
    /// model ("Bi 小" for 名称, "EMA" for 注册资本, at 0.59-0.65 confidence); read alone, the same
    /// pixels come back right at above 0.9. A run is the words of one line with no gap wider than
    /// their height between them (a label, a value): a misread word's box often holds only part
    /// of what was printed, so it is read again with its neighbours. At most `limit` runs are read
    /// again (each costs 10-30 ms); the words must be upright, as a line is read across.
    func rereading(_ words: [RecognizedWord], below threshold: Double, in image: LeptonicaImage, resolution: Int,
                   limit: Int) -> [RecognizedWord] {
        guard words.contains(where: { $0.confidence < threshold }) else { return words }
        var runs: [[RecognizedWord]] = []
        for word in words {
            if let previous = runs.last?.last, previous.line == word.line,
               word.left - previous.right <= max(previous.height, word.height), word.left >= previous.left {
                runs[runs.count - 1].append(word)
            } else {
                runs.append([word])
            }
        }
        TessBaseAPISetImage2(handle, image.pointer)
        TessBaseAPISetSourceResolution(handle, Int32(resolution))
        TessBaseAPISetPageSegMode(handle, PSM_SINGLE_LINE)
        defer {
            TessBaseAPISetPageSegMode(handle, PSM_AUTO)
            TessBaseAPIClear(handle)
        }
        var budget = limit
        var result: [RecognizedWord] = []
        result.reserveCapacity(words.count)
        for run in runs {
            guard budget > 0, run.contains(where: { $0.confidence < threshold }) else {
                result += run
                continue
            }
            budget -= 1
            let height = run.map(\.height).max() ?? 0
            let pad = max(2, height / 4)
            let left = max(0, (run.map(\.left).min() ?? 0) - pad), top = max(0, (run.map(\.top).min() ?? 0) - pad)
            let right = min(image.width, (run.map(\.right).max() ?? 0) + pad)
            let bottom = min(image.height, (run.map(\.bottom).max() ?? 0) + pad)
            guard right > left, bottom > top else {
                result += run
                continue
            }
            TessBaseAPISetRectangle(handle, Int32(left), Int32(top), Int32(right - left), Int32(bottom - top))
            guard TessBaseAPIRecognize(handle, nil) == 0 else {
                result += run
                continue
            }
            let again = recognizedWords(line: run[0].line)
            result += Self.confidence(of: again) > Self.confidence(of: run) ? again : run
        }
        return result
    }

    /// The confidence of a reading, each word weighing as many characters as it has.
    static func confidence(of words: [RecognizedWord]) -> Double {
        let characters = words.reduce(0) { $0 + $1.text.count }
        return characters == 0 ? 0 : words.reduce(0) { $0 + $1.confidence * Double($1.text.count) } / Double(characters)
    }

    /// The words of the last recognition, in reading order; `line` puts them all on that line.
    private func recognizedWords(line fixedLine: Int?) -> [RecognizedWord] {
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let page = TessResultIteratorGetPageIteratorConst(iterator)
        var words: [RecognizedWord] = []
        var line = -1
        repeat {
            if TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0 { line += 1 }
            guard let cText = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: cText)
            TessDeleteText(cText)
            // Table rules come back as words whose text is white space: they are not words.
            guard text.contains(where: { !$0.isWhitespace }) else { continue }
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard TessPageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom) != 0 else { continue }
            let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD)) / 100
            words.append(RecognizedWord(text: text, left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom),
                                        confidence: min(max(confidence, 0), 1), line: fixedLine ?? max(line, 0)))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return words
    }

    /// How many quarter turns clockwise `image` is from upright, as orientation detection sees it;
    /// nil when it cannot tell (too little text). Needs an engine started with `.orientation`.
    func quarterTurnsFromUpright(_ image: LeptonicaImage, resolution: Int) -> Int? {
        TessBaseAPISetImage2(handle, image.pointer)
        TessBaseAPISetSourceResolution(handle, Int32(resolution))
        defer { TessBaseAPIClear(handle) }
        var degrees: Int32 = 0
        var confidence: Float = 0
        var scriptConfidence: Float = 0
        // The script name points into the model: pass nil rather than free it.
        guard TessBaseAPIDetectOrientationScript(handle, &degrees, &confidence, nil, &scriptConfidence) != 0,
              confidence > 0 else { return nil }
        return Int(degrees) / 90
    }
}

/// Why a Tesseract engine could not start.
struct OCREngineError: Error, Sendable, Hashable {
    var message: String
}
