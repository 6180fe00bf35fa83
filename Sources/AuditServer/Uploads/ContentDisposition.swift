import Foundation

/// The `name` and `filename` of a multipart part's Content-Disposition header.
struct ContentDisposition {
    var name: String?
    var fileName: String?

    /// Reads `form-data; name="archive"; filename="a.zip"`, also `filename*=UTF-8''a%20b.zip`.
    init(_ header: String) {
        var index = header.startIndex
        while index < header.endIndex {
            // One parameter: key=value or key="quoted value" up to the next ';' outside quotes.
            guard let equals = header[index...].firstIndex(of: "=") else { break }
            let key = header[index..<equals].trimmingCharacters(in: CharacterSet(charactersIn: " ;\t")).lowercased()
            let keyName = key.split(separator: ";").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? key
            var value = ""
            var cursor = header.index(after: equals)
            if cursor < header.endIndex, header[cursor] == "\"" {
                cursor = header.index(after: cursor)
                while cursor < header.endIndex, header[cursor] != "\"" {
                    if header[cursor] == "\\", header.index(after: cursor) < header.endIndex { cursor = header.index(after: cursor) }
                    value.append(header[cursor])
                    cursor = header.index(after: cursor)
                }
                if cursor < header.endIndex { cursor = header.index(after: cursor) }
            } else {
                let end = header[cursor...].firstIndex(of: ";") ?? header.endIndex
                value = header[cursor..<end].trimmingCharacters(in: .whitespaces)
                cursor = end
            }
            switch keyName {
            case "name": name = value
            case "filename": if fileName == nil { fileName = value }
            case "filename*":
                // RFC 5987: charset'language'percent-encoded; it wins over a plain filename.
                let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if parts.count == 3, let decoded = String(parts[2]).removingPercentEncoding { fileName = decoded }
            default: break
            }
            index = cursor
        }
    }
}

/// Uploaded file names made safe to show and to take an extension from.
enum UploadedFileName {
    /// The last path component of `name` (either separator), without control characters, at most
    /// 200 characters; "archive" when nothing is left.
    static func cleaned(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let visible = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        let short = String(visible.prefix(200))
        return short.isEmpty || short == "." || short == ".." ? "archive" : short
    }

    /// The extension the stored copy keeps, so the intake knows a `.tar.gz` from a `.zip`
    /// where the bytes do not tell: the name's last one or two extensions, lowercase letters and
    /// digits only, or "" when it has none.
    static func archiveExtension(of name: String) -> String {
        let parts = name.lowercased().split(separator: ".", omittingEmptySubsequences: false).dropFirst()
        let clean = parts.suffix(2).filter { !$0.isEmpty && $0.count <= 5 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard let last = clean.last else { return "" }
        if clean.count == 2, clean.first == "tar" { return "tar." + last }
        return String(last)
    }
}
