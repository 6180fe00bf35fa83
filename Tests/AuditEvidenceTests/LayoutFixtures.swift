import AuditCore

/// Words laid out like a PDF page: 6 pt per character, 10 pt high, baseline rows.
func word(_ text: String, x: Double, y: Double) -> Word {
    Word(text: text, box: BoundingBox(x0: x, y0: y - 8, x1: x + Double(text.count) * 6, y1: y + 2))
}

/// A line of phrases at the given x positions; each phrase's words are separated by one space.
func line(_ phrases: [(String, Double)], y: Double) -> [Word] {
    phrases.flatMap { phrase, x -> [Word] in
        var position = x
        return phrase.split(separator: " ").map { part in
            defer { position += Double(part.count + 1) * 6 }
            return word(String(part), x: position, y: y)
        }
    }
}

func page(_ number: Int = 1, _ lines: [[Word]]) -> ExtractedPage {
    ExtractedPage(number: number, width: 595, height: 842, words: lines.flatMap { $0 })
}
