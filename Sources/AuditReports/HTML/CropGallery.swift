import AuditCore
import Foundation

/// Embeds page crops in the HTML, each at most once and within a byte budget, so that a large
/// archive's report stays small enough to mail.
///
/// A crop already shown under an earlier finding is referred to by a link instead of embedded
/// again; once the budget is spent, further evidence is listed as text only.
final class CropGallery {
    private let crops: [EvidenceCropKey: Data]
    private let scale: Double
    private let zoom: Double
    private var remainingBudget: Int
    private var shownIn: [EvidenceCropKey: Int] = [:]
    /// Crops left out because the budget was spent.
    private(set) var omitted = 0
    private let language: ReportLanguage

    /// - Parameters:
    ///   - crops: PNG images keyed by the page region they show.
    ///   - scale: pixels per PDF point in the images.
    ///   - zoom: CSS pixels per PDF point to show them at (4/3 is the printed size).
    ///   - budget: the most base64 bytes of images to embed.
    init(crops: [EvidenceCropKey: Data], scale: Double, zoom: Double, budget: Int, language: ReportLanguage = .en) {
        self.language = language
        self.crops = crops
        self.scale = scale
        self.zoom = zoom
        remainingBudget = budget
    }

    /// The figures for `keys` under finding number `finding`, and the keys pictured (here or under
    /// an earlier finding), so the caller lists the rest as text.
    func figures(for keys: [EvidenceCropKey], evidence: [Evidence], finding: Int) -> (html: String, pictured: Set<EvidenceCropKey>) {
        var figures = ""
        var references = ""
        var pictured = Set<EvidenceCropKey>()
        for key in keys {
            guard let png = crops[key] else { continue }
            let text = Self.values(shownBy: key, in: evidence)
            if let earlier = shownIn[key] {
                let link = "<a href=\"#\(HTMLAnchor.finding(earlier))\">" + (language == .zh ? "第 \(earlier) 项发现" : "finding \(earlier)") + "</a>"
                references += "<p class=\"seen\">" + ReportLabel.htmlSeenUnder(language, ["caption": esc(caption(key, text)), "link": link]) + "</p>"
                pictured.insert(key)
                continue
            }
            let encoded = png.base64EncodedString()
            guard encoded.utf8.count <= remainingBudget else {
                omitted += 1
                continue
            }
            remainingBudget -= encoded.utf8.count
            shownIn[key] = finding
            pictured.insert(key)
            figures += figure(key, encoded: encoded, size: PNGDimensions(png), text: text)
        }
        let gallery = figures.isEmpty ? "" : "<div class=\"crops\">\(figures)</div>"
        return (gallery + references, pictured)
    }

    private func figure(_ key: EvidenceCropKey, encoded: String, size: PNGDimensions?, text: String?) -> String {
        let cssPixels = zoom / scale
        let dimensions = size.map { " width=\"\(Int(($0.width * cssPixels).rounded()))\" height=\"\(Int(($0.height * cssPixels).rounded()))\"" } ?? ""
        let alt = ReportLabel.htmlCropAlt(language, ["page": String(key.page), "path": key.path])
            + (text.map { ReportLabel.htmlCropHighlighting(language, ["values": $0]) } ?? "")
        return "<figure class=\"crop\"><img src=\"data:image/png;base64,\(encoded)\"\(dimensions) alt=\"\(esc(alt))\">"
            + "<figcaption>\(esc(caption(key, text)))</figcaption></figure>"
    }

    private func caption(_ key: EvidenceCropKey, _ text: String?) -> String {
        ReportLabel.htmlCropCaption(language, ["path": key.path, "page": String(key.page)]) + (text.map { " · \($0)" } ?? "")
    }

    /// The highlighted values as quoted text, `“778.00”, “3,130.00”`, or nil when none has text.
    private static func values(shownBy key: EvidenceCropKey, in evidence: [Evidence]) -> String? {
        var seen = Set<String>()
        let texts = evidence.filter(key.shows).compactMap(\.text).filter { !$0.isEmpty && seen.insert($0).inserted }
        return texts.isEmpty ? nil : texts.map { "“\(EvidenceLocation.shortened($0, limit: 60))”" }.joined(separator: ", ")
    }
}

/// The pixel size a PNG declares in its header.
struct PNGDimensions {
    var width: Double
    var height: Double

    /// Reads the IHDR chunk; nil when `data` is not a PNG.
    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
              bytes[12..<16].elementsEqual(Array("IHDR".utf8)) else { return nil }
        func number(_ offset: Int) -> Double {
            Double(bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        width = number(16)
        height = number(20)
    }
}
