import AuditCore
import Foundation

/// One leaf entry of the input, as intake hands it on: its bytes, or why there are none.
public enum IntakeItem: Sendable {
    /// A regular file that was read whole within the limits.
    case file(path: String, bytes: Data)
    /// An entry that was refused or could not be read; `status` is `.rejected` or `.unreadable`.
    case refused(path: String, status: DocumentStatus, reason: ReasonText)

    public var path: String {
        switch self {
        case let .file(path, _), let .refused(path, _, _): return path
        }
    }
}

/// Why the input as a whole could not be opened (the CLI maps this to exit status 2).
public struct IntakeError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot open \(path): \(reason)" }
}
