import Foundation

/// Names of parts inside an OPC package (the zip of an XLSX), compared the way OPC does.
enum PackagePath {
    /// The lookup key of a part name: no leading slash, forward slashes, lower-case
    /// (OPC part names are case-insensitive).
    static func key(_ name: String) -> String {
        var path = name.replacingOccurrences(of: "\\", with: "/")
        while path.hasPrefix("/") { path.removeFirst() }
        return path.lowercased()
    }

    /// The part a relationship target points at, relative to the part holding the relationships
    /// (`worksheets/sheet1.xml` from `xl/workbook.xml` is `xl/worksheets/sheet1.xml`).
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var segments: [Substring] = []
        if !decoded.hasPrefix("/") {
            segments = key(sourcePart).split(separator: "/")
            if !segments.isEmpty { segments.removeLast() }
        }
        for segment in decoded.replacingOccurrences(of: "\\", with: "/").split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return key(segments.joined(separator: "/"))
    }

    /// Where the relationships of `part` are stored (`xl/_rels/workbook.xml.rels`).
    static func relationships(of part: String) -> String {
        var segments = key(part).split(separator: "/", omittingEmptySubsequences: false)
        let name = segments.popLast() ?? ""
        return key((segments + ["_rels", name + ".rels"]).joined(separator: "/"))
    }
}
