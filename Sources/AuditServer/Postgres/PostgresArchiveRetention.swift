import Foundation
import Logging
import ServiceLifecycle

/// Deletes the archives (large objects) of the PostgreSQL store a set number of days after their
/// check finished; the reports stay. Several servers may run it at once.
struct PostgresArchiveRetention: Service {
    let store: PostgresServerStore
    let days: Int
    let interval: TimeInterval
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let count = try await store.expireArchives(finishedBefore: Date().addingTimeInterval(-Double(days) * 86400))
                    if count > 0 { logger.info("deleted \(count) archive(s) kept longer than \(days) days") }
                } catch {
                    logger.error("cannot look for expired archives: \(error)")
                }
                try? await Task.sleep(for: .milliseconds(Int(interval * 1000)))
            }
        }
    }
}
