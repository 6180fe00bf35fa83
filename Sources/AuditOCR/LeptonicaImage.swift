import CTesseract

/// Owns one leptonica `PIX` and releases it; the image type Tesseract and leptonica work on.
///
/// Not `Sendable`: an instance stays on the thread that made it.
final class LeptonicaImage {
    let pointer: UnsafeMutablePointer<PIX>

    /// Takes ownership of a `PIX` leptonica returned (one reference).
    init(owning pointer: UnsafeMutablePointer<PIX>) {
        self.pointer = pointer
    }

    deinit {
        var pix: UnsafeMutablePointer<PIX>? = pointer
        pixDestroy(&pix)
    }

    /// An 8-bit leptonica image holding a copy of `image`'s pixels and its resolution.
    convenience init?(_ image: GreyImage) {
        guard let pix = pixCreate(Int32(image.width), Int32(image.height), 8) else { return nil }
        let rowBytes = Int(pixGetWpl(pix)) * 4
        let data = UnsafeMutableRawPointer(pixGetData(pix)!)
        image.pixels.withUnsafeBytes { source in
            for row in 0..<image.height {
                (data + row * rowBytes).copyMemory(from: source.baseAddress! + row * image.width, byteCount: image.width)
            }
        }
        // leptonica keeps 8-bit pixels in 32-bit words, most significant byte first: on a
        // little-endian machine the bytes of each word must be swapped (a no-op on big-endian).
        pixEndianByteSwap(pix)
        pixSetResolution(pix, Int32(image.resolution), Int32(image.resolution))
        self.init(owning: pix)
    }

    var width: Int { Int(pixGetWidth(pointer)) }
    var height: Int { Int(pixGetHeight(pointer)) }
    var depth: Int { Int(pixGetDepth(pointer)) }
    /// Horizontal resolution the file declared, 0 when it declared none.
    var declaredResolution: Int { Int(pixGetXRes(pointer)) }

    /// The image as 8-bit grey: colour to luminance, a palette to its greys, transparency onto white.
    func greyscale() -> LeptonicaImage? {
        var source = self
        if pixGetSpp(pointer) == 4, let flattened = pixRemoveAlpha(pointer) {
            source = LeptonicaImage(owning: flattened)
        }
        if source.depth == 8, pixGetColormap(source.pointer) == nil { return source }
        guard let grey = pixConvertTo8(source.pointer, 0) else { return nil }
        return LeptonicaImage(owning: grey)
    }

    /// The image turned clockwise by `quarters` quarter turns.
    func rotated(quarters: Int) -> LeptonicaImage? {
        let turns = ((quarters % 4) + 4) % 4
        if turns == 0 { return self }
        return pixRotateOrth(pointer, Int32(turns)).map(LeptonicaImage.init(owning:))
    }

    /// The image with its skew removed, and the angle removed in degrees (0 when it was straight
    /// or the skew could not be measured with confidence).
    ///
    /// The skew is measured on the text lines running across the page and on lines running down
    /// it, and the more confident measurement wins: a page scanned sideways and a few degrees off
    /// (a phone photo of a licence taken in landscape) is straightened too. Measured across only,
    /// such a page found no skew, and Tesseract, which reads it sideways by itself, then split
    /// every slanted line into pieces that no longer met their labels.
    func deskewed() -> (image: LeptonicaImage, angle: Double) {
        guard let measured = skew(), let rotated = pixRotate(pointer, Float(measured * .pi / 180),
                                                             Int32(L_ROTATE_AREA_MAP),
                                                             Int32(L_BRING_IN_WHITE), 0, 0) else {
            return (self, 0)
        }
        return (LeptonicaImage(owning: rotated), measured)
    }

    /// The image with isolated specks of dust and scanner noise painted white: dark marks no
    /// bigger than `speckSize(resolution:)` pixels either way, lying apart from any bigger ink.
    ///
    /// Tesseract reads such specks in the blank space of a form (between a label and its value,
    /// where the lines are widest) as characters ("_", "©", "=", "a"), and a line crowded with them
    /// is then split into blocks and misread, its label too ("BME" for 有效期至). Marks as small
    /// that lie within `speckReach` of a bigger mark are part of the text and stay: the dots of
    /// 称 and 期, a full stop, the dot of an i. The grey image, not the black-and-white mask, goes
    /// on to Tesseract, which binarises it better itself.
    func despeckled(resolution: Int) -> LeptonicaImage {
        let size = Self.speckSize(resolution: resolution)
        guard size > 0, let binary = pixConvertTo1(pointer, Self.inkThreshold) else { return self }
        let ink = LeptonicaImage(owning: binary)
        var changed: Int32 = 0
        guard let keptPointer = pixSelectBySize(ink.pointer, Int32(size), Int32(size), 8, Int32(L_SELECT_IF_EITHER),
                                                Int32(L_SELECT_IF_GT), &changed) else { return self }
        let kept = LeptonicaImage(owning: keptPointer)
        guard changed != 0, let smallPointer = pixXor(nil, ink.pointer, kept.pointer) else { return self }
        let small = LeptonicaImage(owning: smallPointer)
        let reach = 2 * Self.speckReach(resolution: resolution) + 1
        guard let nearPointer = pixDilateBrick(nil, kept.pointer, Int32(reach), Int32(reach)) else { return self }
        let nearText = LeptonicaImage(owning: nearPointer)
        guard let speckPointer = pixSubtract(nil, small.pointer, nearText.pointer) else { return self }
        let specks = LeptonicaImage(owning: speckPointer)
        guard let copy = pixCopy(nil, pointer) else { return self }
        let cleaned = LeptonicaImage(owning: copy)
        guard pixSetMasked(cleaned.pointer, specks.pointer, 255) == 0 else { return self }
        return cleaned
    }

    /// How far, in pixels at `resolution` dpi, a small mark may lie from bigger ink and still be
    /// taken as part of it: 9 at 300 dpi (0.75 mm), more than the gap between a Chinese
    /// character's dot and its other strokes in 8-point text, less than the space between words.
    static func speckReach(resolution: Int) -> Int {
        max(1, Int((9 * Double(resolution) / 300).rounded()))
    }

    /// Grey levels below this are ink when looking for specks.
    static let inkThreshold: Int32 = 150

    /// The largest speck, in pixels, at `resolution` dpi: 3 at 300 dpi (a quarter of a millimetre),
    /// scaled with the resolution; 0 (nothing removed) below 100 dpi, where a full stop is that small.
    static func speckSize(resolution: Int) -> Int {
        guard resolution >= 100 else { return 0 }
        return max(1, Int((3 * Double(resolution) / 300).rounded()))
    }

    /// Skews under this many degrees are left alone, as leptonica's own deskew does.
    static let smallestSkew = 0.1
    /// A measurement less confident than this (leptonica's ratio of best to worst score) is noise.
    static let leastSkewConfidence: Float = 3

    /// The rotation in degrees that straightens the text lines, whichever way they run; nil when
    /// the page is straight or no direction gives a confident measurement.
    func skew() -> Double? {
        guard let binary = pixConvertTo1(pointer, 130) else { return nil }
        let across = LeptonicaImage(owning: binary)
        var angle: Float = 0, confidence: Float = 0
        let acrossMeasured = pixFindSkew(across.pointer, &angle, &confidence) == 0
        var best = acrossMeasured ? (angle: angle, confidence: confidence) : (angle: 0, confidence: 0)
        // Rotations commute: the angle that straightens the page turned a quarter also straightens
        // the page as it lies.
        if let turned = pixRotateOrth(across.pointer, 1) {
            let down = LeptonicaImage(owning: turned)
            var downAngle: Float = 0, downConfidence: Float = 0
            if pixFindSkew(down.pointer, &downAngle, &downConfidence) == 0, downConfidence > best.confidence {
                best = (downAngle, downConfidence)
            }
        }
        guard best.confidence >= Self.leastSkewConfidence, abs(Double(best.angle)) >= Self.smallestSkew else { return nil }
        return Double(best.angle)
    }

    /// The pixels as a `GreyImage`; the image must be 8 bits deep without a palette.
    ///
    /// Read straight out of leptonica's words (each holds four pixels, the first in its most
    /// significant byte), with no byte-swapped copy of the page on the way.
    func greyImage(resolution: Int) -> GreyImage? {
        guard depth == 8, let words = pixGetData(pointer) else { return nil }
        let width = self.width, height = self.height
        let wordsPerRow = Int(pixGetWpl(pointer))
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
            for row in 0..<height {
                let source = words + row * wordsPerRow
                let target = buffer.baseAddress! + row * width
                for column in 0..<width {
                    target[column] = UInt8(truncatingIfNeeded: source[column >> 2] >> (24 - 8 * (column & 3)))
                }
            }
            count = width * height
        }
        return GreyImage(width: width, height: height, pixels: pixels, resolution: resolution)
    }
}
