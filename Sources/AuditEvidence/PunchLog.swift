import AuditCore
import AuditFields
import AuditLayout

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

    /// The punch log in `document`, or nil when its content is not laid out as one: one sheet
    /// with rows (a CSV or text export, or a workbook whose other sheets are empty), most of its
    /// first rows shaped like a punch.
    public init?(_ document: ExtractedDocument, rules: PunchRules = PunchRules()) {
        guard let rows = PunchLogLayout.rows(of: document), PunchLogLayout.isPunchLog(rows) else { return nil }
        punches = []
        problems = []
        for row in rows where !row.allSatisfy({ $0.text.isEmpty }) {
            read(row, rules: rules)
        }
    }

    /// Reads one row as a punch, or reports why it is not one.
    private mutating func read(_ row: [Cell], rules: PunchRules) {
        var evidence = row.count > 1 ? row[1].evidence : row[0].evidence
        let line = evidence.row.map(String.init) ?? "?"
        guard let (badge, dateText, timeText) = PunchLogLayout.shape(of: row) else {
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
