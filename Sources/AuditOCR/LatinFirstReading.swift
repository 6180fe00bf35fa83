/// Reading a page with the Latin-script models first, and with every language only when it needs them.
///
/// With `eng+chi_sim` every page pays for the Chinese model: loading it (about 0.1 s and 45 MB an
/// engine) and, on an English page, about 9% more processor time. Tesseract's orientation and script
/// detection cannot tell which pages need it: on five bilingual and Chinese pages (Chinese labels,
/// Latin names and numbers) it answered "Latin" for all five (docs/ocr.md). A reading with the
/// English model can: Chinese characters come back from it mostly as words of low confidence, and an
/// English page has next to none (measured with `tesseract -l eng`: four English pages 0% of their
/// characters in words under 0.6; five bilingual pages 5-34%; a Chinese licence photo 86%).
///
/// So a page is read first with the Latin-script languages only, then judged by that reading:
/// - `.latin`: at most 1% of its characters read poorly; the reading stands, and its runs of words
///   holding one under 0.75 are read again, line by line, with every configured language
///   (`TesseractEngine.rereading`): a lone Chinese label beside an English value (`名称` read as `i`
///   at 0.28) comes back so; a page with no weak word loads no Chinese model at all;
/// - `.otherScript`: more, or nothing read; the page is read again whole with every language, as if
///   it had never been read with the Latin ones. Keeping the Latin reading of a bilingual page and
///   re-reading only its weak runs was tried and lost words: the English model also reads Chinese
///   as confident nonsense (`2029年6月8日` as `20295A68` at over 0.75), which no re-read catches.
///
/// The first reading is wasted on every page that is not Latin (a Chinese licence photo: 1.26 s
/// of processor time on top of 2.19 s), so `OCRConfiguration.readsLatinFirst` is off by default
/// and meant for evidence that is mostly in Latin script. The judgement depends on the page alone,
/// never on pages read before it, so a page reads the same whichever worker reads it.
enum LatinFirstReading: Equatable {
    case latin
    case otherScript

    /// Confidence under which a word counts as read poorly.
    static let poorlyRead = 0.6
    /// Share of characters in poorly read words from which the page is read again whole.
    static let otherScriptFrom = 0.01

    /// Judges a reading made with the Latin-script models only.
    init(judging words: [RecognizedWord]) {
        let characters = words.reduce(0) { $0 + $1.text.count }
        guard characters > 0 else {
            self = .otherScript
            return
        }
        let poor = words.filter { $0.confidence < Self.poorlyRead }.reduce(0) { $0 + $1.text.count }
        self = Double(poor) / Double(characters) <= Self.otherScriptFrom ? .latin : .otherScript
    }

    /// The Latin-script languages of `languages`, when reading with them first can save work: some
    /// of `languages` are Latin-script and some are not. Nil otherwise (read with all of them).
    static func latinLanguages(of languages: [String]) -> [String]? {
        let latin = languages.filter(isLatinScript)
        guard !latin.isEmpty, latin.count < languages.count else { return nil }
        return latin
    }

    /// Whether Tesseract's model `language` reads a Latin-script language (its `script/Latin` model
    /// included); the models of other scripts (Chinese, Japanese, Korean, Arabic, Cyrillic, Thai…)
    /// are not.
    static func isLatinScript(_ language: String) -> Bool {
        latinScriptModels.contains(language)
    }

    /// Tesseract's language models written in the Latin alphabet (ISO 639-2 names as in tessdata).
    private static let latinScriptModels: Set<String> = [
        "eng", "enm", "fra", "frm", "deu", "deu_latf", "ita", "ita_old", "spa", "spa_old", "por", "nld", "cat",
        "dan", "nor", "swe", "isl", "fin", "est", "lav", "lit", "pol", "ces", "slk", "slv", "hrv", "bos",
        "srp_latn", "hun", "ron", "sqi", "tur", "aze", "uzb", "vie", "ind", "msa", "tgl", "ceb", "jav",
        "sun", "swa", "afr", "eus", "glg", "gle", "cym", "gla", "bre", "cos", "oci", "ltz", "fao", "fil",
        "mlt", "mri", "lat", "epo", "hat", "que", "ton", "yor", "fry", "Latin",
    ]
}
