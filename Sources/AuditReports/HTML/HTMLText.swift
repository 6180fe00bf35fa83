/// Escaping for untrusted text (file names, document text, messages) placed in HTML.
enum HTMLText {
    /// `text` safe inside an element or a quoted attribute: `& < > " '` become entities.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Shorthand for `HTMLText.escape` where markup is assembled.
func esc(_ text: String) -> String { HTMLText.escape(text) }
