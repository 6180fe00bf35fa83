import AuditCore

/// Every reason the workbook readers give for a workbook they could not read, in English and
/// Chinese with the same `{name}` placeholders.
///
/// A `{detail}` is what the reader found wrong, as its library states it. The test suite checks
/// that both languages use the same placeholders and that the Chinese is Chinese.
enum WorkbookReason: String, CaseIterable, Sendable {
    // What is wrong with the workbook.
    case damaged, passwordProtected, noCells, overLimit, crafted, cannotStage, webPageAsXLS
    // Which limit it passed, or what in it was crafted (the `{detail}` of `overLimit` and `crafted`).
    case tooManyCells, tooManyZipEntries, partOverLimit, partsOverLimit, partCompressionRatio, documentTypeDeclaration

    /// The reason in both languages.
    var text: Bilingual {
        switch self {
        case .damaged:
            return Bilingual(en: "the workbook is damaged ({detail}); save it again from Excel", zh: "电子表格已损坏（{detail}）；请用 Excel 重新保存")
        case .passwordProtected:
            return Bilingual(en: "password-protected workbook: save a copy without a password", zh: "电子表格设有密码：请另存一份未加密的副本")
        case .noCells:
            return Bilingual(en: "the workbook has no cells with a value: check that the right file was sent",
                             zh: "电子表格中没有任何有值的单元格：请确认发送的文件是否正确")
        case .overLimit:
            return Bilingual(en: "{detail}: the workbook was not read; split it or save the sheets that matter as CSV",
                             zh: "{detail}：电子表格未读取；请拆分文件，或将需要的工作表另存为 CSV")
        case .crafted:
            return Bilingual(en: "{detail}: this is not a workbook Excel wrote, so it was not read",
                             zh: "{detail}：这不是 Excel 生成的电子表格，未予读取")
        case .cannotStage:
            return Bilingual(en: "the workbook could not be staged for reading ({detail}); check the temporary directory's space and permissions",
                             zh: "电子表格无法暂存以供读取（{detail}）；请检查临时目录的空间和权限")
        case .webPageAsXLS:
            return Bilingual(en: "this .xls is a web page or XML export, not an Excel workbook: open it in Excel and save it as .xlsx",
                             zh: "此 .xls 文件是网页或 XML 导出文件，不是 Excel 电子表格：请用 Excel 打开并另存为 .xlsx")
        case .tooManyCells:
            return Bilingual(en: "the workbook has more than {limit} cells (the limit)", zh: "电子表格的单元格超过 {limit} 个（上限）")
        case .tooManyZipEntries:
            return Bilingual(en: "the workbook's zip has more than {limit} entries", zh: "电子表格的 zip 包含超过 {limit} 个条目")
        case .partOverLimit:
            return Bilingual(en: "{part} inflates to more than {size} (the per-part limit): a decompression bomb or an oversized sheet",
                             zh: "{part} 解压后超过 {size}（单个部件上限）：可能是解压炸弹或工作表过大")
        case .partsOverLimit:
            return Bilingual(en: "the workbook's parts inflate to more than {size} together", zh: "电子表格各部件解压后合计超过 {size}")
        case .partCompressionRatio:
            return Bilingual(en: "{part} has a compression ratio over {ratio}:1 (a decompression bomb)", zh: "{part} 的压缩比超过 {ratio}:1（解压炸弹）")
        case .documentTypeDeclaration:
            return Bilingual(en: "{part} carries an XML document type declaration (DTD)", zh: "{part} 含有 XML 文档类型声明（DTD）")
        }
    }

    /// The reason filled with `values` in both languages.
    func callAsFunction(_ values: [String: String] = [:]) -> ReasonText {
        ReasonText(text, values)
    }
}
