@preconcurrency import Glibc

/// Process-wide settings the C libraries depend on.
enum ProcessSetup {
    /// A UTF-8 locale for libarchive's non-ASCII entry names, and UTC so that zip entry times
    /// (stored as local DOS times) are the same bytes on every machine.
    static func prepare() {
        setlocale(LC_ALL, "C.UTF-8")
        setenv("TZ", "UTC", 1)
        tzset()
    }
}
