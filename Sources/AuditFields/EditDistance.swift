/// Levenshtein distance with an early exit, for fuzzy header matching and for telling a
/// misread character from a different value.
public enum EditDistance {
    /// The edit distance between `a` and `b`, or nil when it exceeds `limit`.
    ///
    /// When `forbidSubstitution` is given, replacing one character with a different one for which
    /// both answer true is not allowed (such a change must be paid for as a deletion plus an insertion).
    public static func bounded(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int,
                        forbidSubstitution: ((Unicode.Scalar) -> Bool)? = nil) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                var substitution = previous[j - 1]
                if a[i - 1] != b[j - 1] {
                    let forbidden = forbidSubstitution.map { $0(a[i - 1]) && $0(b[j - 1]) } ?? false
                    substitution = forbidden ? Int.max / 2 : substitution + 1
                }
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            guard rowMinimum <= limit else { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
