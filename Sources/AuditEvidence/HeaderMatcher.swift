import AuditCore
import AuditFields
import AuditLayout

/// Finds header rows: lines whose cells are mostly known column names.
enum HeaderMatcher {
    /// The smallest number of distinct known fields that makes a header row.
    static let minimumFields = 3

    /// One header as printed, the field it names, and the words it was read from.
    struct Header {
        var text: String
        var field: CanonicalField?
        var words: [Word]
    }

    /// Maps each cell to a field, splitting cells whose words hold two headers printed too close
    /// together ("Regular Hours OT Hours"), longest match first.
    ///
    /// Headers wider than their columns print into each other, their words interleaved from left
    /// to right ("Clock In Clock Regular Out OT Hours Hours"); each header's words still follow one
    /// another a space apart, so such a cell is read as the chains of words that do, each header
    /// placed by its middle. A Chinese header run into the next with no space (正常工时加班工时)
    /// is split where known headers meet.
    static func headers(for cells: [LayoutCell], lookup: HeaderLookup) -> [Header] {
        var result: [Header] = []
        for cell in cells {
            if let field = lookup.field(for: cell.text) {
                result.append(Header(text: cell.text, field: field, words: cell.words))
                continue
            }
            let readings = chainings(of: cell.words).filter { $0.count > 1 }.map { chains in
                bilingualMerged(chains.flatMap { segmented($0, lookup: lookup) }.sorted { middle($0) < middle($1) }, lookup: lookup)
            }
            // The reading naming the most distinct fields, less those named twice or not at all,
            // then the one in fewest pieces (most words read into headers); the nearest-gap
            // linking on a tie.
            func score(_ pieces: [Header]) -> (Int, Int) {
                let named = pieces.compactMap(\.field)
                return (2 * Set(named).count - named.count - (pieces.count - named.count), -pieces.count)
            }
            if let pieces = readings.enumerated().max(by: { a, b in
                let (x, y) = (score(a.element), score(b.element))
                return (x.0, x.1, -a.offset) < (y.0, y.1, -b.offset)
            })?.element {
                if pieces.contains(where: { $0.field != nil }) {
                    result.append(contentsOf: pieces)
                    continue
                }
            }
            let pieces = segmented(cell.words, lookup: lookup)
            if pieces.contains(where: { $0.field != nil }) {
                result.append(contentsOf: pieces)
            } else {
                result.append(Header(text: cell.text, field: nil, words: cell.words))
            }
        }
        return result
    }

    /// `words` read as headers, longest match first (named as written before by a near miss); a
    /// word that names nothing and is Chinese run together is split into the known headers it is
    /// made of, if it is.
    static func segmented(_ words: [Word], lookup: HeaderLookup) -> [Header] {
        let words = words.flatMap { lookup.field(for: $0.text) == nil ? gluedChinese($0, lookup: lookup) : [$0] }
        var pieces: [Header] = []
        var start = 0
        while start < words.count {
            // A header named as written before one named by a near miss or in part
            // ("出勤天数 Days Worked" and "Regular Hours", not "出勤天数 Days Worked Regular Hours").
            // Runs longer than any header are never one (a line of prose is not read as a header
            // at every length: that made reading a page of text quadratic in its words).
            var texts = [words[start].text]  // texts[n]: the run of n + 1 words from `start`, as one text
            while start + texts.count < words.count,
                  texts[texts.count - 1].count + 1 + words[start + texts.count].text.count <= HeaderLookup.maximumHeaderLength {
                texts.append(texts[texts.count - 1] + " " + words[start + texts.count].text)
            }
            let longestFirst = texts.indices.reversed()
            let match = (longestFirst.first { lookup.isExact(texts[$0]) } ?? longestFirst.first { lookup.field(for: texts[$0]) != nil })
                .map { Header(text: texts[$0], field: lookup.field(for: texts[$0]), words: Array(words[start...(start + $0)])) }
            let piece = match ?? Header(text: words[start].text, field: nil, words: [words[start]])
            pieces.append(piece)
            start += piece.words.count
        }
        return pieces
    }

    /// The words of a cell as chains of words that follow one another a space apart, left to
    /// right; one chain when no word is printed over another.
    ///
    /// Each word goes on to the word after it whose gap is nearest the line's space (the gap most
    /// words leave to their next), a Latin word before a Chinese one: a bilingual header is one
    /// Chinese word, then Latin ones (Regular → Hours and 加班工时 → OT Hours, not Regular → OT).
    static func chains(of words: [Word]) -> [[Word]] {
        chainings(of: words)[0]
    }

    /// The readings of `chains(of:)`: first the nearest-gap linking, then, where a link won by
    /// less than a quarter of a space over another that shares one of its words (`Days`→`Regular`
    /// against `Days`→`Worked`, two headers printed over each other), the linkings without any
    /// of the first four such links, for the caller to judge by the headers they name.
    static func chainings(of words: [Word]) -> [[[Word]]] {
        let sorted = words.sorted { $0.box.x0 < $1.box.x0 }
        guard zip(sorted, sorted.dropFirst()).contains(where: { $1.box.x0 < $0.box.x1 - 0.5 }) else { return [[sorted]] }
        var candidates: [(gap: Double, from: Int, to: Int)] = []
        for i in sorted.indices {
            for j in sorted.indices where j != i {
                let gap = sorted[j].box.x0 - sorted[i].box.x1
                // Parts of one word that ran two headers together abut exactly: never one header.
                if gap != 0 && gap >= -0.5 && gap <= 0.6 * min(sorted[i].box.height, sorted[j].box.height) { candidates.append((gap, i, j)) }
            }
        }
        guard !candidates.isEmpty else { return [sorted.map { [$0] }] }
        let space = candidates.map(\.gap).sorted()[candidates.count / 2]
        let links = candidates.map { link in
            (cost: abs(link.gap - space) + (isChinese(sorted[link.to].text) ? 0.4 * max(space, 1) : 0), from: link.from, to: link.to)
        }.sorted { ($0.cost, $0.from) < ($1.cost, $1.from) }
        func linking(without forbidden: Set<Int>) -> (chains: [[Word]], accepted: [Int]) {
            var next = [Int?](repeating: nil, count: sorted.count), previous = [Int?](repeating: nil, count: sorted.count)
            var accepted: [Int] = []
            for (index, link) in links.enumerated() where !forbidden.contains(index) && next[link.from] == nil && previous[link.to] == nil {
                next[link.from] = link.to
                previous[link.to] = link.from
                accepted.append(index)
            }
            let chains = sorted.indices.filter { previous[$0] == nil }.map { head in
                var chain = [sorted[head]]
                var index = head
                while let following = next[index] {
                    chain.append(sorted[following])
                    index = following
                }
                return chain
            }
            return (chains, accepted)
        }
        let nearest = linking(without: [])
        let tolerance = 0.25 * max(space, 1)
        let close = nearest.accepted.filter { index in
            let link = links[index]
            return links.indices.contains { other in
                other != index && !nearest.accepted.contains(other) && links[other].cost <= link.cost + tolerance
                    && (links[other].from == link.from || links[other].to == link.to)
            }
        }.prefix(4)
        // Every set of the first four such links left out, smallest first.
        let forbiddenSets = (1..<(1 << close.count)).map { mask in
            Set(close.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
        }.sorted { $0.count < $1.count }
        return [nearest.chains] + forbiddenSets.map { linking(without: $0).chains }
    }

    /// Neighbouring headers of one field, one in Chinese and one in Latin letters, as one header:
    /// the two halves of a bilingual header whose words were read as two chains.
    static func bilingualMerged(_ headers: [Header], lookup: HeaderLookup) -> [Header] {
        var merged: [Header] = []
        for header in headers {
            if let last = merged.last, let field = header.field, last.field == field, isChinese(last.text) != isChinese(header.text) {
                let text = last.text + " " + header.text
                merged[merged.count - 1] = Header(text: text, field: lookup.field(for: text) ?? field, words: last.words + header.words)
            } else {
                merged.append(header)
            }
        }
        return merged
    }

    /// A word of Chinese headers run together, split into the headers it is made of (each named
    /// as written), its box shared out by characters; the word itself when it is not.
    static func gluedChinese(_ word: Word, lookup: HeaderLookup) -> [Word] {
        let characters = Array(word.text)
        guard characters.count >= 4, characters.count <= HeaderLookup.maximumHeaderLength, characters.allSatisfy({ isChinese(String($0)) })
        else { return [word] }
        // parts[i]: the fewest known headers that make characters[..<i], as their ends.
        var parts = [[Int]?](repeating: nil, count: characters.count + 1)
        parts[0] = []
        for end in 2...characters.count {
            for start in 0...(end - 2) {
                guard let before = parts[start], lookup.isExact(String(characters[start..<end])),
                      parts[end].map({ before.count + 1 < $0.count }) ?? true else { continue }
                parts[end] = before + [end]
            }
        }
        guard let ends = parts[characters.count], ends.count >= 2 else { return [word] }
        let width = word.box.width / Double(characters.count)
        var start = 0
        return ends.map { end in
            defer { start = end }
            let box = BoundingBox(x0: word.box.x0 + Double(start) * width, y0: word.box.y0, x1: word.box.x0 + Double(end) * width, y1: word.box.y1)
            return Word(text: String(characters[start..<end]), box: box, confidence: word.confidence)
        }
    }

    private static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }
    }

    private static func middle(_ header: Header) -> Double {
        let x0 = header.words.map(\.box.x0).min() ?? 0, x1 = header.words.map(\.box.x1).max() ?? 0
        return (x0 + x1) / 2
    }

    /// The fewest day columns that make a monthly attendance grid.
    static let minimumDayColumns = 20

    /// True when `days` (in column order) run through the month, allowing one wrap from 31 to 1
    /// (pay cycles from the 26th to the 25th).
    static func isDaySequence(_ days: [Int]) -> Bool {
        // A whole month, or the second half of a grid printed in two blocks (days 23-31).
        let secondHalf = days.count >= 5 && (days.first ?? 0) > 1 && (days.last ?? 0) >= 28
        guard days.count >= minimumDayColumns || secondHalf else { return false }
        var wraps = 0
        for (a, b) in zip(days, days.dropFirst()) where b != a + 1 {
            if b == 1 && a >= 28 { wraps += 1 } else { return false }
        }
        return wraps <= 1
    }

    /// True when the mapped columns look like a header row.
    static func isHeader(_ fields: [CanonicalField?]) -> Bool {
        let known = fields.compactMap { $0 }
        return Set(known).count >= minimumFields && Double(known.count) >= 0.6 * Double(fields.count)
    }
}
