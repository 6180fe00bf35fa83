import AuditCore

/// Rebuilds lines from positioned words: rows from shared baselines, cells from gaps.
///
/// A page's lines are built by `DocumentLayout` only, once per document; other stages take them
/// from it and use the builder only to regroup lines they already have into cells.
public enum LineBuilder {
    /// Groups a page's words into lines, top to bottom.
    static func lines(of page: ExtractedPage) -> [TextLine] {
        let words = page.words.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
            .sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        var groups: [[Word]] = []
        for word in words {
            if var last = groups.last, let anchor = last.first,
               abs(word.box.midY - anchor.box.midY) < 0.5 * min(anchor.box.height, word.box.height) {
                last.append(word)
                groups[groups.count - 1] = last
            } else {
                groups.append([word])
            }
        }
        return mergingDroppedGlyphs(groups).map { group in
            let sorted = group.sorted { $0.box.x0 < $1.box.x0 }
            return TextLine(page: page.number, words: sorted, cells: cells(of: sorted))
        }
    }

    /// The lines with each lone OCR word that belongs to the line above put back into it.
    ///
    /// OCR sometimes boxes one glyph lower than its neighbours (the 期 of 营业期限 with its
    /// descending strokes), far enough to start a line of its own and split the label. Such a word
    /// sits in a gap between two words of the line above and overlaps that line's height; a word
    /// of a line of its own does neither. Text-layer words are placed exactly and left alone.
    static func mergingDroppedGlyphs(_ groups: [[Word]]) -> [[Word]] {
        var merged: [[Word]] = []
        for group in groups {
            if group.count == 1, var word = group.first, word.confidence != nil, let above = merged.last, fitsGap(word, in: above),
               let top = above.map(\.box.y0).min(), let bottom = above.map(\.box.y1).max() {
                // Its box takes the line's height: OCR's box of such a glyph can be a speck, and
                // a speck's height would split the label into cells at the gaps beside it.
                word.box = BoundingBox(x0: word.box.x0, y0: top, x1: word.box.x1, y1: bottom)
                merged[merged.count - 1].append(word)
            } else {
                merged.append(group)
            }
        }
        return merged
    }

    /// Whether `word` overlaps the height of `line` and lies between two of its neighbouring words.
    private static func fitsGap(_ word: Word, in line: [Word]) -> Bool {
        guard let top = line.map(\.box.y0).min(), let bottom = line.map(\.box.y1).max(),
              word.box.y0 < bottom, word.box.y1 > top else { return false }
        let slack = 0.25 * word.box.height
        let sorted = line.sorted { $0.box.x0 < $1.box.x0 }
        return zip(sorted, sorted.dropFirst()).contains { left, right in
            word.box.x0 >= left.box.x1 - slack && word.box.x1 <= right.box.x0 + slack
        }
    }

    /// Two lines read as one whose cells stack the upper words over the lower ones where their
    /// extents overlap (a header printed over two lines); nil when the lines are not adjacent.
    public static func stacked(_ upper: TextLine, _ lower: TextLine) -> TextLine? {
        guard upper.page == lower.page, lower.box.y0 - upper.box.y1 < 1.2 * max(upper.box.height, 1) else { return nil }
        var groups: [(range: ClosedRange<Double>, upper: [Word], lower: [Word])] = []
        for (cell, isUpper) in upper.cells.map({ ($0, true) }) + lower.cells.map({ ($0, false) }) {
            let range = cell.box.x0...cell.box.x1
            if let index = groups.firstIndex(where: { $0.range.overlaps(range) }) {
                groups[index].range = min(groups[index].range.lowerBound, range.lowerBound)...max(groups[index].range.upperBound, range.upperBound)
                if isUpper { groups[index].upper += cell.words } else { groups[index].lower += cell.words }
            } else {
                groups.append((range, isUpper ? cell.words : [], isUpper ? [] : cell.words))
            }
        }
        let cells = groups.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { LayoutCell(words: $0.upper + $0.lower) }
        return TextLine(page: upper.page, words: upper.words + lower.words, cells: cells)
    }

    /// The lines with each value that wrapped onto lines of its own in a form put back into its
    /// cell: a line printed right under a label and its value ("Company Name | Guangzhou Shengfu
    /// Hardware Co.," over "Ltd."), starting where the value starts and with nothing left of it.
    static func joiningWrappedValues(_ lines: [TextLine]) -> [TextLine] {
        var joined: [TextLine] = []
        for line in lines {
            if var previous = joined.last, previous.page == line.page, previous.cells.count >= 2, let value = previous.cells.last,
               let first = line.words.first, abs(first.box.x0 - value.box.x0) < 1, line.words.allSatisfy({ $0.box.x0 >= value.box.x0 - 1 }),
               line.box.y0 - previous.box.y1 < 0.5 * min(previous.box.height, line.box.height) {
                previous.words += line.words
                previous.cells[previous.cells.count - 1] = LayoutCell(words: value.words + line.words)
                joined[joined.count - 1] = previous
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    /// Splits a line's words into cells wherever the gap is wider than an ordinary space.
    public static func cells(of words: [Word]) -> [LayoutCell] {
        guard let first = words.first else { return [] }
        var cells: [LayoutCell] = []
        var current = [first]
        for word in words.dropFirst() {
            let previous = current[current.count - 1]
            // From the cell's right edge: a word printed over the one before it (headers wider
            // than their columns) may end short of its neighbour's end.
            let gap = word.box.x0 - current.map(\.box.x1).max()!
            let height = min(previous.box.height, word.box.height)
            if gap > 0.9 * height {
                cells.append(LayoutCell(words: current))
                current = [word]
            } else {
                current.append(word)
            }
        }
        cells.append(LayoutCell(words: current))
        return cells
    }
}
