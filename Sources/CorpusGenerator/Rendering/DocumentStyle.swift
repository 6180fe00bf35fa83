import AuditCore

/// The presentation choices of one factory's paperwork, drawn from the seed.
///
/// Real archives differ in wording, date formats, column order and encodings; a reader that
/// classifies by content has to cope with all of them, so the corpus varies them per seed.
struct DocumentStyle {
    var dateStyle: DateStyle
    var fieldLayout: FieldLayout
    var roster: RosterStyle
    var payroll: PayrollStyle
    /// One encoding choice per covered month, in month order.
    var timesheets: [TimesheetStyle]

    /// The style for `seed`, with a timesheet encoding for each of `months` months.
    init(seed: UInt64, months: Int) {
        var rng = SplitMix64(seed: seed, stream: "style")
        dateStyle = rng.pick(DateStyle.allCases)
        fieldLayout = rng.pick(FieldLayout.allCases)
        roster = RosterStyle(using: &rng)
        payroll = PayrollStyle(idHeader: roster.idHeader, using: &rng)
        let chineseMonth = rng.chance(0.5) ? rng.int(in: 0...(months - 1)) : nil
        let crlf = rng.chance(0.5)
        let byEmployee = rng.chance(0.3)
        let csvDates: TimesheetStyle.DateFormat = rng.chance(0.7) ? .iso : .slashedUnpadded
        timesheets = (0..<months).map { index in
            let encoding: TimesheetStyle.Encoding = index == chineseMonth ? .gb18030 : (rng.chance(0.3) ? .utf8BOM : .utf8)
            return TimesheetStyle(encoding: encoding, dateFormat: csvDates, lineEnding: crlf ? "\r\n" : "\n",
                                  sortedByEmployee: byEmployee)
        }
    }
}

/// The roster's header wording, column order and cell formats.
struct RosterStyle {
    /// A roster column.
    enum Column: CaseIterable {
        case employeeID, name, sex, birthDate, nationalID, hireDate, department, leaveDate
    }

    private static let orders: [[Column]] = [
        [.employeeID, .name, .sex, .birthDate, .nationalID, .hireDate, .department],
        [.employeeID, .name, .sex, .nationalID, .birthDate, .department, .hireDate],
        [.employeeID, .name, .department, .sex, .birthDate, .nationalID, .hireDate],
        [.employeeID, .name, .nationalID, .sex, .birthDate, .hireDate, .department],
    ]
    private static let synonyms: [Column: [String]] = [
        .employeeID: ["Employee ID", "Emp No.", "Staff ID", "Emp ID", "Badge No."],
        .name: ["Name", "Employee Name", "Full Name"],
        .sex: ["Sex", "Gender"],
        .birthDate: ["Date of Birth", "DOB", "Birth Date"],
        .nationalID: ["ID Number", "ID Card No.", "National ID"],
        .hireDate: ["Hire Date", "Date Joined", "Joining Date", "Start Date"],
        .department: ["Department", "Dept", "Section"],
        .leaveDate: ["Leave Date", "Resignation Date", "Last Working Day"],
    ]

    /// The columns without the leave date, which is appended only when someone resigned.
    var order: [Column]
    var headers: [Column: String]
    var dateStyle: DateStyle
    var writesSexInFull: Bool
    var rowHeight: Double

    var idHeader: String { headers[.employeeID]! }

    /// Draws the wording, order and formats.
    init(using rng: inout SplitMix64) {
        order = rng.pick(Self.orders)
        var headers: [Column: String] = [:]
        for column in Column.allCases { headers[column] = rng.pick(Self.synonyms[column]!) }
        self.headers = headers
        dateStyle = rng.pick([DateStyle.iso, .slashed, .dotted])
        writesSexInFull = rng.chance(0.5)
        rowHeight = rng.pick([14.0, 16.0, 20.0])
    }
}

/// The payroll register's wording and spacing.
struct PayrollStyle {
    var idHeader: String
    var periodStyle: PeriodStyle
    var grossHeader: String
    var netHeader: String
    /// Generous row heights leave room for signatures and push long registers onto a second page.
    var rowHeight: Double

    /// Draws the wording and spacing; the ID column is headed as on the roster.
    init(idHeader: String, using rng: inout SplitMix64) {
        self.idHeader = idHeader
        periodStyle = rng.pick(PeriodStyle.allCases)
        grossHeader = rng.pick(["Gross Pay", "Gross Wage"])
        netHeader = rng.pick(["Net Pay", "Net Wage"])
        rowHeight = rng.pick([14.0, 18.0, 24.0])
    }
}

/// How one month's attendance export is encoded.
struct TimesheetStyle {
    /// The character encoding and header language.
    enum Encoding {
        case utf8, utf8BOM
        /// GB18030 with Chinese headers, as a Chinese-locale Excel saves CSV.
        case gb18030
    }

    /// How the Date column is written.
    enum DateFormat {
        /// `2026-07-03`
        case iso
        /// `2026/7/3`
        case slashedUnpadded
    }

    var encoding: Encoding
    var dateFormat: DateFormat
    var lineEnding: String
    /// Rows grouped by employee rather than by date.
    var sortedByEmployee: Bool
}
