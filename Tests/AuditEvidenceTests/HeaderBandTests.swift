import AuditCore
import AuditLayout
@testable import AuditEvidence
import AuditFields
import Testing

/// Header rows as a spreadsheet prints them when columns are narrower than their headers: a header
/// wrapped inside its column, broken inside words and centred in a tall header row, so that its
/// pieces sit on lines above and below the one-line headers beside it; or not wrapped, and printed
/// over its neighbour's so that two headers run together with no space.
@Suite("Headers wrapped or cut inside narrow columns")
struct HeaderBandTests {
    static let names = ["Tian Jia", "Yuan Yun", "Xie Qinjing", "Ding Pinglan", "Zhang Mingjia", "Wu Yun"]

    func table(_ lines: [[Word]]) throws -> DetectedTable {
        try #require(TableDetector.tables(in: DocumentLayout(ExtractedDocument(path: "t.pdf", textSource: .pdfText, pages: [page(1, lines)]))).first)
    }

    /// `text` right-aligned to end at `end` (6 pt a character).
    func right(_ text: String, _ end: Double) -> (String, Double) {
        (text, end - Double(text.count) * 6)
    }

    @Test("A header wrapped letter by letter in a narrow column is read with the headers beside it")
    func wrappedHeaders() throws {
        // "Days Worked" wraps as Da|ys|Wo|rk|ed in a column 182-202, "Regular Hours" as Regula|r|Hours
        // in 202-252; the pieces of neighbouring headers on one line print only 4 points apart.
        let header = [
            line([("Da", 184)], y: 100),
            line([("ys", 184), ("Regula", 200)], y: 110),
            line([("Emp ID", 40), ("Name", 100), ("Wo", 184), ("r", 215), ("Net Pay", 290)], y: 120),
            line([("rk", 184), ("Hours", 203)], y: 130),
            line([("ed", 184)], y: 140),
        ]
        let hours = ["168.0", "160.0", "96.0", "168.0", "8.0", "152.5"]
        let rows = Self.names.indices.map { index in
            line([("E01\(91 + index)", 40), (Self.names[index], 100), right("\(index + 19)", 200), right(hours[index], 250),
                  right("3,10\(index).00", 340)], y: 160 + Double(index) * 14)
        }
        let table = try table(header + rows)
        #expect(table.fields == [.employeeId, .name, .daysWorked, .regularHours, .net])
        #expect(table.rows.map { table.cell(.daysWorked, in: $0)?.text } == (19...24).map(String.init))
        #expect(table.rows.map { table.cell(.regularHours, in: $0)?.text } == hours)
        #expect(table.rows.map { table.cell(.employeeId, in: $0)?.text } == (0..<6).map { "E01\(91 + $0)" })
    }

    @Test("A short header cut over three lines (S|ex) is a column of its own")
    func headerOverThreeLines() throws {
        let header = [
            line([("S", 166)], y: 100),
            line([("Emp No.", 40), ("Name", 100), ("ID Card No.", 200), ("Hire Date", 330)], y: 110),
            line([("ex", 164)], y: 120),
        ]
        let ids = ["36078119910309912X", "510722198106179110", "430524198401295810", "360781199404125029",
                   "370883198809184321", "510722198609039013"]
        let rows = Self.names.indices.map { index in
            line([("HR-23\(38 + index)", 40), (Self.names[index], 82), (index % 2 == 0 ? "F" : "M", 164), (ids[index], 180),
                  ("2016-0\(index + 1)-15", 330)], y: 140 + Double(index) * 14)
        }
        let table = try table(header + rows)
        #expect(table.fields == [.employeeId, .name, .sex, .nationalId, .hireDate])
        #expect(table.rows.map { table.cell(.sex, in: $0)?.text } == ["F", "M", "F", "M", "F", "M"])
        #expect(table.rows.map { table.cell(.nationalId, in: $0)?.text } == ids)
    }

    @Test("A bilingual header wider than its column with its last word on the line below (入职日期 Hire / Date) names one column")
    func bilingualHeaderWrappedBelow() throws {
        // The geometry of a roster LibreOffice Writer printed (seed 9966): `入职日期 Hire` is
        // wider than its column of dates, and its `Date` prints under `入职日期`; `出生日期 Date`
        // sits a space apart over one column of birth dates. Read apart, `Date` passed for a
        // column of its own and the hire dates were lost.
        func words(_ y: Double, _ spans: [(String, Double, Double)]) -> [Word] {
            spans.map { Word(text: $0.0, box: BoundingBox(x0: $0.1, y0: y, x1: $0.2, y1: y + 11.7)) }
        }
        let header = [
            words(116.9, [("工号", 47.9, 65.9), ("Emp", 68.2, 86.4), ("性别", 195.5, 213.5), ("出生日期", 336.1, 372.2),
                          ("Date", 374.4, 393.2), ("入职日期", 403.8, 439.9), ("Hire", 442.1, 459.1)]),
            words(122.1, [("姓名", 119.5, 137.5), ("Name", 139.8, 164.1), ("身份证号码", 226.6, 271.7), ("ID", 273.9, 283.1),
                          ("Card", 285.4, 304.5), ("No.", 306.8, 321.0), ("部门", 466.1, 484.1), ("Department", 486.4, 535.4)]),
            words(127.3, [("No.", 60.0, 74.2), ("Sex", 197.5, 211.5), ("of", 349.5, 357.7), ("Birth", 360.0, 379.8), ("Date", 422.0, 440.8)]),
        ]
        let ids = ["341221197710099724", "450881199011238011", "360781198002078819", "130682200104242227",
                   "430524199601011717", "431121198602029017"]
        let hired = (0..<6).map { "201\($0)-03-2\($0)" }
        let rows = Self.names.indices.map { index in
            let given = Self.names[index].split(separator: " ")
            return words(139.8 + 12.8 * Double(index), [
                ("HR-254\(index)", 43.5, 78.0), (String(given[0]), 92.8, 112.5), (String(given[1]), 114.8, 140.0),
                (index % 2 == 0 ? "女" : "男", 192.8, 201.8), (ids[index], 218.3, 308.3), ("1990-11-2\(index)", 352.1, 397.9),
                (hired[index], 417.0, 462.8), ("Packing", 464.9, 495.9),
            ])
        }
        let table = try table(header + rows)
        #expect(table.fields == [.employeeId, .name, .sex, .nationalId, .dob, .hireDate, .department])
        #expect(table.rows.map { table.cell(.hireDate, in: $0)?.text } == hired)
        #expect(table.rows.map { table.cell(.department, in: $0)?.text } == Array(repeating: "Packing", count: 6))
    }

    @Test("Headers printed into each other with no space (Clock InClock OutRegular Hours) are told apart")
    func gluedHeaders() throws {
        let header = line([("Date", 40), ("Emp No.", 106), ("Name", 160), ("Clock InClock OutRegular Hours", 220), ("OT Hours", 412)], y: 100)
        let rows = Self.names.indices.map { index in
            line([("2026-07-0\(index + 1)", 40), ("E01\(91 + index)", 106), (Self.names[index], 140), right("07:4\(index)", 270),
                  right("17:0\(index)", 330), right("8.0", 390), right("\(index).5", 440)], y: 116 + Double(index) * 14)
        }
        let table = try table([header] + rows)
        #expect(table.fields == [.date, .employeeId, .name, .clockIn, .clockOut, .regularHours, .otHours])
        #expect(table.rows.map { table.cell(.clockOut, in: $0)?.text } == (0..<6).map { "17:0\($0)" })
        #expect(table.rows.map { table.cell(.regularHours, in: $0)?.text } == Array(repeating: "8.0", count: 6))
    }

    @Test("Of a Chinese header line over an English one printed into each other, the line that names every column is read")
    func bilingualLines() throws {
        // The English headers are wider than their columns: "Clock Out", "Regular Hours" and "OT
        // Hours" print into each other; the Chinese ones above fit (but for 正常工时/加班工时 touching).
        let header = [
            line([("日期", 52), ("工号", 112), ("姓名", 176), ("上班时间", 236), ("下班时间", 290), ("正常工时", 332), ("加班工时", 356)], y: 90),
            line([("Date", 50), ("Emp No.", 100), ("Name", 170), ("Clock In", 234), ("Clock", 284), ("Regular", 314), ("Out", 315),
                  ("OT", 353), ("Hours", 356), ("Hours", 370)], y: 101),
        ]
        let rows = Self.names.indices.map { index in
            line([right("\(index + 6) May 2026", 92), ("E02\(20 + index)", 100), (Self.names[index], 146), right("08:0\(index)", 268),
                  right("17:0\(index)", 322), right("8.0", 362), right("\(index).5", 392)], y: 120 + Double(index) * 14)
        }
        let table = try table(header + rows)
        #expect(table.fields == [.date, .employeeId, .name, .clockIn, .clockOut, .regularHours, .otHours])
        #expect(table.rows.count == 6)
        #expect(table.rows.map { table.cell(.regularHours, in: $0)?.text } == Array(repeating: "8.0", count: 6))
        #expect(table.rows.map { table.cell(.otHours, in: $0)?.text } == (0..<6).map { "\($0).5" })
    }

    @Test("Headers wider than their columns, printed into each other word by word, are read as the runs of words a space apart")
    func interleavedHeaders() throws {
        // "Clock In" 234-280, "Clock Out" 286-338 and "Regular Hours" 312-388 overlap: sorted by
        // position their words read "Clock In Clock Regular Out Hours".
        let header = [("Date", 40, 64), ("Emp", 106, 124), ("No.", 128, 146), ("Name", 160, 184), ("Clock", 234, 264), ("In", 268, 280),
                      ("Clock", 286, 316), ("Out", 320, 338), ("Regular", 312, 354), ("Hours", 358, 388)]
            .map { Word(text: $0.0, box: BoundingBox(x0: $0.1, y0: 92, x1: $0.2, y1: 102)) }
        let rows = Self.names.indices.map { index in
            line([("2026-07-0\(index + 1)", 40), ("E01\(91 + index)", 106), (Self.names[index], 140), right("07:4\(index)", 270),
                  right("17:0\(index)", 330), right("8.\(index)", 380)], y: 116 + Double(index) * 14)
        }
        let table = try table([header] + rows)
        #expect(table.fields == [.date, .employeeId, .name, .clockIn, .clockOut, .regularHours])
        #expect(table.rows.map { table.cell(.regularHours, in: $0)?.text } == (0..<6).map { "8.\($0)" })
    }

    @Test("Of two words as near to a header's last word, the one a space away goes on it (Regular → Hours, 加班工时 → OT)")
    func chainsBySpace() {
        // Bilingual headers wider than their columns: every header's words are 2.6 points apart,
        // but "OT" starts 1.95 points after "Regular" ends.
        let words = [("上班时间", 308.8, 348.7), ("Clock", 351.4, 375.3), ("下班时间", 376.2, 416.2), ("In", 377.9, 387.2),
                     ("正常工时", 397.6, 437.6), ("Clock", 418.8, 442.7), ("加班工时", 433.8, 473.8), ("Regular", 440.2, 474.4),
                     ("Out", 445.4, 462.0), ("OT", 476.4, 489.0), ("Hours", 477.0, 504.2), ("Hours", 491.6, 518.8)]
            .map { Word(text: $0.0, box: BoundingBox(x0: $0.1, y0: 100, x1: $0.2, y1: 112.3)) }
        let headers = HeaderMatcher.headers(for: [LayoutCell(words: words)], lookup: HeaderLookup())
        #expect(headers.map(\.field) == [.clockIn, .clockOut, .regularHours, .otHours])
        #expect(headers.map(\.text) == ["上班时间 Clock In", "下班时间 Clock Out", "正常工时 Regular Hours", "加班工时 OT Hours"])
    }

    @Test("Chinese headers run together with no space (正常工时加班工时) are split where known headers meet")
    func gluedChineseHeaders() throws {
        let lookup = HeaderLookup()
        let word = Word(text: "上班时间下班时间正常工时加班工时", box: BoundingBox(x0: 200, y0: 92, x1: 392, y1: 102))
        #expect(HeaderMatcher.gluedChinese(word, lookup: lookup).map(\.text) == ["上班时间", "下班时间", "正常工时", "加班工时"])
        #expect(HeaderMatcher.gluedChinese(Word(text: "考勤记录", box: word.box), lookup: lookup).map(\.text) == ["考勤记录"])
        let header = line([("日期", 50), ("工号", 110), ("姓名", 160), ("上班时间下班时间正常工时加班工时", 200)], y: 100)
        #expect(TableDetector.headerColumns(of: TextLine(page: 1, words: header, cells: LineBuilder.cells(of: header)), lookup: lookup)?
            .columns.map(\.field) == [.date, .employeeId, .name, .clockIn, .clockOut, .regularHours, .otHours])
    }

    @Test("A word that runs two headers together is split where they meet")
    func ungluing() {
        let word = Word(text: "InClock", box: BoundingBox(x0: 0, y0: 0, x1: 70, y1: 10))
        #expect(HeaderBand.unglued(word).map(\.text) == ["In", "Clock"])
        let parts = HeaderBand.unglued(word)
        #expect(parts.first?.box.x1 == parts.last?.box.x0 && parts.last?.box.x1 == 70)
        #expect(parts.first.map { $0.box.width < 30 } == true)
        #expect(HeaderBand.unglued(Word(text: "Date工号", box: BoundingBox(x0: 0, y0: 0, x1: 80, y1: 10))).map(\.text) == ["Date", "工号"])
        #expect(HeaderBand.unglued(Word(text: "Name", box: BoundingBox(x0: 0, y0: 0, x1: 40, y1: 10))).map(\.text) == ["Name"])
    }

    static let prose = [
        "The factory keeps the records of its workers and their hours in the office on the first floor.",
        "Each worker signs the sheet at the end of the month and the manager checks it with the clock.",
        "Overtime is agreed with the union and paid at the rates the law sets for rest days and holidays.",
    ]

    @Test("A line of running English text is a sentence; header lines, even long ones, are not")
    func sentences() {
        func textLine(_ text: String) -> TextLine {
            let words = line([(text, 40)], y: 100)
            return TextLine(page: 1, words: words, cells: LineBuilder.cells(of: words))
        }
        for text in Self.prose { #expect(HeaderBand.isSentence(textLine(text)), "\(text)") }
        for text in ["Emp ID Name Department Position Hire Date Date of Birth ID Card Number Monthly Base Pay",
                     "Regular Hours Overtime Hours Rest Day Hours Holiday Hours Net Pay Total Deductions Signature",
                     "工号 姓名 部门 职位 入职日期 出生日期 身份证号码 离职日期 基本工资 加班费 实发工资",
                     "Clock in and out, see the notes"] {
            #expect(!HeaderBand.isSentence(textLine(text)), "\(text)")
        }
    }

    @Test("An English header line in sentence case under a Chinese one, its columns apart, is part of the header band")
    func sentenceCaseHeaderLine() throws {
        let header = [
            line([("工号", 40), ("姓名", 120), ("出勤天数", 200), ("加班时数", 380)], y: 100),
            line([("Employee ID", 40), ("Name", 120), ("Days worked in the month", 200), ("Overtime hours in the month", 380)], y: 112),
        ]
        let words = header[1]
        #expect(!HeaderBand.isSentence(TextLine(page: 1, words: words, cells: LineBuilder.cells(of: words))))
        let rows = Self.names.indices.map { index in
            line([("E01\(91 + index)", 40), (Self.names[index], 120), ("2\(index)", 200), ("1\(index).5", 380)], y: 130 + Double(index) * 12)
        }
        let table = try table(header + rows)
        #expect(table.fields == [.employeeId, .name, .daysWorked, .otHours])
        #expect(table.rows.count == 6)
    }

    @Test("Paragraphs of text right above a table start no header band, and the table under them is read")
    func proseAboveTable() throws {
        let paragraph = (0..<24).map { line([(Self.prose[$0 % 3], 40)], y: 60 + Double($0) * 12) }
        let header = line([("Emp ID", 40), ("Name", 100), ("Department", 200), ("Hire Date", 300)], y: 60 + 24 * 12)
        let rows = Self.names.indices.map { index in
            line([("E01\(91 + index)", 40), (Self.names[index], 100), ("Sewing", 200), ("2021-03-1\(index)", 300)],
                 y: 60 + 25 * 12 + Double(index) * 12)
        }
        let lines = DocumentLayout(ExtractedDocument(path: "t.pdf", textSource: .pdfText, pages: [page(1, paragraph + [header] + rows)])).lines
        #expect(HeaderBand.run(in: lines, from: 0).isEmpty)
        #expect(HeaderBand.run(in: lines, from: 24) == 24..<25)
        let table = try table(paragraph + [header] + rows)
        #expect(table.fields == [.employeeId, .name, .department, .hireDate])
        #expect(table.rows.map { table.cell(.employeeId, in: $0)?.text } == (0..<6).map { "E01\(91 + $0)" })
    }

    @Test("Each stretch of a band's lines stacked once on the one before it reads as stacking it whole")
    func stacksBuiltStretchByStretch() {
        let band = [
            line([("Da", 184)], y: 100),
            line([("ys", 184), ("Regula", 200)], y: 110),
            line([("Emp ID", 40), ("Name", 100), ("Wo", 184), ("r", 215), ("Net Pay", 290)], y: 120),
            line([("rk", 184), ("Hours", 203)], y: 130),
            line([("ed", 184)], y: 140),
        ].map { TextLine(page: 1, words: $0, cells: LineBuilder.cells(of: $0)) }
        let stacks = HeaderBand.Stacks(band[...])
        var compared = 0
        for start in band.indices {
            for count in 1...(band.count - start) {
                let whole = HeaderBand.stack(Array(band[start..<(start + count)]))
                #expect(stacks.stacked(from: start, count: count)?.text == whole?.text)
                #expect(stacks.stacked(from: start, count: count)?.words == whole?.words)
                if whole != nil { compared += 1 }
            }
        }
        #expect(compared > 5)
    }

    @Test("The first row under a header repeated on a new page, its first cell left blank, is a row of its own, not the rest of the last row of the page before")
    func blankFirstCellAfterPageBreak() throws {
        func pageLines(_ ids: [Int], departmentFirst: Bool) -> [[Word]] {
            let header = line([("Department", 40), ("Employee ID", 120), ("Name", 200), ("Clock In", 300), ("Clock Out", 380)], y: 60)
            return [header] + ids.enumerated().map { position, id in
                let department = departmentFirst || position > 0 ? [("Sewing", 40.0)] : []
                return line(department + [("E000\(id)", 120), ("Worker\(id)", 200), ("08:00", 300), ("17:00", 380)],
                            y: 80 + Double(position) * 12)
            }
        }
        let document = ExtractedDocument(path: "t.pdf", textSource: .pdfText, pages: [
            page(1, pageLines([1, 2, 3, 4, 5], departmentFirst: true)), page(2, pageLines([6, 7, 8], departmentFirst: false)),
        ])
        let tables = TableDetector.tables(in: DocumentLayout(document))
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table.rows.map { table.cell(.employeeId, in: $0)?.text } == (1...8).map { "E000\($0)" })
        #expect(table.rows.map { table.cell(.clockIn, in: $0)?.text }.allSatisfy { $0 == "08:00" })
    }
}
