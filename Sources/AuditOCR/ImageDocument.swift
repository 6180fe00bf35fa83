import AuditCore
import CTesseract
import Foundation

/// An image file opened for OCR: its pages counted and their sizes checked from the headers, before
/// any pixel is decoded; pages are then decoded one at a time to 8-bit grey.
///
/// Not `Sendable`: decode on one thread (the pool's callers do, while workers read earlier pages).
final class ImageDocument {
    let format: ImageFormat
    let pageCount: Int
    private let bytes: Data

    /// Resolutions outside this range are what software writes when it does not know (72, 96) or
    /// nonsense; such images are taken to be 300-dpi scans.
    static let plausibleResolutions = 100...2400
    static let assumedResolution = 300

    /// Opens `bytes` as `format`, refusing it when a page is larger than `maxPixels`.
    init(bytes: Data, format: ImageFormat, maxPixels: Int) throws(ImageReadError) {
        LeptonicaMessages.silence()
        self.bytes = bytes
        self.format = format
        let sizes = try Self.pageSizes(of: bytes, format: format)
        guard !sizes.isEmpty else { throw .damaged(format) }
        for (width, height) in sizes where width * height > maxPixels {
            throw .tooLarge(width: width, height: height, limit: maxPixels)
        }
        pageCount = sizes.count
    }

    /// Page `index` (0-based) as 8-bit grey.
    ///
    /// A file cut short fails here, whatever its header said: leptonica refuses a JPEG as soon as
    /// libjpeg warns of missing data, rather than return a page with a grey band.
    func page(_ index: Int) -> Result<GreyImage, PageImageError> {
        let decoded: UnsafeMutablePointer<PIX>? = bytes.withUnsafeBytes { raw in
            let base = raw.bindMemory(to: UInt8.self).baseAddress!
            return format == .tiff ? pixReadMemTiff(base, raw.count, Int32(index)) : pixReadMem(base, raw.count)
        }
        guard let decoded else {
            return .failure(PageImageError(message: ImageReadError.damaged(format).reason.en))
        }
        let original = LeptonicaImage(owning: decoded)
        let declared = original.declaredResolution
        let resolution = Self.plausibleResolutions.contains(declared) ? declared : Self.assumedResolution
        // A phone photo is stored as its sensor saw it; EXIF says how to turn it upright.
        let turns = format == .jpeg ? ExifOrientation.quarterTurns(inJPEG: bytes) : 0
        guard let grey = Self.uprightGrey(consume original, turns: turns)?.greyImage(resolution: resolution) else {
            return .failure(PageImageError(message: "page \(index + 1) of the \(format.displayName) image could not be converted to grey (out of memory?)"))
        }
        return .success(grey)
    }

    /// `decoded` as 8-bit grey, turned clockwise by `turns` quarters; the colour pixels (35 MB
    /// for a 300-dpi A4 page) are freed as soon as their grey is made.
    private static func uprightGrey(_ decoded: consuming LeptonicaImage, turns: Int) -> LeptonicaImage? {
        let grey = decoded.greyscale()
        _ = consume decoded
        return grey?.rotated(quarters: turns)
    }

    /// Width and height of every page, from the headers alone.
    private static func pageSizes(of bytes: Data, format: ImageFormat) throws(ImageReadError) -> [(Int, Int)] {
        let sizes: [(Int, Int)]? = bytes.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress, raw.count > 8 else { return nil }
            if format == .tiff { return tiffPageSizes(base, count: raw.count) }
            var fileFormat: Int32 = 0, width: Int32 = 0, height: Int32 = 0, bits: Int32 = 0, samples: Int32 = 0, palette: Int32 = 0
            guard pixReadHeaderMem(base, raw.count, &fileFormat, &width, &height, &bits, &samples, &palette) == 0,
                  width > 0, height > 0 else { return nil }
            return [(Int(width), Int(height))]
        }
        guard let sizes else { throw .damaged(format) }
        return sizes
    }

    private static func tiffPageSizes(_ base: UnsafePointer<UInt8>, count: Int) -> [(Int, Int)]? {
        guard let stream = fmemopen(UnsafeMutableRawPointer(mutating: base), count, "r") else { return nil }
        var pages: Int32 = 0
        let counted = tiffGetCount(stream, &pages)
        fclose(stream)
        guard counted == 0, pages > 0 else { return nil }
        var sizes: [(Int, Int)] = []
        for page in 0..<pages {
            var width: Int32 = 0, height: Int32 = 0, bits: Int32 = 0, samples: Int32 = 0
            var resolution: Int32 = 0, palette: Int32 = 0, compression: Int32 = 0
            guard readHeaderMemTiff(base, count, page, &width, &height, &bits, &samples, &resolution, &palette, &compression) == 0,
                  width > 0, height > 0 else { return nil }
            sizes.append((Int(width), Int(height)))
        }
        return sizes
    }
}

/// Why an image file cannot be read at all.
enum ImageReadError: Error, Sendable, Hashable {
    case notAnImage(claimed: ImageFormat)
    case damaged(ImageFormat)
    case tooLarge(width: Int, height: Int, limit: Int)

    /// The reason, phrased for the person who supplied the file.
    var reason: ReasonText {
        switch self {
        case let .notAnImage(claimed):
            return OCRReason.imageMisnamed(["format": claimed.displayName])
        case let .damaged(format):
            return OCRReason.imageDamaged(["format": format.displayName])
        case let .tooLarge(width, height, limit):
            return ReasonText(OCRReason.imageTooLarge.text, texts: ["limit": Self.millions(limit)], values: ["width": "\(width)", "height": "\(height)"])
        }
    }

    private static func millions(_ pixels: Int) -> ReasonText {
        pixels % 1_000_000 == 0 ? OCRReason.millionPixels(["n": "\(pixels / 1_000_000)"]) : ReasonText(en: "\(pixels)", zh: "\(pixels)")
    }
}

/// Why one page's image could not be made (decoded or rendered).
struct PageImageError: Error, Sendable, Hashable {
    var message: String
}

/// Leptonica prints its errors on standard error; AuditReady reports them as reasons instead.
enum LeptonicaMessages {
    private static let silenced: Void = { _ = setMsgSeverity(Int32(L_SEVERITY_NONE)) }()

    /// Silences leptonica for the rest of the process (once; later calls do nothing).
    static func silence() { _ = silenced }
}
