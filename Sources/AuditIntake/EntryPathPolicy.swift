import AuditCore

/// Decides whether an archive entry's name is safe to use, before any byte of it is read.
enum EntryPathPolicy {
    /// The reason an entry name is refused, or nil when it is a plain relative path.
    static func rejection(for name: String) -> ReasonText? {
        if name.isEmpty { return IntakeReason.emptyName() }
        if name.hasPrefix("/") || name.hasPrefix("\\") {
            return IntakeReason.absolutePath()
        }
        let scalars = Array(name.unicodeScalars.prefix(3))
        if scalars.count >= 2, scalars[1] == ":", scalars[0].properties.isAlphabetic, scalars[0].isASCII {
            return IntakeReason.windowsPath()
        }
        let components = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if components.contains("..") {
            return IntakeReason.pathTraversal()
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
