import AuditCore

/// What OCR read on one page image: words in pixels of the page turned upright.
public struct PageOCRResult: Sendable, Hashable {
    /// The words in reading order, boxes in pixels of the upright page.
    public var words: [RecognizedWord]
    /// Size in pixels of the page as read: width and height are swapped from the input image when
    /// the page was turned a quarter.
    public var width: Int
    public var height: Int
    /// Dots per inch of the image, for converting to points.
    public var resolution: Int
    /// Degrees the page was turned clockwise to read it upright: 0, 90, 180 or 270.
    public var rotation: Int
    /// Degrees of skew removed before reading (counter-clockwise positive, as leptonica reports it).
    public var skewCorrection: Double
    /// Share of dark pixels on the page, which tells a blank page from a photograph.
    public var inkCoverage: Double
    /// Why the page could not be read at all (an engine or rendering failure); nil otherwise.
    public var failure: String?

    public init(words: [RecognizedWord], width: Int, height: Int, resolution: Int, rotation: Int = 0,
                skewCorrection: Double = 0, inkCoverage: Double, failure: String? = nil) {
        self.words = words
        self.width = width
        self.height = height
        self.resolution = resolution
        self.rotation = rotation
        self.skewCorrection = skewCorrection
        self.inkCoverage = inkCoverage
        self.failure = failure
    }

    /// A page that could not be read, with the reason.
    static func failed(_ reason: String) -> PageOCRResult {
        PageOCRResult(words: [], width: 0, height: 0, resolution: 0, inkCoverage: 0, failure: reason)
    }

    /// Mean word confidence 0...1, nil when no word was read.
    public var meanConfidence: Double? {
        words.isEmpty ? nil : words.map(\.confidence).reduce(0, +) / Double(words.count)
    }

    /// Points per pixel at this page's resolution.
    var pointsPerPixel: Double { 72 / Double(resolution) }

    /// The page's words with boxes in PDF points from the upright page's top-left.
    public var wordsInPoints: [Word] {
        let scale = pointsPerPixel
        return words.map { word in
            Word(text: word.text,
                 box: BoundingBox(x0: Double(word.left) * scale, y0: Double(word.top) * scale,
                                  x1: Double(word.right) * scale, y1: Double(word.bottom) * scale),
                 confidence: word.confidence)
        }
    }

    /// Width and height of the upright page in points.
    public var sizeInPoints: (width: Double, height: Double) {
        (Double(width) * pointsPerPixel, Double(height) * pointsPerPixel)
    }
}

/// One word Tesseract read, with its box in pixels (right and bottom exclusive).
public struct RecognizedWord: Sendable, Hashable {
    public var text: String
    public var left: Int
    public var top: Int
    public var right: Int
    public var bottom: Int
    /// Recognition confidence 0...1.
    public var confidence: Double
    /// 0-based text line the word belongs to, in reading order.
    public var line: Int

    public init(text: String, left: Int, top: Int, right: Int, bottom: Int, confidence: Double, line: Int) {
        self.text = text
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
        self.confidence = confidence
        self.line = line
    }

    var height: Int { bottom - top }
    var width: Int { right - left }
}
