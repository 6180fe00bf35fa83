import CTesseract

/// Owns one initialised Tesseract engine (`TessBaseAPI`) and frees it.
///
/// An engine is used by one thread at a time and kept for many pages: `Init` loads the model
/// (about 60 ms and 15 MB for English, more with Chinese), and `TessBaseAPIClear` between pages
/// keeps it loaded.
final class TesseractEngine {
    private let handle: OpaquePointer

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
    }

    deinit { TessBaseAPIDelete(handle) }

    /// Reads the words of `image`, boxes in its pixels; empty when the page holds no text.
    func words(in image: LeptonicaImage, resolution: Int) -> [RecognizedWord] {
        TessBaseAPISetImage2(handle, image.pointer)
        // A raw image carries no resolution for Tesseract; it must come after SetImage.
        TessBaseAPISetSourceResolution(handle, Int32(resolution))
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0, let iterator = TessBaseAPIGetIterator(handle) else { return [] }
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
                                        confidence: min(max(confidence, 0), 1), line: max(line, 0)))
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
