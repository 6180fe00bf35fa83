import AuditCore
import AuditFields

/// Where the columns of an attendance app's matrix of punch times are: the person's ID and name,
/// and the day columns with their headings.
///
/// A header row names a person's column (工号 or 姓名) and a column of punch times (`打卡时间`),
/// above a row that heads the columns from there on with day numbers, weekdays or holidays. The
/// classifier tells a matrix by this layout; the evidence reader's `PunchMatrixSheet` reads it.
public struct PunchMatrixLayout: Sendable {
    public var idColumn: Int?
    public var nameColumn: Int?
    /// Each day column and what heads it: a day number, or a weekday or holiday name (nil).
    public var days: [(column: Int, day: Int?, heading: Cell)]

    /// True when a sheet of `document` is laid out as a matrix of punch times, its header row
    /// among the sheet's opening rows.
    public static func recognizes(_ document: ExtractedDocument) -> Bool {
        let lookup = HeaderLookup()
        return document.sheets.contains { sheet in
            sheet.rows.indices.prefix(DocumentLayout.openingSheetRows).contains { Self(sheet.rows, headerAt: $0, lookup: lookup) != nil }
        }
    }

    /// The layout of a matrix whose header row is `rows[index]`, or nil when it is not one.
    public init?(_ rows: [[Cell]], headerAt index: Int, lookup: HeaderLookup) {
        guard index + 1 < rows.count else { return nil }
        let header = rows[index]
        let fields = header.map { lookup.field(for: $0.text.trimmingCharacters(in: .whitespaces)) }
        guard let punches = fields.firstIndex(of: .punches) else { return nil }
        let idColumn = fields[..<punches].firstIndex(of: .employeeId)
        let nameColumn = fields[..<punches].firstIndex(of: .name)
        guard idColumn != nil || nameColumn != nil else { return nil }
        let dayRow = rows[index + 1]
        // The day row leaves the person's columns empty, and heads every column from the
        // punch-time column on until the first empty one.
        guard dayRow.prefix(punches).allSatisfy({ $0.text.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        var days: [(column: Int, day: Int?, heading: Cell)] = []
        for column in dayRow.indices.dropFirst(punches) {
            let text = dayRow[column].text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { break }
            if let day = HeaderLookup.dayNumber(text) {
                days.append((column, day, dayRow[column]))
            } else if Self.isDayName(text) {
                days.append((column, nil, dayRow[column]))
            } else {
                return nil
            }
        }
        guard days.contains(where: { $0.day != nil }) else { return nil }
        self.idColumn = idColumn
        self.nameColumn = nameColumn
        self.days = days
    }

    /// True for the heading of a day off in place of its number: a weekday (`六`, `周日`, `星期六`,
    /// `Sat`) or a holiday's name (`端午节`, `国庆`): a short text without digits. Chinese numerals
    /// are letters here, not digits: `六` (Saturday) is a numeral to Unicode.
    static func isDayName(_ text: String) -> Bool {
        text.count <= 8 && text.contains(where: \.isLetter)
            && !text.unicodeScalars.contains { $0.properties.numericType == .decimal }
    }
}
