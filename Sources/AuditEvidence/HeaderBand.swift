import AuditCore
import AuditFields
import AuditLayout

/// Header rows printed over several lines: a spreadsheet centres each header cell in a tall header
/// row, so a header wrapped inside a narrow column ("Da|ys|Wo|rk|ed", "Reg|ular|Hou|rs") puts its
/// pieces on lines of their own, above and below the one-line headers beside it, and a header not
/// wrapped but wider than its column prints over its neighbours' ("Clock InClock Out").
///
/// A header band is a run of lines without digits; the header is the stretch of the run that names
/// the most known columns, read two ways: its lines stacked where their cells overlap (headers
/// printed over two or three lines), or its words gathered under the columns the body below it
/// shows (see `ColumnRebuilder`), each column's words read line by line.
enum HeaderBand {
    /// The most lines a header row is printed on.
    static let maximumLines = 12

    /// A header found in a band: its columns, the lines it was read from, and the line to cite.
    struct Found {
        var header: TableDetector.HeaderColumns
        var lines: Range<Int>
        var line: TextLine
    }

    /// The run of lines without digits from `start`, each close below the one before it.
    static func run(in lines: [TextLine], from start: Int) -> Range<Int> {
        var end = start
        while end < lines.count, end - start < maximumLines, !hasDigit(lines[end]), !isSentence(lines[end]) {
            if end > start {
                let above = lines[end - 1], below = lines[end]
                guard below.page == above.page, below.box.y0 - above.box.y1 < 2 * max(min(above.box.height, below.box.height), 1) else { break }
            }
            end += 1
        }
        return start..<end
    }

    static func hasDigit(_ line: TextLine) -> Bool {
        line.text.contains(where: \.isNumber)
    }

    /// True for a line of running English text, which is part of no header band: one or two
    /// cells (a header line leaves gutters between its columns) of at least ten words, most of
    /// them in lower case, three or more of them words that join a sentence (`the`, `and`,
    /// `of`…). Headers are names, seldom more than one such word each ("Date of Birth"); a page
    /// of prose searched as header bands of twelve lines was slow to read.
    static func isSentence(_ line: TextLine) -> Bool {
        guard line.words.count >= 10, line.cells.count <= 2 else { return false }
        let words = line.words.map { $0.text.filter { !$0.isPunctuation } }
        let lower = words.filter { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }.count
        let joining = words.filter { sentenceWords.contains($0.lowercased()) }.count
        return 2 * lower > words.count && joining >= 3
    }

    private static let sentenceWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "be",
        "was", "were", "has", "have", "this", "that", "its", "their", "our", "we", "will", "shall", "must", "not", "all",
    ]

    /// The header the run `run` of `lines` holds, if any: of all its stretches of consecutive
    /// lines (each as printed, and with words a narrow cell broke made whole), the one naming the
    /// most distinct known fields less the headers it names twice or not at all and the pieces of
    /// one header it reads apart (`readApart`), then the most fields named as written rather than
    /// by a near miss, then the most words read into known headers (the shorter on a tie, a stack
    /// of lines before words under body columns).
    static func find(in lines: [TextLine], run: Range<Int>, lookup: HeaderLookup) -> Found? {
        guard !run.isEmpty else { return nil }
        let columns = bodyColumns(in: lines, after: run.upperBound)
        var best: (found: Found, score: Int)?
        let stacks = Stacks(lines[run])
        for length in 1...run.count {
            for start in run.lowerBound...(run.upperBound - length) {
                let printed = Array(lines[start..<(start + length)])
                var candidates: [Found] = []
                // The window as printed, and with words a narrow cell broke in two made whole.
                let rejoined = rejoiningBrokenWords(printed)
                let readings = [(printed, stacks.stacked(from: start - run.lowerBound, count: length))]
                    + (rejoined == printed ? [] : [(rejoined, stack(rejoined))])
                for (window, stacked) in readings {
                    if let stacked, let header = TableDetector.headerColumns(of: stacked, lookup: lookup) {
                        candidates.append(Found(header: header, lines: start..<(start + length), line: stacked))
                    }
                    for grouping in Grouping.allCases where columns.count >= 2 {
                        if let header = underColumns(window, columns: columns, grouping: grouping, lookup: lookup) {
                            candidates.append(Found(header: header, lines: start..<(start + length), line: joined(window)))
                        }
                    }
                }
                for candidate in candidates {
                    let parted = 2 * readApart(candidate.header, columns: columns)  // one field too many, one column too many
                    let named = candidate.header.columns
                    let known = named.filter { $0.field != nil }
                    let distinct = Set(known.compactMap(\.field)).count
                    let exact = Set(known.filter { lookup.isExact($0.header) }.compactMap(\.field)).count
                    let words = known.map { $0.header.split(separator: " ").count }.reduce(0, +)
                    let score = 1000 * (distinct - (known.count - distinct) - (named.count - known.count) - parted) + 100 * exact + words
                    if score > (best?.score ?? 0) { best = (candidate, score) }
                }
            }
        }
        return best?.found
    }

    /// Every stretch of a run's lines stacked (`stack(_:)`), each line unglued once and each
    /// stretch built on the one a line shorter: a run of twelve lines has 78 stretches, and
    /// stacking each from scratch made reading a page of prose slow.
    struct Stacks {
        private var stacked: [[TextLine?]] = []  // [start][count - 1]

        init(_ lines: ArraySlice<TextLine>) {
            let unglued = lines.map(HeaderBand.unglued)
            for start in unglued.indices {
                var row: [TextLine?] = [unglued[start]]
                for next in unglued[(start + 1)...] {
                    guard let previous = row.last!, let line = LineBuilder.stacked(previous, next) else { break }
                    row.append(line)
                }
                stacked.append(row)
            }
        }

        /// The `count` lines from `start` (counted from the run's first line) stacked as one.
        func stacked(from start: Int, count: Int) -> TextLine? {
            count <= stacked[start].count ? stacked[start][count - 1] : nil
        }
    }

    /// The lines of `window` read as one header line, cells stacked where they overlap; nil when
    /// its lines are not printed one right under the other.
    static func stack(_ window: [TextLine]) -> TextLine? {
        guard var line = window.first.map(unglued) else { return nil }
        for next in window.dropFirst() {
            guard let stacked = LineBuilder.stacked(line, unglued(next)) else { return nil }
            line = stacked
        }
        return line
    }

    /// How a header band's words are gathered under the body's columns.
    enum Grouping: CaseIterable {
        /// Each word under the column its middle lies over.
        case words
        /// Each run of words a space apart (see `phrases(of:)`).
        case phrases
        /// Each such run, parted between two words that each stand over the values of a column
        /// of their own (`上班时间 下班时间`, two headers centred over two narrow columns a space apart).
        case phrasesWithinColumns
    }

    /// The window's words gathered under the body's `columns` as `grouping` says (each word or
    /// run of words under the column its middle lies over, the gaps between columns split in
    /// half), each column's words read line by line and matched to known headers, several to a
    /// column when it holds several.
    ///
    /// Word by word suits headers wrapped inside their columns, whose pieces of neighbouring
    /// columns may print only a few points apart; phrase by phrase suits a header line wider
    /// than its column, whose outer words lie over the next column's values; phrases parted at
    /// columns suit both on one band.
    static func underColumns(_ window: [TextLine], columns: [ClosedRange<Double>], grouping: Grouping,
                             lookup: HeaderLookup) -> TableDetector.HeaderColumns? {
        guard window.count >= 2 else { return nil }  // one line is read as a line
        var groups = [[Word]](repeating: [], count: columns.count)
        let bounds = TableDetector.bounds(of: columns)
        var above: [(box: BoundingBox, column: Int)] = []
        for line in window {
            let words = unglued(line).words
            let runs = switch grouping {
            case .words: words.map { [$0] }
            case .phrases: phrases(of: words)
            case .phrasesWithinColumns: phrases(of: words).flatMap { parted($0, columns: columns) }
            }
            var placed: [(box: BoundingBox, column: Int)] = []
            for run in runs {
                let middle = (run[0].box.x0 + run[run.count - 1].box.x1) / 2
                let column = continuation(run[0], of: above) ?? TableDetector.column(ofX: middle, bounds)
                groups[column] += run
                placed += run.map { ($0.box, column) }
            }
            above = placed
        }
        let headers = groups.filter { !$0.isEmpty }.flatMap { HeaderMatcher.headers(for: [LayoutCell(words: $0)], lookup: lookup) }
        guard HeaderMatcher.isHeader(headers.map(\.field)) else { return nil }
        return TableDetector.HeaderColumns(columns: headers.map { DetectedTable.Column(header: $0.text, field: $0.field) },
                                           words: headers.map(\.words), days: [:])
    }

    /// `window` with each word a narrow cell broke in two made whole: a piece that starts with a
    /// lower-case letter, printed under a word ending in a letter that it overlaps, is joined to
    /// that word without a space (`Departm` over `ent` is `Department`, `Se` over `x` is `Sex`).
    ///
    /// A second word wrapped whole onto the next line (`Date of` over `birth`) looks the same, so
    /// this is only another reading of the band: the header that names more known columns wins.
    static func rejoiningBrokenWords(_ window: [TextLine]) -> [TextLine] {
        var lines = window.map(\.words)
        for index in lines.indices.dropFirst() {
            var kept: [Word] = []
            for piece in lines[index] {
                guard let first = piece.text.unicodeScalars.first, first.properties.isLowercase,
                      let above = lines[index - 1].firstIndex(where: { word in
                          word.box.x0 <= piece.box.x1 && piece.box.x0 <= word.box.x1 && word.text.last?.isLetter == true
                      }) else {
                    kept.append(piece)
                    continue
                }
                let word = lines[index - 1][above]
                lines[index - 1][above] = Word(text: word.text + piece.text, box: word.box.union(piece.box), confidence: word.confidence)
            }
            lines[index] = kept
        }
        return zip(window, lines).compactMap { line, words in
            words.isEmpty ? nil : TextLine(page: line.page, words: words, cells: LineBuilder.cells(of: words))
        }
    }

    /// The column of the word printed over `word` when `word` is the rest of it, broken inside
    /// the word by a wrap in a narrow column (`Regula` over `r Hours`): a piece that starts with a
    /// lower-case letter under a word it overlaps belongs with that word, wherever its middle lies.
    static func continuation(_ word: Word, of above: [(box: BoundingBox, column: Int)]) -> Int? {
        guard let first = word.text.unicodeScalars.first, first.properties.isLowercase else { return nil }
        return above.first { $0.box.x0 <= word.box.x1 && word.box.x0 <= $0.box.x1 }?.column
    }

    /// `run` parted between each two neighbouring words whose middles lie over the values of two
    /// different `columns`.
    static func parted(_ run: [Word], columns: [ClosedRange<Double>]) -> [[Word]] {
        func column(of word: Word) -> Int? {
            let middle = (word.box.x0 + word.box.x1) / 2
            return columns.firstIndex { $0.contains(middle) }
        }
        var parts: [[Word]] = []
        for word in run {
            if let last = parts.last?.last, !Self.apart(column(of: last), column(of: word)) {
                parts[parts.count - 1].append(word)
            } else {
                parts.append([word])
            }
        }
        return parts
    }

    /// True when two words stand over the values of two different columns.
    private static func apart(_ a: Int?, _ b: Int?) -> Bool {
        guard let a, let b else { return false }
        return a != b
    }

    /// Runs of words printed one space apart (a gap of at most a third of their height), left to right.
    static func phrases(of words: [Word]) -> [[Word]] {
        var runs: [[Word]] = []
        for word in words.sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let last = runs.last?.last {
                let gap = word.box.x0 - last.box.x1
                if gap >= -0.5 && gap <= min(word.box.height, last.box.height) / 3 {
                    runs[runs.count - 1].append(word)
                    continue
                }
            }
            runs.append([word])
        }
        return runs
    }

    /// The columns of the body rows below a header band: the lines from the first with a number
    /// at or after `start` that print numbers in at least two cells, up to the first that does not.
    static func bodyColumns(in lines: [TextLine], after start: Int) -> [ClosedRange<Double>] {
        var body: [TextLine] = []
        var index = start
        while index < lines.count, index < start + maximumLines, !hasDigit(lines[index]) { index += 1 }  // the rest of a long band
        while index < lines.count, body.count < 40, hasDigit(lines[index]), lines[index].page == lines[start].page {
            if lines[index].cells.count >= 2 { body.append(lines[index]) }
            index += 1
        }
        guard body.count >= ColumnRebuilder.minimumRows else { return [] }
        return ColumnRebuilder.dataColumns(of: body)
    }

    /// How many pairs of a reading's headers are pieces of one header read apart: a word of one
    /// printed on a line above or below a word of the other that covers most of the narrower
    /// (`入职日期 Hire` over `Date`), or the two a space apart on one line over the values of one
    /// of the body's `columns` (`出生日期 Date` over the birth dates). The headers of two columns
    /// side by side are neither.
    static func readApart(_ header: TableDetector.HeaderColumns, columns: [ClosedRange<Double>]) -> Int {
        func column(of word: Word) -> Int? {
            columns.firstIndex { $0.contains((word.box.x0 + word.box.x1) / 2) }
        }
        func pieces(_ a: Word, _ b: Word) -> Bool {
            let height = min(a.box.height, b.box.height)
            let rise = abs((a.box.y0 + a.box.y1) - (b.box.y0 + b.box.y1)) / 2
            if rise > height / 3 {
                return min(a.box.x1, b.box.x1) - max(a.box.x0, b.box.x0) > 0.8 * min(a.box.width, b.box.width)
            }
            let gap = max(a.box.x0, b.box.x0) - min(a.box.x1, b.box.x1)
            guard gap >= -0.5, gap <= height / 3, let left = column(of: a) else { return false }
            return left == column(of: b)
        }
        var pairs = 0
        for i in header.words.indices {
            for j in header.words.indices where j > i {
                if header.words[i].contains(where: { a in header.words[j].contains { pieces(a, $0) } }) { pairs += 1 }
            }
        }
        return pairs
    }

    /// All the words of `window` as one line, to cite as the header.
    static func joined(_ window: [TextLine]) -> TextLine {
        let words = window.flatMap(\.words)
        return TextLine(page: window[0].page, words: words, cells: LineBuilder.cells(of: words))
    }

    /// `line` with words that run two headers together split where they meet, the parts' widths
    /// judged from the line's other words of the same script.
    static func unglued(_ line: TextLine) -> TextLine {
        func median(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.sorted()[values.count / 2] }
        let chinese = median(line.words.filter { $0.text.count >= 2 && $0.text.allSatisfy(isChinese) }.map { $0.box.width / ems($0.text) })
        let latin = median(line.words.filter { $0.text.count >= 2 && $0.text.allSatisfy { $0.isASCII && $0.isLetter } }.map { $0.box.width / ems($0.text) })
        let words = line.words.flatMap { unglued($0, chinese: chinese, latin: latin) }
        guard words.count != line.words.count else { return line }
        return TextLine(page: line.page, words: words, cells: LineBuilder.cells(of: words))
    }

    /// A word split where one header printed over its cell's edge runs into the next with no
    /// space: a lower-case letter before a capital ("InClock", "HoursBase"), Latin letters beside
    /// Chinese ones ("Date工号", "Birth入职日期").
    ///
    /// Each part is as wide as its characters, at `chinese` or `latin` points an em where the
    /// line's other words tell; parts narrower than the word share it out and abut exactly, as no
    /// two printed words do, and two parts wider than the word (printed over each other) keep its
    /// two ends.
    static func unglued(_ word: Word, chinese: Double? = nil, latin: Double? = nil) -> [Word] {
        let characters = Array(word.text)
        guard characters.count >= 2 else { return [word] }
        var cuts: [Int] = []
        for index in 1..<characters.count {
            let a = characters[index - 1], b = characters[index]
            let latinA = a.isASCII && a.isLetter, latinB = b.isASCII && b.isLetter
            if a.isLowercase && latinA && b.isUppercase && latinB || (latinA || a == ".") && isChinese(b) || isChinese(a) && latinB {
                cuts.append(index)
            }
        }
        guard !cuts.isEmpty else { return [word] }
        let bounds = zip([0] + cuts, cuts + [characters.count]).map { $0..<$1 }
        let ems = bounds.map { range in characters[range].map(width).reduce(0, +) }
        let scales = bounds.map { range in isChinese(characters[range.lowerBound]) ? chinese : latin }
        var boxes: [(Double, Double)] = []
        if !scales.contains(where: { $0 == nil }), bounds.count == 2,
           zip(ems, scales).map({ $0 * $1! }).reduce(0, +) > word.box.width {
            boxes = [(word.box.x0, word.box.x0 + ems[0] * scales[0]!), (word.box.x1 - ems[1] * scales[1]!, word.box.x1)]
        } else {
            let widths = zip(ems, scales).map { em, scale in em * (scale ?? 1) }
            let total = widths.reduce(0, +)
            var x = word.box.x0
            for share in widths.map({ $0 / total * word.box.width }) {
                boxes.append((x, x + share))
                x += share
            }
        }
        return zip(bounds, boxes).map { range, box in
            Word(text: String(characters[range]), box: BoundingBox(x0: box.0, y0: word.box.y0, x1: box.1, y1: word.box.y1), confidence: word.confidence)
        }
    }

    private static func ems(_ text: String) -> Double {
        text.map(width).reduce(0, +)
    }

    /// A character's rough width in ems, for sharing out a word's box.
    static func width(_ character: Character) -> Double {
        if isChinese(character) { return 1 }
        if "iljI.,:;'|!".contains(character) { return 0.3 }
        if "frt()-/".contains(character) { return 0.42 }
        if "mwMW".contains(character) { return 0.9 }
        if character.isUppercase { return 0.72 }
        return 0.58
    }

    static func isChinese(_ character: Character) -> Bool {
        character.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }
    }
}
