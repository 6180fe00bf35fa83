import Foundation
import Logging
import ServiceLifecycle

/// Deletes uploaded archives a set number of days after their check finished, so evidence (with
/// its workers' personal data) is not kept longer than needed; the reports stay.
public struct ArchiveRetention: Service {
    let checks: CheckStore
    let days: Int
    let interval: TimeInterval
    let logger: Logger

    public init(checks: CheckStore, days: Int, interval: TimeInterval, logger: Logger) {
        self.checks = checks
        self.days = days
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                sweep()
                try? await Task.sleep(for: .milliseconds(Int(interval * 1000)))
            }
        }
    }

    /// Deletes the archives of checks finished more than `days` days before `now`; returns how many.
    @discardableResult
    public func sweep(now: Date = Date()) -> Int {
        do {
            let paths = try checks.expireArchives(finishedBefore: now.addingTimeInterval(-Double(days) * 86400))
            for path in paths { try? FileManager.default.removeItem(atPath: path) }
            if !paths.isEmpty { logger.info("deleted \(paths.count) archive(s) kept longer than \(days) days") }
            return paths.count
        } catch {
            logger.error("cannot look for expired archives: \(error)")
            return 0
        }
    }
}
