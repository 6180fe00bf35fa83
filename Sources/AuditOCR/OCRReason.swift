import AuditCore

/// Every reason OCR gives for pages it could not read, or read with little confidence, in
/// English and Chinese with the same `{name}` placeholders.
///
/// A `{reason}` or `{error}` is what a library said, as it said it. The test suite checks that
/// both languages use the same placeholders and that the Chinese is Chinese.
enum OCRReason: String, CaseIterable, Sendable {
    // One page, as its own document's reason.
    case pageBlank, pageNoText, pageFailed
    // Pages of a document, named by `page` or `pages`.
    case page, pages, pageIsBlank, pagesAreBlank, noTextOnPage, noTextOnPages, pageUnreadable, lowConfidenceOnPage, lowConfidenceOnPages
    // The document as a whole.
    case pagesWithoutTextNotRead, imageMisnamed, imageDamaged, imageTooLarge, millionPixels

    /// The reason in both languages.
    var text: Bilingual {
        switch self {
        case .pageBlank: return Bilingual(en: "the page is blank", zh: "该页为空白页")
        case .pageNoText: return Bilingual(en: "no text found (a photo?)", zh: "未识别到文字（照片？）")
        case .pageFailed: return Bilingual(en: "{reason}", zh: "该页无法读取：{reason}")
        case .page: return Bilingual(en: "page {number}", zh: "第 {number} 页")
        case .pages: return Bilingual(en: "pages {numbers} and {last}", zh: "第 {numbers}、{last} 页")
        case .pageIsBlank: return Bilingual(en: "{pages} is blank", zh: "{pages}为空白页")
        case .pagesAreBlank: return Bilingual(en: "{pages} are blank", zh: "{pages}为空白页")
        case .noTextOnPage: return Bilingual(en: "no text found on {pages} (a photo?)", zh: "{pages}未识别到文字（照片？）")
        case .noTextOnPages: return Bilingual(en: "no text found on {pages} (photos?)", zh: "{pages}未识别到文字（照片？）")
        case .pageUnreadable: return Bilingual(en: "page {number} could not be read: {reason}", zh: "第 {number} 页无法读取：{reason}")
        case .lowConfidenceOnPage:
            return Bilingual(en: "OCR confidence is low on {pages} (a quarter or more of the words below {percent}%): check values from it against the original, or rescan at 300 dpi",
                             zh: "{pages}的 OCR 识别置信度较低（四分之一以上的文字低于 {percent}%）：请对照原件核对从中读取的数值，或以 300 dpi 重新扫描")
        case .lowConfidenceOnPages:
            return Bilingual(en: "OCR confidence is low on {pages} (a quarter or more of the words below {percent}%): check values from them against the original, or rescan at 300 dpi",
                             zh: "{pages}的 OCR 识别置信度较低（四分之一以上的文字低于 {percent}%）：请对照原件核对从中读取的数值，或以 300 dpi 重新扫描")
        case .pagesWithoutTextNotRead:
            return Bilingual(en: "{error}: the pages without a text layer were not read", zh: "{error}：没有文本层的页面未读取")
        case .imageMisnamed:
            return Bilingual(en: "the file is named as a {format} image but its content is not a PNG, JPEG, TIFF, BMP or WebP image: export it again or rename it with its real extension",
                             zh: "文件名表明是 {format} 图片，但其内容不是 PNG、JPEG、TIFF、BMP 或 WebP 图片：请重新导出，或按其实际类型修改扩展名")
        case .imageDamaged:
            return Bilingual(en: "the {format} image is damaged or truncated and cannot be decoded: scan or export it again",
                             zh: "{format} 图片已损坏或不完整，无法解码：请重新扫描或导出")
        case .imageTooLarge:
            return Bilingual(en: "image is {width}×{height} pixels, over the limit of {limit} pixels; scan it at 300 dpi",
                             zh: "图片为 {width}×{height} 像素，超过 {limit} 像素的上限；请以 300 dpi 扫描")
        case .millionPixels: return Bilingual(en: "{n} million", zh: "{n} 百万")
        }
    }

    /// The reason filled with `values` in both languages.
    func callAsFunction(_ values: [String: String] = [:]) -> ReasonText {
        ReasonText(text, values)
    }
}
