import AuditCore
import Foundation
import Logging
import ServiceLifecycle

/// Everything the server keeps, whatever keeps it: accounts, batches, checks with their archives
/// and reports, and the job queue.
///
/// `SQLiteServerStore` keeps it all in the data folder (the default, one machine);
/// `PostgresServerStore` keeps it in PostgreSQL, where any number of `auditready serve-worker`
/// processes on other machines claim the queued checks. Every read and change of a check is
/// scoped to one organisation, except the job queue's, which works for all of them.
public protocol ServerStore: Sendable {
    // MARK: Accounts

    /// A new API token for `organisation` with `role` (creating the organisation if it is new);
    /// the token itself is returned once and only its hash is stored.
    func createToken(organisation: String, role: Role) async throws -> String
    /// The caller `token` identifies, or nil when it is unknown.
    func caller(forToken token: String) async throws -> Caller?
    /// Adds a user, or replaces the password and organisation of the one with this e-mail address.
    func createUser(email: String, organisation: String, role: Role, password: String) async throws
    /// The user id and caller for `email` when `password` is theirs; nil otherwise.
    func verifyUser(email: String, password: String) async throws -> (userId: Int64, caller: Caller)?
    /// Starts a browser session for `userId`; returns the cookie's value.
    func createSession(userId: Int64) async throws -> String
    /// The live session the cookie value `id` names, or nil.
    func session(_ id: String) async throws -> SessionStore.Session?
    /// Ends the session the cookie value `id` names.
    func deleteSession(_ id: String) async throws

    // MARK: Batches

    /// A new, empty batch of `organisation`; returns its id.
    func createBatch(organisation: String, name: String) async throws -> String
    /// The batch `id` if it is `organisation`'s; nil for any other.
    func batch(_ id: String, organisation: String) async throws -> BatchRecord?
    /// The organisation's batches, newest first.
    func batches(organisation: String) async throws -> [BatchRecord]

    // MARK: Checks

    /// Queues a check of the uploaded file at `check.archivePath` (which the store keeps where it
    /// is, or takes in and removes); returns the check's new id.
    func insertCheck(_ check: CheckStore.NewCheck) async throws -> String
    /// The check `id` if it belongs to `organisation`; nil for any other.
    func check(_ id: String, organisation: String) async throws -> CheckRecord?
    /// The organisation's checks, newest first.
    func checks(organisation: String) async throws -> [CheckRecord]
    /// The checks of `organisation`'s batch `batch`, oldest first.
    func checks(inBatch batch: String, organisation: String) async throws -> [CheckRecord]
    /// Removes the check `id` of `organisation` with its archive and reports; false when there
    /// was no such check.
    func deleteCheck(_ id: String, organisation: String) async throws -> Bool
    /// One rendered report of the check `id` (the caller has made sure it is done and theirs);
    /// nil when it is missing.
    func report(_ id: String, file: ReportFile, language: ReportLanguage) async throws -> Data?

    // MARK: The job queue's side

    /// How often a running job must say it is alive; nil when the store needs no heartbeat (one
    /// process owns the queue and takes up what it left running when it starts again).
    var heartbeatInterval: Duration? { get }
    /// Makes the queue ready for a job queue starting in this process: puts back in the queue the
    /// checks that were left running by a process that stopped; returns how many.
    func requeueInterrupted() async throws -> Int
    /// Marks the oldest waiting check running for this claimer and returns it (its `attempts`
    /// names this claim); nil when none waits.
    func claimNext() async throws -> CheckRecord?
    /// Says that the claimed `job` is still being worked on; false when the claim was lost (the
    /// check was deleted, or taken over after a missed lease).
    func heartbeat(_ job: CheckRecord) async throws -> Bool
    /// Records how far the claimed `job` has come.
    func recordProgress(_ job: CheckRecord, documentsDone: Int, current: String) async throws
    /// A local file holding the claimed `job`'s archive, for the runner to read.
    func archive(for job: CheckRecord) async throws -> URL
    /// The local folder the runner writes the claimed `job`'s reports into.
    func reportFolder(for job: CheckRecord) -> URL
    /// Marks the claimed `job` done with `summary` and keeps the reports written into
    /// `reportFolder(for:)`, in one step that requires the claim to be still the job's: false
    /// (and the reports thrown away) when it is not, so a check ends exactly once.
    func finish(_ job: CheckRecord, summary: CheckSummary) async throws -> Bool
    /// Marks the claimed `job` failed with a message a person can act on, unless the claim was lost.
    func fail(_ job: CheckRecord, error: String) async throws
    /// Puts the claimed `job` back in the queue, unless the claim was lost: this process is
    /// stopping before it finished.
    func giveBack(_ job: CheckRecord) async throws
    /// Removes the local files `archive(for:)` and `reportFolder(for:)` made for `job` that the
    /// store does not keep.
    func release(_ job: CheckRecord)

    /// The service that deletes archives `days` days after their check finished, looking every
    /// `interval` seconds.
    func retention(days: Int, interval: TimeInterval, logger: Logger) -> any Service
}
