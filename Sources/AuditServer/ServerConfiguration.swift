import Foundation

/// How `auditready serve` runs: where it keeps its data, where it listens, and its limits.
///
/// Every setting has a default that suits one machine serving a few organisations; only
/// `dataDirectory` must be chosen.
public struct ServerConfiguration: Sendable {
    /// The folder holding everything the server keeps: the SQLite database, the uploaded
    /// archives (under random names, in a folder that is never served) and the rendered reports.
    public var dataDirectory: URL
    /// The address to listen on; the default answers only this machine.
    public var host = "127.0.0.1"
    /// The TCP port to listen on.
    public var port = 8080
    /// The largest archive accepted, in bytes (default 512 MiB); a larger upload gets 413.
    public var maxUploadBytes = 512 << 20
    /// Checks this process runs at once; each one already uses every core, so one is usually
    /// right. 0 runs none here: with PostgreSQL, `auditready serve-worker` processes run them.
    public var concurrentChecks = 1
    /// The rule packs a check is judged against when an upload names none.
    public var defaultRuleset = "china-labor-law"
    /// How long a signed-in browser session lasts, in seconds (default 12 hours).
    public var sessionLifetime: TimeInterval = 12 * 3600
    /// Failed sign-ins allowed for one e-mail address or one client within `signInWindow`
    /// before further attempts get 429.
    public var signInAttempts = 5
    /// The window, in seconds, over which failed sign-ins are counted (default 15 minutes).
    public var signInWindow: TimeInterval = 15 * 60
    /// The bcrypt cost new passwords are hashed with (2^cost rounds).
    public var bcryptCost: UInt8 = 12
    /// Days an uploaded archive is kept after its check finished (default 30); its reports are
    /// kept until the check is deleted.
    public var archiveRetentionDays = 30
    /// How often, in seconds, expired archives are looked for (default hourly).
    public var retentionSweepInterval: TimeInterval = 3600
    /// How often, in seconds, the job queue looks for work when nothing woke it.
    public var jobPollInterval: TimeInterval = 1

    /// A configuration that keeps its data in `dataDirectory` and takes every other default.
    public init(dataDirectory: URL) {
        self.dataDirectory = dataDirectory
    }
}
