/// Turns a worksheet cell's stored value into the text a person sees, normalised for the parsers:
/// dates as `YYYY-MM-DD`, times as `HH:MM`, numbers as plain decimals.
struct CellValueResolver {
    let sharedStrings: [String]
    /// Number format of each cell style, indexed by the cell's `s` attribute.
    let formats: [NumberFormat]
    let dateSystem: DateSystem

    /// The text of a cell of type `type` (the `t` attribute) holding `value` (`<v>`) or an inline
    /// string, in style `style`.
    func text(type: String?, value: String, inline: String?, style: Int) throws(WorkbookProblem) -> String {
        let text: String
        switch type {
        case "s" where !value.isEmpty:
            guard let index = Int(value.trimmingSpaces), sharedStrings.indices.contains(index) else {
                throw .damaged("a cell refers to shared string \(value), which the workbook does not have")
            }
            text = sharedStrings[index]
        case "inlineStr":
            text = OOXMLText.decode(inline ?? value)
        case "str":
            text = OOXMLText.decode(value)
        case "b":
            text = value.trimmingSpaces == "1" ? "TRUE" : value.isEmpty ? "" : "FALSE"
        case "e":
            text = ""  // #N/A, #DIV/0!... : no value
        case "d":
            text = Self.isoDateTime(value)
        default:
            if let inline { return OOXMLText.decode(inline).trimmingSpaces }
            return number(value.trimmingSpaces, style: style)
        }
        return text.trimmingSpaces
    }

    private func number(_ value: String, style: Int) -> String {
        guard !value.isEmpty else { return "" }
        let format = formats.indices.contains(style) ? formats[style] : .number
        if format != .number, let serial = Double(value),
           let text = SerialDate.text(serial, format: format, system: dateSystem) {
            return text
        }
        return DecimalText.normalize(value) ?? value
    }

    /// An ISO 8601 cell value (`t="d"`): `2026-03-01T08:30:00` becomes `2026-03-01 08:30`; a
    /// midnight time is left out.
    static func isoDateTime(_ value: String) -> String {
        let parts = value.trimmingSpaces.split(separator: "T", maxSplits: 1)
        guard let date = parts.first else { return "" }
        guard parts.count == 2 else { return String(date) }
        let time = parts[1].prefix(5)
        return time == "00:00" || time.isEmpty ? String(date) : date + " " + time
    }
}
