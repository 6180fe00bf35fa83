import AuditCore

/// How a time clock's raw punch log is laid out: one sheet of rows, most of them shaped like a
/// punch line (a badge, a date and time, numeric codes), with neither header nor title.
///
/// The classifier tells a punch log by this layout; the evidence reader's `PunchLog` reads its rows.
public enum PunchLogLayout {
    /// The most leading rows looked at to recognise the layout.
    static let sampleRows = 200

    /// True when `document` is laid out as a punch log (see `PunchLogLayout`).
    public static func recognizes(_ document: ExtractedDocument) -> Bool {
        rows(of: document).map(isPunchLog) ?? false
    }

    /// The rows of the document's only sheet with any; nil for printed pages or several sheets.
    public static func rows(of document: ExtractedDocument) -> [[Cell]]? {
        let filled = document.sheets.filter { !$0.rows.isEmpty }
        guard document.pages.isEmpty, filled.count == 1 else { return nil }
        return filled[0].rows
    }

    /// True when at least two of the first non-blank rows, and four in five of them, are shaped
    /// like a punch line.
    public static func isPunchLog(_ rows: [[Cell]]) -> Bool {
        let sample = Array(rows.lazy.filter { !$0.allSatisfy(\.text.isEmpty) }.prefix(sampleRows))
        let shaped = sample.filter { shape(of: $0) != nil }.count
        return shaped >= 2 && shaped * 5 >= sample.count * 4
    }

    /// The badge, date and time texts of a row shaped like a punch line: a badge of digits, a
    /// date and time `YYYY-MM-DD HH:MM[:SS]`, then one to six numeric code fields.
    public static func shape(of row: [Cell]) -> (badge: Cell, date: Substring, time: Substring)? {
        guard (3...8).contains(row.count), !row[0].text.isEmpty, row[0].text.allSatisfy(\.isASCIIDigitCharacter),
              row.dropFirst(2).allSatisfy({ !$0.text.isEmpty && $0.text.allSatisfy(\.isASCIIDigitCharacter) })
        else { return nil }
        let parts = row[1].text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { return nil }
        let date = parts[0], time = parts[1]
        let dateShape = date.count == 10 && date.enumerated().allSatisfy { index, c in
            [4, 7].contains(index) ? c == "-" : c.isASCIIDigitCharacter
        }
        let timeShape = (time.count == 5 || time.count == 8) && time.enumerated().allSatisfy { index, c in
            [2, 5].contains(index) ? c == ":" : c.isASCIIDigitCharacter
        }
        return dateShape && timeShape ? (row[0], date, time) : nil
    }
}

private extension Character {
    /// True for 0-9 only (not other scripts' digits nor full-width ones).
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
