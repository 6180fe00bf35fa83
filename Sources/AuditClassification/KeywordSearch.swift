/// Finds which of the classifier's keywords a text holds, in one pass over its UTF-8 bytes.
///
/// A document's body may be megabytes of text (a log, an export saved as text); asking it for
/// each of some 80 keywords in turn through Foundation's Unicode-aware search took seconds. The
/// texts and keywords are folded and lower-cased already, so bytes compare exactly.
struct KeywordSearch: Sendable {
    static let shared = KeywordSearch(KeywordScorer.keywords.values.flatMap { $0.map(\.0) })

    /// Each keyword's bytes, grouped by their first byte (256 groups).
    private let byFirstByte: [[(word: String, bytes: [UInt8])]]
    /// Keywords with a Chinese character, which are looked for in the text with its spaces left out.
    private let chinese: Set<String>

    init(_ words: [String]) {
        var groups = [[(word: String, bytes: [UInt8])]](repeating: [], count: 256)
        for word in Set(words) {
            let bytes = Array(word.utf8)
            guard let first = bytes.first else { continue }
            groups[Int(first)].append((word, bytes))
        }
        byFirstByte = groups
        chinese = Set(words.filter { $0.unicodeScalars.contains { $0.properties.isIdeographic } })
    }

    /// The keywords `text` holds: the Latin ones as written, the Chinese ones in `spreadOut`
    /// (the same text without its spaces).
    func found(in text: String, spreadOut: String) -> Set<String> {
        found(in: Array(text.utf8)).filter { !chinese.contains($0) }
            .union(found(in: Array(spreadOut.utf8)).filter { chinese.contains($0) })
    }

    /// Every keyword that occurs in `bytes`.
    private func found(in bytes: [UInt8]) -> Set<String> {
        var found: Set<String> = []
        bytes.withUnsafeBufferPointer { text in
            for start in text.indices {
                for candidate in byFirstByte[Int(text[start])] where !found.contains(candidate.word) && start + candidate.bytes.count <= text.count {
                    var index = 1
                    while index < candidate.bytes.count, text[start + index] == candidate.bytes[index] { index += 1 }
                    if index == candidate.bytes.count { found.insert(candidate.word) }
                }
            }
        }
        return found
    }
}
