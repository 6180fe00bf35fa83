import Foundation

/// Writes an `OfficeSheet` as a Flat ODT document (`.fodt`): the OpenDocument text document as one
/// plain XML file, as a clerk types a certificate or a list in LibreOffice Writer. The title and
/// lines are paragraphs; label–value fields are set as `fieldStyle` says; a table is a Writer
/// table with its header row repeated on every page.
enum FlatODTWriter {
    /// How a form's label–value fields are set.
    enum FieldStyle: String, CaseIterable {
        /// A two-column table without borders.
        case table
        /// A two-column table with borders.
        case borderedTable
        /// One paragraph per field, `Label: value` (`标签：值` in Chinese).
        case colon
        /// One paragraph per field, the value after a tab at a hanging indent.
        case tabbed
    }

    /// The page's text width in centimetres: A4 less 2 cm margins, portrait or landscape.
    static func textWidth(_ sheet: OfficeSheet) -> Double { sheet.page.landscape ? 25.7 : 17.0 }

    /// The document's Flat ODT XML; `chineseColon` sets `colon` fields with a full-width colon.
    static func document(_ sheet: OfficeSheet, fieldStyle: FieldStyle = .table, chineseColon: Bool = false) -> String {
        var body = ""
        var table: [OfficeSheet.Row] = []
        var fields: [OfficeSheet.Row] = []
        func flush() {
            if !fields.isEmpty { body += self.fields(fields, sheet: sheet, style: fieldStyle, chineseColon: chineseColon); fields = [] }
            if !table.isEmpty { body += self.table(table, sheet: sheet); table = [] }
        }
        for row in sheet.rows {
            switch row.kind {
            case .title:
                flush()
                body += paragraph(row.cells.first?.shown ?? "", style: "Ptitle")
            case .line:
                flush()
                body += paragraph(row.cells.first?.shown ?? "", style: "Pline")
            case .field:
                fields.append(row)
            case .header, .body:
                table.append(row)
            }
        }
        flush()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document \(namespaces) office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
            <office:font-face-decls>\
            <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>\
            <style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="'WenQuanYi Micro Hei'"/>\
            </office:font-face-decls>
            <office:styles>\(defaultStyles(sheet))</office:styles>
            <office:automatic-styles>\(automaticStyles(sheet, fieldStyle: fieldStyle))</office:automatic-styles>
            <office:master-styles>\(masterPage(sheet))</office:master-styles>
            <office:body><office:text>\(body)</office:text></office:body></office:document>

            """
    }

    private static let namespaces = [
        "office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"",
        "style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
        "text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
        "table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"",
        "fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"",
        "svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"",
    ].map { "xmlns:" + $0 }.joined(separator: " ")

    private static func paragraph(_ text: String, style: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "<text:p text:style-name=\"\(style)\">\(FlatODSWriter.escape(String($0)))</text:p>" }.joined()
    }

    /// The fields as paragraphs or a two-column table.
    private static func fields(_ rows: [OfficeSheet.Row], sheet: OfficeSheet, style: FieldStyle, chineseColon: Bool) -> String {
        let pairs = rows.map { ($0.cells.first?.shown ?? "", $0.cells.dropFirst().first?.shown ?? "") }
        switch style {
        case .colon:
            return pairs.map { "<text:p text:style-name=\"Pfield\"><text:span text:style-name=\"Tbold\">\(FlatODSWriter.escape($0.0))"
                + (chineseColon ? "：" : ": ") + "</text:span>\(FlatODSWriter.escape($0.1))</text:p>" }.joined()
        case .tabbed:
            return pairs.map { "<text:p text:style-name=\"Ptabbed\"><text:span text:style-name=\"Tbold\">\(FlatODSWriter.escape($0.0))"
                + "</text:span><text:tab/>\(FlatODSWriter.escape($0.1))</text:p>" }.joined()
        case .table, .borderedTable:
            let cell = style == .borderedTable ? "Cbordered" : "Cplain"
            let rows = pairs.map { label, value in
                "<table:table-row><table:table-cell table:style-name=\"\(cell)\" office:value-type=\"string\">\(paragraph(label, style: "Plabel"))</table:table-cell>"
                    + "<table:table-cell table:style-name=\"\(cell)\" office:value-type=\"string\">\(paragraph(value, style: "Pcell"))</table:table-cell></table:table-row>"
            }.joined()
            return "<table:table table:name=\"Fields\" table:style-name=\"Tfields\">"
                + "<table:table-column table:style-name=\"Tfields.A\"/><table:table-column table:style-name=\"Tfields.B\"/>\(rows)</table:table>"
        }
    }

    /// The header and body rows as a bordered Writer table, numbers right-aligned.
    private static func table(_ rows: [OfficeSheet.Row], sheet: OfficeSheet) -> String {
        var xml = "<table:table table:name=\"Table1\" table:style-name=\"Ttable\">"
        for index in sheet.columnWidths.indices { xml += "<table:table-column table:style-name=\"Ttable.C\(index)\"/>" }
        for row in rows {
            let cells = row.cells.map { value -> String in
                let style: String
                switch (row.kind, value) {
                case (.header, _): style = "Phead"
                case (_, .number), (_, .date), (_, .time): style = "Pnumber"
                default: style = "Pcell"
                }
                return "<table:table-cell table:style-name=\"Cbordered\" office:value-type=\"string\">\(paragraph(value.shown, style: style))</table:table-cell>"
            }.joined()
            let tableRow = "<table:table-row>\(cells)</table:table-row>"
            xml += row.kind == .header ? "<table:table-header-rows>\(tableRow)</table:table-header-rows>" : tableRow
        }
        return xml + "</table:table>"
    }

    private static func text(_ sheet: OfficeSheet, _ size: Double, bold: Bool = false) -> String {
        let weight = bold ? " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"" : ""
        return "<style:text-properties style:font-name=\"\(sheet.westernFont)\" style:font-name-asian=\"WenQuanYi Micro Hei\""
            + " fo:font-size=\"\(size)pt\" style:font-size-asian=\"\(size)pt\"\(weight)/>"
    }

    private static func defaultStyles(_ sheet: OfficeSheet) -> String {
        "<style:default-style style:family=\"paragraph\">\(text(sheet, sheet.fontSize))</style:default-style>"
            + "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
    }

    private static func automaticStyles(_ sheet: OfficeSheet, fieldStyle: FieldStyle) -> String {
        let size = sheet.fontSize
        func paragraph(_ name: String, _ properties: String, _ textProperties: String) -> String {
            "<style:style style:name=\"\(name)\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:paragraph-properties \(properties)/>\(textProperties)</style:style>"
        }
        let labelWidth = sheet.columnWidths.first ?? 4
        let tableWidth = min(textWidth(sheet), sheet.columnWidths.reduce(0, +))
        let scale = tableWidth / max(0.01, sheet.columnWidths.reduce(0, +))
        var styles = paragraph("Ptitle", "fo:text-align=\"center\" fo:margin-bottom=\"0.3cm\"", text(sheet, size + 5, bold: true))
            + paragraph("Pline", "fo:margin-bottom=\"0.1cm\"", text(sheet, size))
            + paragraph("Pfield", "fo:margin-bottom=\"0.12cm\"", text(sheet, size))
            + "<style:style style:name=\"Ptabbed\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
            // A hanging indent: the value starts at the indent, the label's tab jumps to it, and a
            // long value wraps under itself.
            + "<style:paragraph-properties fo:margin-bottom=\"0.12cm\" fo:margin-left=\"\(rounded(labelWidth + 0.3))cm\""
            + " fo:text-indent=\"-\(rounded(labelWidth + 0.3))cm\"/>\(text(sheet, size))</style:style>"
            + paragraph("Plabel", "fo:text-align=\"start\"", text(sheet, size, bold: true))
            + paragraph("Pcell", "fo:text-align=\"start\"", text(sheet, size))
            + paragraph("Pnumber", "fo:text-align=\"end\"", text(sheet, size))
            + paragraph("Phead", "fo:text-align=\"center\"", text(sheet, size, bold: true))
            + "<style:style style:name=\"Tbold\" style:family=\"text\">\(text(sheet, size, bold: true))</style:style>"
            + "<style:style style:name=\"Cbordered\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.05cm\" fo:border=\"0.5pt solid #000000\"/></style:style>"
            + "<style:style style:name=\"Cplain\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.08cm\" fo:border=\"none\"/></style:style>"
        let fieldValueWidth = min(textWidth(sheet) - labelWidth, sheet.columnWidths.dropFirst().first ?? 10)
        styles += tableStyle("Tfields", width: labelWidth + fieldValueWidth)
            + columnStyle("Tfields.A", labelWidth) + columnStyle("Tfields.B", fieldValueWidth)
        styles += tableStyle("Ttable", width: tableWidth)
        for (index, width) in sheet.columnWidths.enumerated() { styles += columnStyle("Ttable.C\(index)", width * scale) }
        let (width, height) = sheet.page.landscape ? ("29.7cm", "21cm") : ("21cm", "29.7cm")
        styles += "<style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"\(width)\" fo:page-height=\"\(height)\""
            + " style:print-orientation=\"\(sheet.page.landscape ? "landscape" : "portrait")\" fo:margin=\"2cm\"/>"
            + "<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.25cm\"/></style:header-style>"
            + "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.25cm\"/></style:footer-style>"
            + "</style:page-layout>"
        return styles
    }

    private static func tableStyle(_ name: String, width: Double) -> String {
        "<style:style style:name=\"\(name)\" style:family=\"table\"><style:table-properties style:width=\"\(rounded(width))cm\""
            + " table:align=\"left\" fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.2cm\"/></style:style>"
    }

    private static func columnStyle(_ name: String, _ width: Double) -> String {
        "<style:style style:name=\"\(name)\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"\(rounded(width))cm\"/></style:style>"
    }

    private static func masterPage(_ sheet: OfficeSheet) -> String {
        let header = sheet.page.header ? "<style:header><text:p>\(FlatODSWriter.escape(sheet.name))</text:p></style:header>" : ""
        let footer = sheet.page.footer ? "<style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>" : ""
        return "<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">\(header)\(footer)</style:master-page>"
    }

    private static func rounded(_ value: Double) -> String {
        String(Double(Int((value * 100).rounded())) / 100)
    }
}
