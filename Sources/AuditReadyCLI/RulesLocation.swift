import Foundation

/// Where rule packs are looked for when `--rules` is not given.
enum RulesLocation {
    /// `--rules DIR` first, then `$AUDITREADY_RULES`, then a `Rules/` folder beside or above the
    /// executable (a checkout's build), then `Rules/` in the working directory.
    static func directories(explicit: String?) -> [URL] {
        if let explicit { return [URL(fileURLWithPath: explicit)] }
        var result: [URL] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["AUDITREADY_RULES"] {
            result.append(URL(fileURLWithPath: fromEnvironment))
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Rules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("china-labor-law.yaml").path) {
                result.append(candidate)
                break
            }
            let shared = folder.appendingPathComponent("share/auditready/Rules")
            if FileManager.default.fileExists(atPath: shared.path) { result.append(shared); break }
            folder.deleteLastPathComponent()
        }
        result.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Rules"))
        return result
    }
}
