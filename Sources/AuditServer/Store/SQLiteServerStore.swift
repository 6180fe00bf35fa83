import AuditCore
import Foundation
import Logging
import ServiceLifecycle

/// The store of one machine: the SQLite database, the uploaded archives and the rendered reports,
/// all in the data folder (see `DataDirectory`).
///
/// One server process owns the job queue, so a running check needs no heartbeat: the checks a
/// stopped server left running are queued again when it starts.
public struct SQLiteServerStore: ServerStore {
    public let database: ServerDatabase
    public let data: DataDirectory
    /// The bcrypt cost new passwords are hashed with.
    let bcryptCost: UInt8
    /// How long a browser session lasts, in seconds.
    let sessionLifetime: TimeInterval

    /// Opens (creating when needed) the database in `data`.
    public init(data: DataDirectory, bcryptCost: UInt8 = 12, sessionLifetime: TimeInterval = 12 * 3600) throws {
        self.data = data
        database = try ServerDatabase(path: data.database)
        self.bcryptCost = bcryptCost
        self.sessionLifetime = sessionLifetime
    }

    var checkStore: CheckStore { CheckStore(database: database) }
    var sessions: SessionStore { SessionStore(database: database, lifetime: sessionLifetime) }

    public func createToken(organisation: String, role: Role) throws -> String {
        try TokenStore(database: database).create(organisation: organisation, role: role)
    }

    public func caller(forToken token: String) throws -> Caller? {
        try TokenStore(database: database).caller(for: token)
    }

    public func createUser(email: String, organisation: String, role: Role, password: String) throws {
        try UserStore(database: database, cost: bcryptCost).create(email: email, organisation: organisation, role: role, password: password)
    }

    public func verifyUser(email: String, password: String) throws -> (userId: Int64, caller: Caller)? {
        try UserStore(database: database, cost: bcryptCost).verify(email: email, password: password)
    }

    public func createSession(userId: Int64) throws -> String { try sessions.create(userId: userId) }
    public func session(_ id: String) throws -> SessionStore.Session? { try sessions.session(id) }
    public func deleteSession(_ id: String) throws { try sessions.delete(id) }

    public func createBatch(organisation: String, name: String) throws -> String {
        try BatchStore(database: database).create(organisation: organisation, name: name)
    }

    public func batch(_ id: String, organisation: String) throws -> BatchRecord? {
        try BatchStore(database: database).batch(id, organisation: organisation)
    }

    public func batches(organisation: String) throws -> [BatchRecord] {
        try BatchStore(database: database).list(organisation: organisation)
    }

    public func insertCheck(_ check: CheckStore.NewCheck) throws -> String { try checkStore.insert(check) }

    public func check(_ id: String, organisation: String) throws -> CheckRecord? {
        try checkStore.check(id, organisation: organisation)
    }

    public func checks(organisation: String) throws -> [CheckRecord] { try checkStore.list(organisation: organisation) }

    public func checks(inBatch batch: String, organisation: String) throws -> [CheckRecord] {
        try checkStore.checks(inBatch: batch, organisation: organisation)
    }

    public func deleteCheck(_ id: String, organisation: String) throws -> Bool {
        guard let removed = try checkStore.delete(id, organisation: organisation) else { return false }
        if let archive = removed.archivePath { try? FileManager.default.removeItem(atPath: archive) }
        try? FileManager.default.removeItem(at: data.reportFolder(for: id))
        return true
    }

    public func report(_ id: String, file: ReportFile, language: ReportLanguage) throws -> Data? {
        FileManager.default.contents(atPath: data.reportFolder(for: id).appendingPathComponent(file.fileName(in: language)).path)
    }

    public var heartbeatInterval: Duration? { nil }

    public func requeueInterrupted() throws -> Int { try checkStore.requeueInterrupted() }

    public func claimNext() throws -> CheckRecord? { try checkStore.claimNext() }

    /// Always true: only this process runs the queue, and a deleted check is noticed when it finishes.
    public func heartbeat(_ job: CheckRecord) -> Bool { true }

    public func recordProgress(_ job: CheckRecord, documentsDone: Int, current: String) throws {
        try checkStore.recordProgress(job.id, documentsDone: documentsDone, current: current)
    }

    public func archive(for job: CheckRecord) throws -> URL {
        guard let path = job.archivePath else {
            throw CheckInputError("the check's archive is missing from the store; upload the archive again")
        }
        return URL(fileURLWithPath: path)
    }

    public func reportFolder(for job: CheckRecord) -> URL { data.reportFolder(for: job.id) }

    public func finish(_ job: CheckRecord, summary: CheckSummary) throws -> Bool {
        let finished = try checkStore.finish(job.id, summary: summary, documentsDone: summary.documents)
        if !finished { try? FileManager.default.removeItem(at: reportFolder(for: job)) }
        return finished
    }

    public func fail(_ job: CheckRecord, error: String) throws {
        try? FileManager.default.removeItem(at: reportFolder(for: job))
        try checkStore.fail(job.id, error: error)
    }

    public func giveBack(_ job: CheckRecord) throws {
        try checkStore.requeue(job.id)
    }

    /// Nothing to remove: the archive and the reports are where the store keeps them.
    public func release(_ job: CheckRecord) {}

    public func retention(days: Int, interval: TimeInterval, logger: Logger) -> any Service {
        archiveRetention(days: days, interval: interval, logger: logger)
    }

    /// The retention service over the data folder, whose `sweep` can also be called directly.
    public func archiveRetention(days: Int, interval: TimeInterval, logger: Logger) -> ArchiveRetention {
        ArchiveRetention(checks: checkStore, days: days, interval: interval, logger: logger)
    }
}
