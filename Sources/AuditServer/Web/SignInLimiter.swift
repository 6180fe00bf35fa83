import Foundation
import Synchronization

/// Counts failed sign-ins per e-mail address and per client address, and refuses further tries
/// from either once it has failed `limit` times within `window`.
final class SignInLimiter: Sendable {
    let limit: Int
    let window: TimeInterval
    private let failures = Mutex<[String: [Date]]>([:])

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// The keys a sign-in is counted under.
    static func keys(email: String, client: String?) -> [String] {
        ["email:" + email.trimmingCharacters(in: .whitespaces).lowercased()] + (client.map { ["client:" + $0] } ?? [])
    }

    /// Seconds until a sign-in under `keys` may be tried again; nil when it may be tried now.
    func retryAfter(_ keys: [String], now: Date = Date()) -> TimeInterval? {
        failures.withLock { table in
            let waits = keys.compactMap { key -> TimeInterval? in
                let recent = (table[key] ?? []).filter { now.timeIntervalSince($0) < window }
                table[key] = recent.isEmpty ? nil : recent
                guard recent.count >= limit, let oldest = recent.first else { return nil }
                return window - now.timeIntervalSince(oldest)
            }
            return waits.max()
        }
    }

    /// Counts a failed sign-in under `keys`.
    func recordFailure(_ keys: [String], now: Date = Date()) {
        failures.withLock { table in
            for key in keys { table[key, default: []].append(now) }
        }
    }

    /// Forgets the failures of the e-mail address that just signed in.
    func recordSuccess(_ keys: [String]) {
        failures.withLock { table in
            for key in keys where key.hasPrefix("email:") { table[key] = nil }
        }
    }
}
