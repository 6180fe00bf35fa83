import Foundation

/// Reads the YAML a person writes for a baseline, without a YAML library: a list of flat
/// mappings whose values are scalars.
///
///     # accepted after the 2026-06 buyer review
///     - rule: china-labor-law/overtime-monthly
///       employeeId: HR-2380
///       period: "2026-05"
///       acceptedBy: Li Na, compliance manager
///       reason: Peak-season waiver, permit 2026-031
///
/// Plain, 'single-quoted' and "double-quoted" scalars and `#` comments are understood; anything
/// else YAML allows (nested collections, block scalars, anchors, tags) is refused with its line
/// number rather than guessed at, so a baseline never matches findings it was not meant to.
enum BaselineYAMLReader {
    static func entries(in text: String) throws -> [RawBaselineEntry] {
        var entries: [RawBaselineEntry] = []
        var current: RawBaselineEntry?
        var itemIndent: Int?
        var sawEmptyList = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = stripComment(String(rawLine).replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\u{FEFF}", with: ""))
            let content = line.drop { $0 == " " }
            if content.isEmpty || (line == "---" && entries.isEmpty && current == nil) { continue }
            guard !content.hasPrefix("\t") else {
                throw BaselineProblem(message: "line \(lineNumber): indent with spaces, not tabs")
            }
            if content == "[]" && itemIndent == nil && !sawEmptyList { sawEmptyList = true; continue }
            guard !sawEmptyList else {
                throw BaselineProblem(message: "line \(lineNumber): nothing may follow the empty list []")
            }
            let indent = line.count - content.count
            if content == "-" || content.hasPrefix("- ") {
                if let itemIndent, indent != itemIndent {
                    throw BaselineProblem(message: "line \(lineNumber): this entry is indented \(indent) spaces but the first was indented \(itemIndent); entries must line up")
                }
                itemIndent = indent
                if let current { entries.append(current) }
                current = RawBaselineEntry(location: "the entry on line \(lineNumber)", fields: [:])
                let rest = content.dropFirst().drop { $0 == " " }
                if !rest.isEmpty { try add(pair: String(rest), line: lineNumber, to: &current!) }
            } else if let itemIndent, indent > itemIndent, current != nil {
                try add(pair: String(content), line: lineNumber, to: &current!)
            } else {
                throw BaselineProblem(message: "line \(lineNumber): expected an entry starting with '- ' (a baseline is a list of accepted findings)")
            }
        }
        if let current { entries.append(current) }
        guard !entries.isEmpty || sawEmptyList else {
            throw BaselineProblem(message: "the file holds no entries; write [] for an empty baseline")
        }
        return entries
    }

    /// Adds one `key: value` line to `entry`.
    private static func add(pair: String, line: Int, to entry: inout RawBaselineEntry) throws {
        guard let colon = pair.firstIndex(of: ":") else {
            throw BaselineProblem(message: "line \(line): expected 'field: value', found '\(pair)'")
        }
        let key = pair[..<colon].trimmingCharacters(in: .whitespaces)
        let afterColon = pair[pair.index(after: colon)...]
        guard !key.isEmpty, afterColon.isEmpty || afterColon.first == " " else {
            throw BaselineProblem(message: "line \(line): expected 'field: value' with a space after the colon, found '\(pair)'")
        }
        guard entry.fields[key] == nil else {
            throw BaselineProblem(message: "line \(line): '\(key)' is given twice in \(entry.location)")
        }
        if let value = try scalar(afterColon.trimmingCharacters(in: .whitespaces), key: key, line: line) {
            entry.fields[key] = value
        }
    }

    /// The value of a scalar; nil for `~` and `null`.
    private static func scalar(_ text: String, key: String, line: Int) throws -> String? {
        guard let first = text.first else {
            throw BaselineProblem(message: "line \(line): '\(key)' has no value (nested lists and maps are not supported here)")
        }
        switch first {
        case "\"": return try doubleQuoted(text, line: line)
        case "'": return try singleQuoted(text, line: line)
        case "[", "{", "|", ">", "&", "*", "!", "%", "@", "`":
            throw BaselineProblem(message: "line \(line): the value of '\(key)' starts with '\(first)', which this baseline reader does not support; put the value in double quotes")
        default:
            return text == "~" || text == "null" ? nil : text
        }
    }

    private static func doubleQuoted(_ text: String, line: Int) throws -> String {
        var result = ""
        var characters = text.dropFirst().makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"":
                if characters.next() == nil { return result }
                throw BaselineProblem(message: "line \(line): a double-quoted value must end with \" and nothing after it on the line")
            case "\\":
                switch characters.next() {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "n": result.append("\n")
                case "t": result.append("\t")
                case let other:
                    throw BaselineProblem(message: "line \(line): the escape '\\\(other.map(String.init) ?? "")' is not supported; use \\\", \\\\, \\n or \\t")
                }
            default: result.append(character)
            }
        }
        throw BaselineProblem(message: "line \(line): a double-quoted value must end with \" and nothing after it on the line")
    }

    private static func singleQuoted(_ text: String, line: Int) throws -> String {
        var result = ""
        var rest = text.dropFirst()
        while let quote = rest.firstIndex(of: "'") {
            result += rest[..<quote]
            let after = rest[rest.index(after: quote)...]
            if after.first == "'" {
                result.append("'")
                rest = after.dropFirst()
            } else if after.allSatisfy({ $0 == " " }) {
                return result
            } else {
                break
            }
        }
        throw BaselineProblem(message: "line \(line): a single-quoted value must end with ' and nothing after it on the line")
    }

    /// The line without a trailing `# comment` (a `#` at the start or after a space, outside quotes).
    private static func stripComment(_ line: String) -> String {
        let characters = Array(line)
        var quote: Character?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let previous: Character = index == 0 ? " " : characters[index - 1]
            if let open = quote {
                if character == "\\" && open == "\"" {
                    index += 1  // an escaped character inside double quotes
                } else if character == open {
                    if open == "'" && index + 1 < characters.count && characters[index + 1] == "'" {
                        index += 1  // '' is a quote inside single quotes
                    } else {
                        quote = nil
                    }
                }
            } else if (character == "\"" || character == "'") && (previous == " " || previous == ":" || previous == "-") {
                quote = character
            } else if character == "#" && previous == " " {
                return String(characters[..<index]).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
            }
            index += 1
        }
        return line
    }
}
