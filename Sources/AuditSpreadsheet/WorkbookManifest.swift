import Foundation

/// What `xl/workbook.xml` and its relationships say: the worksheets in order, where the shared
/// strings and styles are, and which date system serial numbers count from.
struct WorkbookManifest {
    struct Sheet: Equatable {
        let name: String
        /// The worksheet part's `PackagePath.key`.
        let part: String
    }

    let sheets: [Sheet]
    /// The shared-strings part's `PackagePath.key` (the package may lack it).
    let sharedStringsPart: String
    /// The styles part's `PackagePath.key` (the package may lack it).
    let stylesPart: String
    let dateSystem: DateSystem

    /// Finds the workbook part through the package relationships and reads it.
    init(package: ZipPackage) throws(WorkbookProblem) {
        let rootRelationships = try package.read("_rels/.rels") { data, part throws(WorkbookProblem) in
            try RelationshipsReader.read(data, partName: part, sourcePart: "")
        } ?? []
        let workbookPart = rootRelationships.first { $0.kind == "officeDocument" }?.target ?? "xl/workbook.xml"
        guard let workbookData = package.part(workbookPart) else {
            throw .damaged("it has no workbook part (\(workbookPart)), so it is not an Excel workbook")
        }
        let workbook = WorkbookPartReader()
        try XMLEventParser.parse(workbookData, partName: workbookPart, into: workbook)

        let relationshipsPart = PackagePath.relationships(of: workbookPart)
        let relationships = try package.read(relationshipsPart) { data, part throws(WorkbookProblem) in
            try RelationshipsReader.read(data, partName: part, sourcePart: workbookPart)
        } ?? []
        let byID = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Where Excel puts a part when no relationship says (next to the workbook part).
        let directory = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let besideWorkbook = { (name: String) in PackagePath.key(directory.isEmpty ? name : directory + "/" + name) }

        sheets = workbook.sheets.enumerated().compactMap { index, sheet in
            if let relationship = sheet.relationshipID.flatMap({ byID[$0] }) {
                // Chart sheets and dialog sheets hold no cells.
                return relationship.kind == "worksheet" ? Sheet(name: sheet.name, part: relationship.target) : nil
            }
            // Without a relationship, fall back to Excel's own naming of worksheet parts.
            return Sheet(name: sheet.name, part: besideWorkbook("worksheets/sheet\(index + 1).xml"))
        }
        sharedStringsPart = relationships.first { $0.kind == "sharedStrings" }?.target ?? besideWorkbook("sharedStrings.xml")
        stylesPart = relationships.first { $0.kind == "styles" }?.target ?? besideWorkbook("styles.xml")
        dateSystem = workbook.uses1904DateSystem ? .from1904 : .from1900
    }
}

/// Reads `xl/workbook.xml`: the sheets in tab order and the date system.
private final class WorkbookPartReader: XMLEventHandler {
    struct SheetEntry {
        let name: String
        let relationshipID: String?
    }

    private(set) var sheets: [SheetEntry] = []
    private(set) var uses1904DateSystem = false

    func start(_ name: String, attributes: [String: String]) throws(WorkbookProblem) {
        switch name {
        case "sheet":
            // The relationship id is `r:id` in whatever prefix the document bound to the namespace.
            let id = attributes.first { key, _ in key != "id" && XMLEventParser.localName(key) == "id" }?.value
            sheets.append(SheetEntry(name: attributes["name"] ?? "Sheet\(sheets.count + 1)", relationshipID: id))
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            uses1904DateSystem = value == "1" || value == "true"
        default:
            break
        }
    }
}
