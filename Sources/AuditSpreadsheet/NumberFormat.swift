import Foundation

/// How a cell's number format shows its value, as far as the evidence text is concerned.
enum NumberFormat: Equatable {
    /// A plain number (General, 0.00, #,##0, percentages, currencies...).
    case number
    /// A calendar date.
    case date
    /// A time of day; `seconds` when the format shows them.
    case time(seconds: Bool)
    /// An elapsed duration that may pass 24 hours (`[h]:mm`).
    case duration(seconds: Bool)
    /// A date with a time of day.
    case dateTime(seconds: Bool)

    /// The format of a built-in number format id (ECMA-376 §18.8.30, with the ids Excel uses for
    /// Chinese, Japanese and Korean date formats), or nil for an id that needs a `numFmt` code.
    static func builtIn(_ id: Int) -> NumberFormat? {
        switch id {
        case 0...13, 37...44, 48, 49: return .number
        case 14...17: return .date
        case 18, 20: return .time(seconds: false)
        case 19, 21, 45, 47: return .time(seconds: true)
        case 22: return .dateTime(seconds: false)
        case 46: return .duration(seconds: true)
        // zh-CN: 27-31, 36, 50-54, 57, 58 are dates (yyyy年m月, m月d日...); 32-35, 55, 56 times (h时mm分).
        case 27...31, 36, 50...54, 57, 58: return .date
        case 32, 34, 55: return .time(seconds: false)
        case 33, 35, 56: return .time(seconds: true)
        default: return nil
        }
    }

    /// Classifies a format code such as `yyyy/m/d`, `h:mm AM/PM`, `[h]:mm` or `#,##0.00"元"`.
    ///
    /// Only the first section (positive numbers) counts. Letters inside quotes, after a backslash,
    /// after `_` or `*`, and inside brackets (colours, locales, conditions) are literal; `[h]`,
    /// `[m]` and `[s]` mark an elapsed duration. `m` is minutes next to `h` or `s`, months otherwise.
    init(code: String) {
        var letters: [Character] = []
        var elapsed = false
        var iterator = code.makeIterator()
        scan: while let character = iterator.next() {
            switch character {
            case ";":
                break scan
            case "\"":
                while let quoted = iterator.next(), quoted != "\"" {}
            case "\\", "_", "*":
                _ = iterator.next()
            case "[":
                var inside = ""
                while let bracketed = iterator.next(), bracketed != "]" { inside.append(bracketed) }
                let lowered = inside.lowercased()
                if !lowered.isEmpty, lowered.allSatisfy({ "hms".contains($0) }) {
                    elapsed = true
                    letters.append(contentsOf: lowered)
                }
            default:
                letters.append(contentsOf: character.lowercased())
            }
        }
        // AM/PM markers are letters of a time, not months.
        var text = String(letters)
        for marker in ["am/pm", "a/p"] { text = text.replacingOccurrences(of: marker, with: "h") }
        let hasTime = text.contains("h") || text.contains("s")
        let hasDate = text.contains("y") || text.contains("d") || (text.contains("m") && !hasTime)
        let seconds = text.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): self = .dateTime(seconds: seconds)
        case (true, false): self = .date
        case (false, true): self = elapsed ? .duration(seconds: seconds) : .time(seconds: seconds)
        case (false, false): self = .number
        }
    }
}
