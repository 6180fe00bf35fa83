import Foundation

/// What a document's file name says of its version: final, a version number, or a revision.
///
/// A person who sends two versions of the same records marks the one that counts: `July wages
/// final.pdf`, `timesheet v2.xlsx`, `工资表（更正）.xlsx`, `考勤最终版.xls`. This is read from
/// the name only; nothing is guessed from the order of the files, and copies (`(1)`, `copy`,
/// `副本`) state no version.
public struct StatedVersion: Sendable, Hashable, Comparable {
    /// How late the name says the document is: 0 when it says nothing; a version number; above
    /// every plain number for a revision, and above that for final.
    public let rank: Int
    /// The words of the name that say so, as written (`final`, `v2`, `更正`).
    public let marker: String?

    static let revisionRank = 10_000
    static let finalRank = 20_000

    /// The version the file name of `path` states (folders are not read).
    public init(path: String) {
        let name = Self.stem(of: path)
        let folded = name.lowercased()
        var best: (rank: Int, marker: String)?
        func consider(_ rank: Int, _ marker: String) {
            if rank > best?.rank ?? 0 { best = (rank, marker) }
        }
        for (pattern, rank) in Self.wordMarkers {
            if let range = Self.firstMatch(pattern, in: folded) { consider(rank, String(folded[range])) }
        }
        if let match = Self.versionNumber(in: folded) { consider(match.number, match.marker) }
        rank = best?.rank ?? 0
        marker = best?.marker
    }

    public static func < (a: StatedVersion, b: StatedVersion) -> Bool { a.rank < b.rank }

    /// Whether the name states any version at all.
    public var isStated: Bool { rank > 0 }

    /// Words that mark a final or revised document, as regular expressions over the lower-cased
    /// name, with their rank. Latin words must stand alone (`final`, not `finalize`).
    private static let wordMarkers: [(String, Int)] = [
        (#"(?<![a-z])final(?![a-z])"#, finalRank),
        ("最终版|最终|定稿|终版", finalRank),
        (#"(?<![a-z])(revised|revision|corrected|rev)(?![a-z])"#, revisionRank),
        ("更正|修订|修正|更新版", revisionRank),
    ]

    /// `v2`, `ver 3`, `version 2`, `第2版`: the number and the words that state it.
    private static func versionNumber(in name: String) -> (number: Int, marker: String)? {
        for pattern in [#"(?<![a-z])(v|ver|version)[ ._-]?([0-9]{1,3})(?![0-9])"#, "第([0-9]{1,3})版"] {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)),
                  let whole = Range(match.range, in: name),
                  let digits = Range(match.range(at: match.numberOfRanges - 1), in: name),
                  let number = Int(name[digits]), number > 0 else { continue }
            return (min(number, revisionRank - 1), String(name[whole]))
        }
        return nil
    }

    private static func firstMatch(_ pattern: String, in text: String) -> Range<String.Index>? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(match.range, in: text)
    }

    /// The last component of `path` without its extension.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
