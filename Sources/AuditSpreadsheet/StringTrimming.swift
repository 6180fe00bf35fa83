extension String {
    /// The string without white space or line breaks at either end.
    var trimmingSpaces: String {
        if let first = utf8.first, let last = utf8.last, Self.isPlainEdge(first), Self.isPlainEdge(last) { return self }
        guard let first = unicodeScalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = unicodeScalars.lastIndex(where: { !$0.properties.isWhitespace }) else {
            return isEmpty ? self : ""
        }
        return String(unicodeScalars[first...last])
    }

    /// True for a byte that is neither ASCII white space nor part of a non-ASCII character
    /// (which could be a no-break or ideographic space).
    private static func isPlainEdge(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x80
    }
}
