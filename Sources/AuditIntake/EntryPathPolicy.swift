/// Decides whether an archive entry's name is safe to use, before any byte of it is read.
enum EntryPathPolicy {
    /// The reason an entry name is refused, or nil when it is a plain relative path.
    static func rejection(for name: String) -> String? {
        if name.isEmpty { return "the entry has an empty name" }
        if name.hasPrefix("/") || name.hasPrefix("\\") {
            return "absolute path: an archive entry must not point outside the archive; re-create the archive with relative paths"
        }
        let scalars = Array(name.unicodeScalars.prefix(3))
        if scalars.count >= 2, scalars[1] == ":", scalars[0].properties.isAlphabetic, scalars[0].isASCII {
            return "absolute Windows path (drive letter): re-create the archive with relative paths"
        }
        let components = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if components.contains("..") {
            return "path traversal ('..'): the entry would land outside the archive; re-create the archive without it"
        }
        return nil
    }

    /// The name with `./` components and a trailing slash removed.
    static func normalized(_ name: String) -> String {
        name.split(separator: "/", omittingEmptySubsequences: true)
            .filter { $0 != "." }
            .joined(separator: "/")
    }
}
