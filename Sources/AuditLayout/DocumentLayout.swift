import AuditCore

/// The printed lines of one document, rebuilt from its words' positions once for every stage.
///
/// Built by the pipeline before classification and handed on to the table detector, the
/// classifier and the evidence reader, so that no stage rebuilds a page's lines on its own: line
/// building is internal to this module, and a document's layout is the only way to its lines.
public struct DocumentLayout: Sendable {
    /// How many leading pages carry a document's title and labelled facts: licenses and
    /// certificates are a page or two; registers state their period and company above the table.
    public static let openingPages = 3
    /// How many leading rows of each sheet carry its title and labelled facts.
    public static let openingSheetRows = 20

    /// The document the lines were built from.
    public let document: ExtractedDocument
    /// Each page's lines, top to bottom, in the order of the document's pages.
    public let pageLines: [[TextLine]]
    /// The opening rows of cells as printed (lines of the first pages, with values wrapped onto
    /// lines of their own joined back, then the first rows of each sheet), where titles and
    /// labelled values such as "Valid Until" or "Pay Period" stand.
    public let openingRows: [[Cell]]

    /// The layout of `document`: each page's lines, built once.
    public init(_ document: ExtractedDocument) {
        self.document = document
        pageLines = document.pages.map(LineBuilder.lines(of:))
        openingRows = pageLines.prefix(Self.openingPages).flatMap { lines in
            LineBuilder.joiningWrappedValues(lines).map { $0.reportCells(path: document.path) }
        }
            + document.sheets.flatMap { $0.rows.prefix(Self.openingSheetRows) }
    }

    /// Every page's lines, page after page.
    public var lines: [TextLine] { pageLines.flatMap { $0 } }

    /// Every row of cells as printed: each line of every page, then each row of every sheet.
    public var printedRows: [[Cell]] {
        lines.map { $0.reportCells(path: document.path) } + document.sheets.flatMap(\.rows)
    }
}
