import Foundation

/// Writes an `OfficeSheet` as a Flat ODS document (`.fods`): the OpenDocument spreadsheet as one
/// plain XML file, which LibreOffice opens, prints and saves like any workbook.
enum FlatODSWriter {
    /// The sheet's Flat ODS XML.
    static func document(_ sheet: OfficeSheet) -> String {
        let columnCount = sheet.columnWidths.count
        var body = ""
        for index in sheet.columnWidths.indices {
            body += "<table:table-column table:style-name=\"co\(index)\" table:default-cell-style-name=\"Default\"/>"
        }
        let breaks = PageBreaks(sheet)
        var bodyRows = 0
        for row in sheet.rows {
            var style = "ro"
            if row.kind == .body {
                style = breaks.breaksBefore(bodyRow: bodyRows) ? "rbb" : "rb"
                bodyRows += 1
            }
            body += "<table:table-row table:style-name=\"\(style)\">"
            switch row.kind {
            case .title:
                body += cell(row.cells.first ?? .empty, style: "title", span: columnCount)
            case .line:
                body += cell(row.cells.first ?? .empty, style: "line")
            case .field:
                body += row.cells.enumerated().map { cell($1, style: $0 == 0 ? "label" : "value") }.joined()
            case .header:
                body += row.cells.map { cell($0, style: "header") }.joined()
            case .body:
                let prefix = sheet.borders ? "" : "plain-"
                body += row.cells.map { value -> String in
                    switch value {
                    case .number(_, let format): return cell(value, style: prefix + "num-" + format.rawValue)
                    case .date(_, let style): return cell(value, style: prefix + "date-" + style.rawValue)
                    case .time: return cell(value, style: prefix + "time")
                    default: return cell(value, style: prefix + "text")
                    }
                }.joined()
            }
            body += "</table:table-row>"
            if row.kind == .header && sheet.repeatsHeader {
                body = body.replacingLast("<table:table-row ", with: "<table:table-header-rows><table:table-row ") + "</table:table-header-rows>"
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document \(namespaces) office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
            <office:font-face-decls>\
            <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>\
            <style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="'WenQuanYi Micro Hei'"/>\
            </office:font-face-decls>
            <office:styles>\(numberStyles)\(defaultStyle(sheet))</office:styles>
            <office:automatic-styles>\(columnStyles(sheet))\(cellStyles(sheet))\(pageLayout(sheet))</office:automatic-styles>
            <office:master-styles>\(masterPage(sheet))</office:master-styles>
            <office:body><office:spreadsheet>\
            <table:table table:name="\(escape(sheet.name))" table:style-name="ta1">\(body)</table:table>\
            </office:spreadsheet></office:body></office:document>

            """
    }

    private static let namespaces = [
        "office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"",
        "style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
        "text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
        "table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"",
        "number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\"",
        "fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"",
        "svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"",
    ].map { "xmlns:" + $0 }.joined(separator: " ")

    /// One cell; a text that is too wide flows over empty neighbours or, beside a filled one, is cut.
    private static func cell(_ value: OfficeSheet.Value, style: String, span: Int = 1) -> String {
        let spanned = span > 1 ? " table:number-columns-spanned=\"\(span)\"" : ""
        switch value {
        case .text(let text):
            let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "<text:p>\(escape(String($0)))</text:p>" }.joined()
            return "<table:table-cell table:style-name=\"\(style)\"\(spanned) office:value-type=\"string\">\(paragraphs)</table:table-cell>"
        case .number(let number, let format):
            return "<table:table-cell table:style-name=\"\(style)\"\(spanned) office:value-type=\"float\" office:value=\"\(number)\">"
                + "<text:p>\(shown(number, format))</text:p></table:table-cell>"
        case .date(let date, _):
            return "<table:table-cell table:style-name=\"\(style)\"\(spanned) office:value-type=\"date\" office:date-value=\"\(date)\">"
                + "<text:p>\(escape(value.shown))</text:p></table:table-cell>"
        case .time(let time):
            let hours = time.minutesAfterMidnight / 60, minutes = time.minutesAfterMidnight % 60
            return "<table:table-cell table:style-name=\"\(style)\"\(spanned) office:value-type=\"time\" office:time-value=\"PT\(hours)H\(minutes)M0S\">"
                + "<text:p>\(value.shown)</text:p></table:table-cell>"
        case .empty:
            return "<table:table-cell table:style-name=\"\(style)\"\(spanned)/>"
        }
    }

    /// What `format` prints for `number` (LibreOffice prints the same from the value and style).
    static func shown(_ number: Double, _ format: OfficeSheet.NumberFormat) -> String {
        switch format {
        case .integer: return String(Int(number.rounded()))
        case .plain1:
            let tenths = Int((number * 10).rounded())
            return "\(tenths / 10).\(abs(tenths) % 10)"
        case .plain2, .grouped2:
            let fen = Int((number * 100).rounded())
            return format == .grouped2 ? Figures.money(fen) : VariantMoney.plain.text(fen)
        }
    }

    private static var numberStyles: String {
        """
        <number:number-style style:name="Ngrouped2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>\
        <number:number-style style:name="Nplain2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>\
        <number:number-style style:name="Nplain1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>\
        <number:number-style style:name="Ninteger"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>\
        <number:time-style style:name="Ntime"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>
        """ + VariantDate.allCases.map(dateStyle).joined()
    }

    /// An ODF date style that prints a date as `style` does (months named in English).
    private static func dateStyle(_ style: VariantDate) -> String {
        func text(_ text: String) -> String { "<number:text>\(text)</number:text>" }
        let year = "<number:year number:style=\"long\"/>"
        let month = "<number:month/>", longMonth = "<number:month number:style=\"long\"/>"
        let named = "<number:month number:textual=\"true\"/>"
        let day = "<number:day/>", longDay = "<number:day number:style=\"long\"/>"
        let parts: String
        switch style {
        case .iso: parts = year + text("-") + longMonth + text("-") + longDay
        case .slashedUnpadded: parts = year + text("/") + month + text("/") + day
        case .dotted: parts = year + text(".") + longMonth + text(".") + longDay
        case .chinese: parts = year + text("年") + month + text("月") + day + text("日")
        case .abbreviated: parts = day + text(" ") + named + text(" ") + year
        case .american: parts = named + text(" ") + day + text(", ") + year
        case .dayFirst: parts = longDay + text("/") + longMonth + text("/") + year
        }
        return "<number:date-style style:name=\"D\(style.rawValue)\" number:language=\"en\" number:country=\"US\">\(parts)</number:date-style>"
    }

    private static func fonts(_ sheet: OfficeSheet, _ size: Double, bold: Bool = false) -> String {
        let weight = bold ? " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"" : ""
        return "<style:text-properties style:font-name=\"\(sheet.westernFont)\" style:font-name-asian=\"WenQuanYi Micro Hei\""
            + " fo:font-size=\"\(size)pt\" style:font-size-asian=\"\(size)pt\"\(weight)/>"
    }

    private static func defaultStyle(_ sheet: OfficeSheet) -> String {
        "<style:style style:name=\"Default\" style:family=\"table-cell\">\(fonts(sheet, sheet.fontSize))</style:style>"
    }

    private static func columnStyles(_ sheet: OfficeSheet) -> String {
        sheet.columnWidths.enumerated().map { index, width in
            "<style:style style:name=\"co\(index)\" style:family=\"table-column\">"
                + "<style:table-column-properties fo:break-before=\"auto\" style:column-width=\"\(rounded(width))cm\"/></style:style>"
        }.joined()
            + "<style:style style:name=\"ro\" style:family=\"table-row\"><style:table-row-properties style:use-optimal-row-height=\"true\"/></style:style>"
            // Table rows (which never wrap) have the height their font needs, and a page break is
            // set before the first row of each page (`PageBreaks`): LibreOffice 7.4 paginating a
            // long sheet by itself sometimes leaves the rows of its last page out of the PDF (seed
            // 10827's June timesheet lost 8 rows with optimal heights, seed 62's September one 13
            // with fixed heights).
            + "<style:style style:name=\"rb\" style:family=\"table-row\"><style:table-row-properties style:row-height=\"\(rounded(PageBreaks.rowHeight(sheet)))cm\" style:use-optimal-row-height=\"false\"/></style:style>"
            + "<style:style style:name=\"rbb\" style:family=\"table-row\"><style:table-row-properties style:row-height=\"\(rounded(PageBreaks.rowHeight(sheet)))cm\" style:use-optimal-row-height=\"false\" fo:break-before=\"page\"/></style:style>"
            + "<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Sheet\"><style:table-properties table:display=\"true\"/></style:style>"
    }

    private static func cellStyles(_ sheet: OfficeSheet) -> String {
        let border = "fo:border=\"0.06pt solid #000000\""
        let size = sheet.fontSize
        func style(_ name: String, cell: String, align: String, text: String, data: String? = nil) -> String {
            "<style:style style:name=\"\(name)\" style:family=\"table-cell\" style:parent-style-name=\"Default\""
                + (data.map { " style:data-style-name=\"\($0)\"" } ?? "") + ">"
                + "<style:table-cell-properties \(cell)/><style:paragraph-properties fo:text-align=\"\(align)\"/>\(text)</style:style>"
        }
        let wrap = sheet.wrapsHeader ? " fo:wrap-option=\"wrap\"" : ""
        var styles = style("title", cell: "style:vertical-align=\"middle\"", align: "center", text: fonts(sheet, size + 5, bold: true))
            + style("line", cell: "style:vertical-align=\"bottom\"", align: "start", text: fonts(sheet, size))
            + style("label", cell: "style:vertical-align=\"top\"", align: "start", text: fonts(sheet, size, bold: true))
            + style("value", cell: "style:vertical-align=\"top\" fo:wrap-option=\"wrap\"", align: "start", text: fonts(sheet, size))
            + style("header", cell: "\(border) style:vertical-align=\"middle\"\(wrap)", align: "center", text: fonts(sheet, size, bold: true))
        // Body cells, bordered or (prefix `plain-`) not: text left, numbers, dates and times right as Calc aligns them.
        for (prefix, cell) in [("", border), ("plain-", "style:vertical-align=\"bottom\"")] {
            styles += style(prefix + "text", cell: cell, align: "start", text: fonts(sheet, size))
            styles += style(prefix + "time", cell: cell, align: "end", text: fonts(sheet, size), data: "Ntime")
            for format in OfficeSheet.NumberFormat.allCases {
                styles += style(prefix + "num-" + format.rawValue, cell: cell, align: "end", text: fonts(sheet, size), data: "N" + format.rawValue)
            }
            for date in VariantDate.allCases {
                styles += style(prefix + "date-" + date.rawValue, cell: cell, align: "end", text: fonts(sheet, size), data: "D" + date.rawValue)
            }
        }
        return styles
    }

    private static func pageLayout(_ sheet: OfficeSheet) -> String {
        let (width, height) = sheet.page.landscape ? ("29.7cm", "21cm") : ("21cm", "29.7cm")
        let scale = sheet.page.fitsWidth ? " style:scale-to-X=\"1\" style:scale-to-Y=\"0\"" : ""
        return "<style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"\(width)\" fo:page-height=\"\(height)\""
            + " style:print-orientation=\"\(sheet.page.landscape ? "landscape" : "portrait")\" fo:margin=\"1.5cm\""
            + " style:print=\"charts drawings objects\(sheet.page.printsZeros ? " zero-values" : "")\" style:print-page-order=\"ltr\"\(scale)/>"
            + "<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.25cm\"/></style:header-style>"
            + "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.25cm\"/></style:footer-style>"
            + "</style:page-layout>"
    }

    private static func masterPage(_ sheet: OfficeSheet) -> String {
        let header = sheet.page.header
            ? "<style:header><style:region-right><text:p>\(escape(sheet.name))</text:p></style:region-right></style:header>"
            : "<style:header style:display=\"false\"/>"
        let footer = sheet.page.footer
            ? "<style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>"
            : "<style:footer style:display=\"false\"/>"
        return "<style:master-page style:name=\"Sheet\" style:page-layout-name=\"pm1\">\(header)\(footer)</style:master-page>"
    }

    private static func rounded(_ value: Double) -> String {
        String(Double(Int((value * 100).rounded())) / 100)
    }

    static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}

extension String {
    /// The string with the last occurrence of `target` replaced.
    func replacingLast(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target, options: .backwards) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
