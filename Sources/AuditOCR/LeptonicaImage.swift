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
    func deskewed() -> (image: LeptonicaImage, angle: Double) {
        var angle: Float = 0, confidence: Float = 0
        guard let result = pixFindSkewAndDeskew(pointer, 2, &angle, &confidence) else { return (self, 0) }
        // leptonica returns a clone of the input (the same pointer) when it did not rotate.
        if result == pointer {
            var clone: UnsafeMutablePointer<PIX>? = result
            pixDestroy(&clone)
            return (self, 0)
        }
        return (LeptonicaImage(owning: result), Double(angle))
    }

    /// The pixels as a `GreyImage`; the image must be 8 bits deep without a palette.
    func greyImage(resolution: Int) -> GreyImage? {
        guard depth == 8, let swapped = pixEndianByteSwapNew(pointer) else { return nil }
        let copy = LeptonicaImage(owning: swapped)
        let width = self.width, height = self.height
        let rowBytes = Int(pixGetWpl(copy.pointer)) * 4
        let data = UnsafeRawPointer(pixGetData(copy.pointer)!)
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
            for row in 0..<height {
                UnsafeMutableRawPointer(buffer.baseAddress! + row * width)
                    .copyMemory(from: data + row * rowBytes, byteCount: width)
            }
            count = width * height
        }
        return GreyImage(width: width, height: height, pixels: pixels, resolution: resolution)
    }
}
