import AuditCore
import AuditFields

/// A time clock's raw punch log, one line per punch, as ZKTeco devices write `1_attlog.dat`.
///
/// Each line is the badge number (PIN) right-aligned with spaces, a tab, the punch time
/// `YYYY-MM-DD HH:MM:SS`, and four code fields (device, in/out state, verify mode, work code),
/// ending in CRLF or LF. There is no header and no name: the badge number is the employee ID the
/// roster links to a person. The in/out state is not reliable and is not read. The same lines saved
/// as `.txt` or `.csv` read the same: the layout is told from the content.
///
/// Real logs hold junk too: lines that are no punch, impossible dates from a reset clock (1971)
/// and NUL-filled blocks; each is reported with its line, never dropped in silence.
public struct PunchLog: Sendable {
    /// One punch: who, when, and the line it was read from.
    public struct Punch: Sendable, Hashable {
        public var badge: Located<String>
        public var date: CivilDate
        /// Minutes after midnight (seconds are dropped, as time clocks display them).
        public var minute: Int
        /// The punch-time cell, with its line.
        public var evidence: Evidence

        /// Minutes since 1970-01-01 00:00, for ordering and gaps across days.
        var instant: Int { date.daysSince1970 * 24 * 60 + minute }
    }

    public var punches: [Punch]
    /// Lines that are not punches, or punches that cannot be true, each with its line.
    public var problems: [ReadProblem]

    /// The most leading rows looked at to recognise the layout.
    static let sampleRows = 200

    /// The punch log in `document`, or nil when its content is not laid out as one: one sheet
    /// with rows (a CSV or text export, or a workbook whose other sheets are empty), most of its
    /// first rows shaped like a punch.
    public init?(_ document: ExtractedDocument, rules: PunchRules = PunchRules()) {
        guard let rows = Self.rows(of: document), Self.isPunchLog(rows) else { return nil }
        punches = []
        problems = []
        for row in rows where !row.allSatisfy({ $0.text.isEmpty }) {
            read(row, rules: rules)
        }
    }

    /// True when `document` is laid out as a punch log (see `init`).
    public static func recognizes(_ document: ExtractedDocument) -> Bool {
        rows(of: document).map(isPunchLog) ?? false
    }

    /// The rows of the document's only sheet with any; nil for printed pages or several sheets.
    static func rows(of document: ExtractedDocument) -> [[Cell]]? {
        let filled = document.sheets.filter { !$0.rows.isEmpty }
        guard document.pages.isEmpty, filled.count == 1 else { return nil }
        return filled[0].rows
    }

    /// True when at least two of the first non-blank rows, and four in five of them, are shaped
    /// like a punch line.
    static func isPunchLog(_ rows: [[Cell]]) -> Bool {
        let sample = Array(rows.lazy.filter { !$0.allSatisfy(\.text.isEmpty) }.prefix(sampleRows))
        let shaped = sample.filter { shape(of: $0) != nil }.count
        return shaped >= 2 && shaped * 5 >= sample.count * 4
    }

    /// The badge, date and time texts of a row shaped like a punch line: a badge of digits, a
    /// date and time `YYYY-MM-DD HH:MM[:SS]`, then one to six numeric code fields.
    static func shape(of row: [Cell]) -> (badge: Cell, date: Substring, time: Substring)? {
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

    /// Reads one row as a punch, or reports why it is not one.
    private mutating func read(_ row: [Cell], rules: PunchRules) {
        var evidence = row.count > 1 ? row[1].evidence : row[0].evidence
        let line = evidence.row.map(String.init) ?? "?"
        guard let (badge, dateText, timeText) = Self.shape(of: row) else {
            // The evidence shows the line itself when it is short and printable, else its account,
            // never a block of NULs.
            let text = row.map(\.text).joined(separator: "\t")
            let printable = text.count <= 80 && !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }
            evidence.text = printable ? text : Self.describe(row)
            let reason = ReasonText(ReadReason.logLineNoPunch.text, texts: ["description": Self.description(of: row)], values: ["line": line])
            problems.append(ReadProblem(evidence: evidence, reason: reason.en, chineseReason: reason.zh))
            return
        }
        guard let date = DateParser.parse(String(dateText)), let minute = ClockTimeParser.minutes(String(timeText)),
              minute < 24 * 60 else {
            problems.append(ReadProblem(evidence: evidence, .logLineNoDate, ["line": line, "text": row[1].text]))
            return
        }
        guard date >= rules.earliestDate else {
            problems.append(ReadProblem(evidence: evidence, .logLineBeforeEarliest,
                                        ["line": line, "date": date.description, "earliest": rules.earliestDate.description]))
            return
        }
        punches.append(Punch(badge: Located(badge.text, at: badge.evidence), date: date, minute: minute, evidence: evidence))
    }

    /// A short, printable account of a junk row: NUL-filled, control characters, or its first
    /// characters.
    static func describe(_ row: [Cell]) -> String {
        description(of: row).en
    }

    /// What a line that is not a punch holds, in both languages: its count of NULs, control
    /// characters, or its first 40 characters.
    static func description(of row: [Cell]) -> ReasonText {
        let text = row.map(\.text).joined(separator: " ")
        let scalars = text.unicodeScalars
        if !scalars.isEmpty, scalars.allSatisfy({ $0.value == 0 }) { return ReasonText(.logLineNulBytes, ["count": "\(scalars.count)"]) }
        if scalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
            let nuls = scalars.filter { $0.value == 0 }.count
            return nuls > 0 ? ReasonText(.logLineNulBytesAmongOthers, ["count": "\(nuls)"]) : ReasonText(.logLineControlCharacters)
        }
        return ReasonText(.logLineText, ["text": String(text.prefix(40)) + (text.count > 40 ? "…" : "")])
    }
}

private extension Character {
    /// True for 0-9 only (not other scripts' digits nor full-width ones).
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
