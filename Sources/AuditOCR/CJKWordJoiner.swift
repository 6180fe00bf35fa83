/// Joins the runs of Chinese characters Tesseract splits apart, so OCR words match PDF words.
///
/// Chinese is written without spaces; a PDF's text layer gives `营业执照` as one word, while
/// Tesseract often returns `营业` `执照` or one word per character. Neighbours on the same line are
/// joined when the characters that meet are both Chinese (Han, CJK punctuation or full-width forms)
/// and the gap between them is under three quarters of the shorter one's height (Tesseract draws
/// some characters' boxes far too tall).
///
/// Tesseract's boxes for Chinese characters are rough: measured on 50-pixel text, neighbours within
/// one phrase (`东莞恒宝` `五金` `有限公司`) were 24 to 28 pixels apart, or overlapped by 25, so a
/// box gap cannot tell a single space from none; the gap between the fields of a form or the
/// columns of a table (an em or more) still separates words.
enum CJKWordJoiner {
    /// The gap, as a share of the shorter word's height, up to which Chinese neighbours are joined.
    static let maximumGap = 0.75

    static func join(_ words: [RecognizedWord]) -> [RecognizedWord] {
        var joined: [RecognizedWord] = []
        joined.reserveCapacity(words.count)
        for word in words {
            if let previous = joined.last, shouldJoin(previous, word) {
                joined[joined.count - 1] = RecognizedWord(
                    text: previous.text + word.text,
                    left: min(previous.left, word.left), top: min(previous.top, word.top),
                    right: max(previous.right, word.right), bottom: max(previous.bottom, word.bottom),
                    // The weakest character decides whether the joined word can be trusted.
                    confidence: min(previous.confidence, word.confidence), line: previous.line)
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    static func shouldJoin(_ first: RecognizedWord, _ second: RecognizedWord) -> Bool {
        guard first.line == second.line,
              let end = first.text.unicodeScalars.last, let start = second.text.unicodeScalars.first,
              isChinese(end), isChinese(start) else { return false }
        // Overlapping boxes (a negative gap) are one phrase whose boxes Tesseract drew too wide.
        let gap = second.left - first.right
        return second.right > first.left && Double(gap) <= maximumGap * Double(min(first.height, second.height))
    }

    /// Han ideographs, CJK symbols and punctuation (`、。「」`), and full-width forms (`，：（）`).
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
