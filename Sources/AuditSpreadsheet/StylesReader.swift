import Foundation

/// Reads `xl/styles.xml` into the number format of each cell style (`cellXfs`), the index a
/// cell's `s` attribute names.
final class StylesReader: XMLEventHandler {
    private var customFormats: [Int: NumberFormat] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    /// The number format of every cell style, in `cellXfs` order.
    static func read(_ data: Data, partName: String) throws(WorkbookProblem) -> [NumberFormat] {
        let reader = StylesReader()
        try XMLEventParser.parse(data, partName: partName, into: reader)
        return reader.formatIDs.map { id in reader.customFormats[id] ?? NumberFormat.builtIn(id) ?? .number }
    }

    func start(_ name: String, attributes: [String: String]) throws(WorkbookProblem) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                customFormats[id] = NumberFormat(code: code)
            }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default:
            break
        }
    }

    func end(_ name: String) throws(WorkbookProblem) {
        if name == "cellXfs" { inCellFormats = false }
    }
}
