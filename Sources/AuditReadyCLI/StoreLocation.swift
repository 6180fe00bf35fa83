import ArgumentParser
import AuditServer
import Foundation
import Logging

/// Where the account commands (`token create`, `user create`) find the server's store: the data
/// folder given by `--data`, or the PostgreSQL database given by `--database`.
struct StoreLocation: ParsableArguments {
    @Option(help: ArgumentHelp("The server's data folder (as given to `auditready serve --data`).", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("The server's PostgreSQL database (as given to `auditready serve --database`).", valueName: "url"))
    var database: String?

    func validate() throws {
        guard (data == nil) != (database == nil) else {
            throw ValidationError("give the server's store: --data DIR, or --database postgres://… (one of them)")
        }
    }

    /// `work`'s result over the store; a store that cannot be opened is a usage error saying why.
    func withStore<Value: Sendable>(_ work: @escaping @Sendable (any ServerStore) async throws -> Value) throws -> Value {
        let (data, database) = (self.data, self.database)
        do {
            return try ServeCommand.block {
                if let database {
                    var logger = Logger(label: "auditready")
                    logger.logLevel = .warning
                    return try await PostgresServerStore.withStore(PostgresConfiguration(url: database), logger: logger) { try await work($0) }
                }
                return try await work(try SQLiteServerStore(data: try DataDirectory(URL(fileURLWithPath: data ?? "."))))
            }
        } catch let error as ServerSetupError {
            throw UsageError(message: error.description)
        }
    }
}
