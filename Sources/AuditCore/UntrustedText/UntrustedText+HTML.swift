extension UntrustedText {
    /// Text safe inside an HTML element or a quoted attribute: controls and format characters
    /// escaped, line breaks turned into the spaces HTML would show anyway, and `& < > " '` turned
    /// into entities.
    public static func html(_ text: String) -> String {
        let text = plain(text)
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
