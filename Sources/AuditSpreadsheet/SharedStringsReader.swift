import Foundation

/// Reads `xl/sharedStrings.xml`: each `<si>` is plain `<t>` text or rich-text runs `<r><t>`,
/// whose pieces join into one string; phonetic guides (`<rPh>`) are not part of the text.
final class SharedStringsReader: XMLEventHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    static func read(_ data: Data, partName: String) throws(WorkbookProblem) -> [String] {
        let reader = SharedStringsReader()
        try XMLEventParser.parse(data, partName: partName, into: reader)
        return reader.strings
    }

    func start(_ name: String, attributes: [String: String]) throws(WorkbookProblem) {
        switch name {
        case "si": current = ""
        case "t": inText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        case "sst":
            if let count = attributes["uniqueCount"].flatMap(Int.init), count > 0 {
                strings.reserveCapacity(min(count, 1 << 20))
            }
        default: break
        }
    }

    func end(_ name: String) throws(WorkbookProblem) {
        switch name {
        case "si": strings.append(OOXMLText.decode(current))
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func text(_ string: String) {
        if inText { current += string }
    }
}
