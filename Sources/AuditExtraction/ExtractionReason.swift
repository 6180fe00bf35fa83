import AuditCore

/// Every reason extraction gives for a document it could not read, or read only in part, in
/// English and Chinese with the same `{name}` placeholders.
///
/// The test suite checks that both languages use the same placeholders and that the Chinese is
/// Chinese.
public enum ExtractionReason: String, CaseIterable, Sendable {
    // PDF.
    case passwordPDF, damagedPDF, unreadablePDF, pdfWithoutPages, noTextLayer, pageWithoutTextLayer, pagesWithoutTextLayer
    // CSV and plain text.
    case csvNotText, csvEmpty, textNotDecodable, textEmpty
    // Files no extractor reads.
    case imageNeedsOCR, unreadWorkbookFormat, wordProcessorDocument, noExtension, unsupportedType

    /// The reason in both languages.
    public var text: Bilingual {
        switch self {
        case .passwordPDF:
            return Bilingual(en: "password-protected PDF: supply a copy without a password", zh: "PDF 设有密码：请提供未加密的副本")
        case .damagedPDF:
            return Bilingual(en: "not a readable PDF ({message}): the file is corrupt or truncated; export it again",
                             zh: "不是可读取的 PDF（{message}）：文件已损坏或不完整；请重新导出")
        case .unreadablePDF:
            return Bilingual(en: "not a readable PDF: {error}", zh: "不是可读取的 PDF：{error}")
        case .pdfWithoutPages:
            return Bilingual(en: "the PDF has no pages", zh: "PDF 没有页面")
        case .noTextLayer:
            return Bilingual(en: "no text layer on any page (a scan or photo): it needs OCR, which this version does not run; supply a text PDF or CSV export",
                             zh: "所有页面都没有文本层（扫描件或照片）：需要 OCR 识别，而本版本未运行 OCR；请提供文本 PDF 或 CSV 导出文件")
        case .pageWithoutTextLayer:
            return Bilingual(en: "page {pages} has no text layer and need OCR, which this version does not run; the other pages were checked",
                             zh: "第 {pages} 页没有文本层，需要 OCR 识别，而本版本未运行 OCR；其他页面已检查")
        case .pagesWithoutTextLayer:
            return Bilingual(en: "pages {pages} have no text layer and need OCR, which this version does not run; the other pages were checked",
                             zh: "第 {pages} 页没有文本层，需要 OCR 识别，而本版本未运行 OCR；其他页面已检查")
        case .csvNotText:
            return Bilingual(en: "the CSV is neither UTF-8 nor GB18030 text: save it again as CSV (UTF-8)",
                             zh: "CSV 文件既不是 UTF-8 也不是 GB18030 文本：请重新另存为 CSV（UTF-8）")
        case .csvEmpty:
            return Bilingual(en: "the CSV file is empty", zh: "CSV 文件为空")
        case .textNotDecodable:
            return Bilingual(en: "the text file is neither UTF-8 nor GB18030: save it again as UTF-8",
                             zh: "文本文件既不是 UTF-8 也不是 GB18030：请重新另存为 UTF-8")
        case .textEmpty:
            return Bilingual(en: "the text file is empty", zh: "文本文件为空")
        case .imageNeedsOCR:
            return Bilingual(en: "image file: it needs OCR, which this version does not run; supply a text PDF or CSV export",
                             zh: "图片文件：需要 OCR 识别，而本版本未运行 OCR；请提供文本 PDF 或 CSV 导出文件")
        case .unreadWorkbookFormat:
            return Bilingual(en: "a workbook format this version does not read (.{extension}): save it as .xlsx or CSV",
                             zh: "本版本不读取此电子表格格式（.{extension}）：请另存为 .xlsx 或 CSV")
        case .wordProcessorDocument:
            return Bilingual(en: "word-processor document: export it to PDF", zh: "文字处理文档：请导出为 PDF")
        case .noExtension:
            return Bilingual(en: "a file without an extension whose content is not PDF: rename it with its real extension",
                             zh: "文件没有扩展名且内容不是 PDF：请按其实际类型加上扩展名")
        case .unsupportedType:
            return Bilingual(en: "unsupported file type .{extension}: supply PDF or CSV", zh: "不支持的文件类型 .{extension}：请提供 PDF 或 CSV")
        }
    }

    /// The reason filled with `values` in both languages.
    public func callAsFunction(_ values: [String: String] = [:]) -> ReasonText {
        ReasonText(text, values)
    }
}
