import AuditCore
@testable import AuditEvidence
import AuditLayout
import AuditFields
import Testing

/// Tables whose neighbouring values print a space apart, as a spreadsheet prints a right-aligned
/// value beside a left-aligned one with only its cell padding between: each row's two values then
/// read as one run of words, and only what they are (a date, an ID, a sex, an amount) and the
/// space that stays in place down the rows tell where one column ends.
@Suite("Columns printed a space apart")
struct CloseColumnsTests {
    static let names = ["Tian Jia", "Yuan Yun", "Xie Qinjing", "Ding Pinglan", "Zhang Mingjia", "Wu Yun"]

    func table(_ lines: [[Word]]) throws -> DetectedTable {
        try #require(TableDetector.tables(in: DocumentLayout(ExtractedDocument(path: "t.pdf", textSource: .pdfText, pages: [page(1, lines)]))).first)
    }

    /// `text` right-aligned to end at `end` (6 pt a character).
    func right(_ text: String, _ end: Double) -> (String, Double) {
        (text, end - Double(text.count) * 6)
    }

    @Test("A right-aligned date beside a left-aligned ID reads as a date and an ID")
    func dateBesideID() throws {
        let header = line([("Date", 66), ("Emp No.", 104), ("Name", 160), ("Clock In", 226), ("Clock Out", 290)], y: 100)
        let rows = Self.names.enumerated().map { index, name in
            // The date ends at 100 and the ID starts at 102: two points apart, on every row.
            line([right("0\(index + 1)/06/2026", 100), ("E01\(91 + index)", 102), (name, 140), right("07:4\(index)", 270), right("17:0\(index)", 336)],
                 y: 116 + Double(index) * 14)
        }
        let table = try table([header] + rows)
        #expect(table.fields == [.date, .employeeId, .name, .clockIn, .clockOut])
        #expect(table.rows.map { table.cell(.date, in: $0)?.text } == (1...6).map { "0\($0)/06/2026" })
        #expect(table.rows.map { table.cell(.employeeId, in: $0)?.text } == (0..<6).map { "E01\(91 + $0)" })
        #expect(table.rows.map { table.cell(.name, in: $0)?.text } == Self.names)
    }

    @Test("A row whose values print a space apart is a row, though it has fewer cells than half the columns")
    func rowsOfFewCells() throws {
        let header = line([("Date", 58), ("Emp No.", 110), ("Name", 160), ("Clock In", 226), ("Clock Out", 282), ("Regular Hours", 340),
                           ("OT Hours", 424)], y: 100)
        let rows = Self.names.enumerated().map { index, name in
            // Date, ID and name run together, as do the clock-out time and the regular hours; no OT.
            line([right("0\(index + 1)/04/2026", 100), ("E01\(91 + index)", 102), (name, 134), right("07:4\(index)", 262),
                  right("17:0\(index)", 328), right("8.0", 348)], y: 116 + Double(index) * 14)
        }
        let table = try table([header] + rows)
        #expect(table.rows.count == 6)
        #expect(table.rows.map { table.cell(.employeeId, in: $0)?.text } == (0..<6).map { "E01\(91 + $0)" })
        #expect(table.rows.map { table.cell(.regularHours, in: $0)?.text } == Array(repeating: "8.0", count: 6))
    }

    @Test("Values wrapped onto a second line of their cells are joined back into their row")
    func wrappedValues() throws {
        let header = line([("Emp No.", 40), ("Name", 100), ("ID Card No.", 190), ("Hire Date", 310)], y: 100)
        var lines = [header]
        for (index, name) in Self.names.enumerated() {
            let y = 120 + Double(index) * 24
            // "HR-2494" breaks after its hyphen, the resident ID inside its digits, "Wu Yun" at its space.
            lines.append(line([("HR-", 40), (index == 5 ? "Wu" : name, 100), (String(Self.ids[index].prefix(13)), 190), ("2016-0\(index + 1)-15", 310)], y: y))
            lines.append(line([("24\(94 + index)", 40), (String(Self.ids[index].dropFirst(13)), 190)] + (index == 5 ? [("Yun", 100)] : []), y: y + 9))
        }
        let table = try table(lines)
        #expect(table.rows.count == 6)
        #expect(table.rows.map { table.cell(.employeeId, in: $0)?.text } == (0..<6).map { "HR-24\(94 + $0)" })
        #expect(table.rows.map { table.cell(.nationalId, in: $0)?.text } == Self.ids)
        #expect(table.rows.map { table.cell(.name, in: $0)?.text } == Self.names)
        #expect(table.rows.map { table.cell(.hireDate, in: $0)?.text } == (1...6).map { "2016-0\($0)-15" })
    }

    @Test("A last page of one row reads its values a space apart in the columns the pages before it showed")
    func lastPageOfOneRow() throws {
        let header = line([("Date", 66), ("Emp No.", 104), ("Name", 160), ("Clock In", 226), ("Clock Out", 290)], y: 100)
        func row(_ index: Int, y: Double) -> [Word] {
            line([right("0\(index + 1)/06/2026", 100), ("E01\(91 + index)", 102), (Self.names[index], 140), right("07:4\(index)", 270),
                  right("17:0\(index)", 336)], y: y)
        }
        let first = page(1, [header] + (0..<5).map { row($0, y: 116 + Double($0) * 14) })
        let second = page(2, [header, row(5, y: 116)])
        let tables = TableDetector.tables(in: DocumentLayout(ExtractedDocument(path: "t.pdf", textSource: .pdfText, pages: [first, second])))
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.rows.last.map { table.cell(.date, in: $0)?.text } == "06/06/2026")
        #expect(table.rows.last.map { table.cell(.employeeId, in: $0)?.text } == "E0196")
    }

    static let ids = ["36078119910309912X", "510722198106179110", "430524198401295810", "360781199404125029",
                      "370883198809184321", "510722198609039013"]
    static let departments = ["Sewing", "Packing", "Warehouse", "Warehouse", "Finishing", "QC"]

    /// A roster whose one-letter sex column is narrower than its header, printed two points before
    /// the resident ID, and whose right-aligned hire date ends two points before the department.
    func roster() throws -> DetectedTable {
        let header = line([("Emp No.", 40), ("Name", 100), ("Sex", 190), ("ID Card No.", 225), ("Hire Date", 334), ("Department", 400)], y: 100)
        let rows = Self.names.indices.map { index in
            line([("HR-23\(38 + index)", 40), (Self.names[index], 100), (index % 2 == 0 ? "F" : "M", 196), (Self.ids[index], 204),
                  right("1\(index)/0\(index + 1)/2016", 390), (Self.departments[index], 392)],
                 y: 116 + Double(index) * 14)
        }
        return try table([header] + rows)
    }

    @Test("A narrow sex column under a wider header is not merged into the ID beside it")
    func sexBesideID() throws {
        let table = try roster()
        #expect(table.fields == [.employeeId, .name, .sex, .nationalId, .hireDate, .department])
        #expect(table.rows.map { table.cell(.sex, in: $0)?.text } == ["F", "M", "F", "M", "F", "M"])
        #expect(table.rows.map { table.cell(.nationalId, in: $0)?.text } == Self.ids)
    }

    @Test("A right-aligned hire date beside a left-aligned department reads as a date and a department")
    func dateBesideWords() throws {
        let table = try roster()
        #expect(table.rows.map { table.cell(.hireDate, in: $0)?.text } == (0..<6).map { "1\($0)/0\($0 + 1)/2016" })
        #expect(table.rows.map { table.cell(.department, in: $0)?.text } == Self.departments)
    }

    @Test("Right-aligned days beside left-aligned hours read as two numbers")
    func daysBesideHours() throws {
        let header = line([("Emp ID", 40), ("Name", 100), ("Days", 176), ("Regular Hours", 210), ("Net Pay", 310)], y: 100)
        let hours = ["168.0", "160.0", "96.0", "168.0", "8.0", "152.5"]
        let rows = Self.names.indices.map { index in
            line([("E01\(91 + index)", 40), (Self.names[index], 100), right("\(index + 19)", 200), (hours[index], 202), right("3,10\(index).00", 370)],
                 y: 116 + Double(index) * 14)
        }
        let table = try table([header] + rows)
        #expect(table.rows.map { table.cell(.daysWorked, in: $0)?.text } == (19...24).map(String.init))
        #expect(table.rows.map { table.cell(.regularHours, in: $0)?.text } == hours)
    }

    @Test("A space that stays in place inside one value does not split its column")
    func valuesKeepTheirSpaces() throws {
        let header = line([("Emp ID", 40), ("Name", 100), ("Hire Date", 206), ("Net Pay", 290)], y: 100)
        let dates = ["3 Jul 2026", "12 Jan 2025", "9 Sep 2024", "30 Apr 2026", "1 Mar 2023", "28 Feb 2026"]
        let amounts = ["RMB 2,360.00", "RMB 980.50", "RMB 12,000.00", "RMB 3,100.00", "RMB 45.00", "RMB 7,777.77"]
        let rows = Self.names.indices.map { index in
            // Dates right-aligned (the year always starts at 236), amounts left-aligned (the number always at 314).
            line([("E01\(91 + index)", 40), (Self.names[index], 100), right(dates[index], 260), (amounts[index], 290)],
                 y: 116 + Double(index) * 14)
        }
        let table = try table([header] + rows)
        #expect(table.rows.map { table.cell(.hireDate, in: $0)?.text } == dates)
        #expect(table.rows.map { table.cell(.net, in: $0)?.text } == amounts)
    }

    @Test("Headers wider than their columns and overlapping each other keep their right-aligned values")
    func overlappingHeaders() throws {
        // "Regular Hours" (236-314) is centred over a column ending at 325 and "OT Hours" (308-356)
        // overlaps it: the regular hours (305-323) lie more under the OT header than under their own.
        let header = line([("Date", 40), ("Emp No.", 110), ("Name", 170), ("Regular Hours", 236), ("OT Hours", 308)], y: 100)
        let rows = Self.names.indices.map { index in
            line([("2026-07-0\(index + 1)", 40), ("E01\(91 + index)", 110), (Self.names[index], 160), right("8.0", 323), right("\(index).5", 348)],
                 y: 116 + Double(index) * 14)
        }
        let table = try table([header] + rows)
        #expect(table.fields == [.date, .employeeId, .name, .regularHours, .otHours])
        #expect(table.rows.map { table.cell(.regularHours, in: $0)?.text } == Array(repeating: "8.0", count: 6))
        #expect(table.rows.map { table.cell(.otHours, in: $0)?.text } == (0..<6).map { "\($0).5" })
    }

    @Test("Value kinds: what a column of each field holds")
    func kinds() {
        #expect(ValueKind("01/06/2026") == .date)
        #expect(ValueKind("2026年4月1日") == .date)
        #expect(ValueKind("07:44") == .clock)
        #expect(ValueKind("3,100.00") == .number)
        #expect(ValueKind("36078119910309912X") == .residentId)
        #expect(ValueKind("HR-2338") == .code)
        #expect(ValueKind("女") == .sex)
        #expect(ValueKind("Ding Pinglan") == .words)
        #expect(!ValueKind("01/06/2026 E0191").isDefinite)
        #expect(!ValueKind("24 168.0").isDefinite)
    }
}
