import Foundation

/// The real exports in `../shared/real-world` (beside the package), read in place, never copied:
/// tests that use them run only where that folder exists.
public enum RealWorld {
    /// The folder of real exports.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/real-world")

    /// True when the folder of real exports is present.
    public static var available: Bool { FileManager.default.fileExists(atPath: root.path) }

    /// The file at `path` inside the folder (`zkteco/…`).
    public static func file(_ path: String) -> URL { root.appendingPathComponent(path) }
}
