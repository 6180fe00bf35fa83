/// Which way the lines of a reading run, from the positions of their words.
///
/// Tesseract reads a sideways page's text lines on its own (it finds lines running down the page)
/// but reports their blocks as upright; the words' boxes say which way the lines run.
enum ReadingDirection {
    /// Quarter turns clockwise the text is from upright: 1 when lines run down the page (the top
    /// of the text points right), 3 when they run up it, 0 when they run across.
    ///
    /// Each line with two words or more votes, weighted by its characters, by how its first and
    /// last word lie; a line of one word says nothing.
    static func quarterTurnsFromUpright(_ words: [RecognizedWord]) -> Int {
        var across = 0, down = 0, up = 0
        var start = words.startIndex
        while start < words.endIndex {
            var end = start
            while end + 1 < words.endIndex, words[end + 1].line == words[start].line { end += 1 }
            if end > start {
                let first = words[start], last = words[end]
                let characters = words[start...end].reduce(0) { $0 + $1.text.count }
                let dx = (last.left + last.right) - (first.left + first.right)
                let dy = (last.top + last.bottom) - (first.top + first.bottom)
                if abs(dy) <= abs(dx) { across += characters } else if dy > 0 { down += characters } else { up += characters }
            }
            start = end + 1
        }
        if down > across && down >= up { return 1 }
        if up > across && up > down { return 3 }
        return 0
    }
}
