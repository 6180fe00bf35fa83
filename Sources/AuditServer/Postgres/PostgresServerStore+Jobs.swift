import Foundation
import PostgresNIO

/// The job queue over PostgreSQL: any number of processes on any machines claim checks.
///
/// A claim sets the check running, adds one to `attempts` and stamps `heartbeat_at`; the claim
/// is then named by the check's id and that attempt number. Every later write of the claimer
/// (heartbeat, progress, done, failed) requires the check to be running at that attempt, so once
/// another worker has taken the check over, the first one's writes change nothing: a check's
/// reports are written once. Times compared with a lease are PostgreSQL's clock, so machines'
/// clocks need not agree.
extension PostgresServerStore {
    public var heartbeatInterval: Duration? { .milliseconds(Int(configuration.heartbeatInterval * 1000)) }

    /// The database's clock, in seconds since 1970.
    static let databaseNow = "extract(epoch from clock_timestamp())::double precision"

    /// Puts back in the queue the checks whose worker stopped heartbeating longer than the lease ago.
    public func requeueInterrupted() async throws -> Int {
        try await rows(#"""
            UPDATE "check" SET status = 'queued', current_document = NULL
            WHERE status = 'running' AND heartbeat_at < \#(unescaped: Self.databaseNow) - \#(configuration.lease) RETURNING id
            """#).count
    }

    /// Claims the oldest queued check, or a running one whose lease ran out; skips the rows other
    /// claimers hold locked at that moment, so two claimers never wait for or take the same check.
    public func claimNext() async throws -> CheckRecord? {
        try await rows(#"""
            UPDATE "check" SET status = 'running', attempts = attempts + 1, started_at = \#(unescaped: Self.databaseNow),
                heartbeat_at = \#(unescaped: Self.databaseNow), documents_done = 0, current_document = NULL
            WHERE id = (
                SELECT id FROM "check"
                WHERE status = 'queued'
                   OR (status = 'running' AND heartbeat_at < \#(unescaped: Self.databaseNow) - \#(configuration.lease))
                ORDER BY created_at, id LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING \#(unescaped: CheckRecord.postgresColumns)
            """#).first.map(CheckRecord.init(postgres:))
    }

    public func heartbeat(_ job: CheckRecord) async throws -> Bool {
        try await !rows(#"""
            UPDATE "check" SET heartbeat_at = \#(unescaped: Self.databaseNow)
            WHERE id = \#(job.id) AND attempts = \#(job.attempts) AND status = 'running' RETURNING id
            """#).isEmpty
    }

    public func recordProgress(_ job: CheckRecord, documentsDone: Int, current: String) async throws {
        try await client.query(#"""
            UPDATE "check" SET documents_done = \#(documentsDone), current_document = \#(current)
            WHERE id = \#(job.id) AND attempts = \#(job.attempts) AND status = 'running'
            """#, logger: logger)
    }

    /// Copies the check's archive out of its large object into the local work folder.
    public func archive(for job: CheckRecord) async throws -> URL {
        guard let oid = job.archivePath.flatMap(Int64.init) else {
            throw CheckInputError("the check's archive is missing from the database; upload the archive again")
        }
        let url = localArchive(for: job)
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try await LargeObject.exportFile(oid, to: url, client: client, logger: logger)
        return url
    }

    /// Where `archive(for:)` copies the claimed `job`'s archive, with the uploaded file's extension.
    func localArchive(for job: CheckRecord) -> URL {
        let ext = UploadedFileName.archiveExtension(of: job.fileName)
        return workFolder.appendingPathComponent("\(job.id)-\(job.attempts)" + (ext.isEmpty ? "" : "." + ext))
    }

    public func reportFolder(for job: CheckRecord) -> URL {
        workFolder.appendingPathComponent("\(job.id)-\(job.attempts)-reports", isDirectory: true)
    }

    /// Marks the check done and stores its reports in one transaction whose update requires the
    /// claim to be still `job`'s.
    public func finish(_ job: CheckRecord, summary: CheckSummary) async throws -> Bool {
        let json = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        let folder = reportFolder(for: job)
        // The English reports are required; a translation the runner did not write is skipped
        // (the report is then served in English).
        let reports = try ReportFile.stored.compactMap { file, language -> (String, Data)? in
            let url = folder.appendingPathComponent(file.fileName(in: language))
            guard language == .en || FileManager.default.fileExists(atPath: url.path) else { return nil }
            return (file.fileName(in: language), try Data(contentsOf: url))
        }
        return try await client.withTransaction(logger: logger) { connection in
            let claimed = try await connection.query(#"""
                UPDATE "check" SET status = 'done', summary = \#(json), documents_done = \#(summary.documents), current_document = NULL,
                    finished_at = \#(unescaped: Self.databaseNow)
                WHERE id = \#(job.id) AND attempts = \#(job.attempts) AND status = 'running' RETURNING id
                """#, logger: logger).collect()
            guard !claimed.isEmpty else { return false }
            for (name, body) in reports {
                try await connection.query("INSERT INTO report (check_id, file, body) VALUES (\(job.id), \(name), \(body))", logger: logger)
            }
            return true
        }
    }

    public func fail(_ job: CheckRecord, error: String) async throws {
        try await client.query(#"""
            UPDATE "check" SET status = 'failed', error = \#(error), current_document = NULL, finished_at = \#(unescaped: Self.databaseNow)
            WHERE id = \#(job.id) AND attempts = \#(job.attempts) AND status = 'running'
            """#, logger: logger)
    }

    public func giveBack(_ job: CheckRecord) async throws {
        try await client.query(#"""
            UPDATE "check" SET status = 'queued', current_document = NULL, heartbeat_at = NULL
            WHERE id = \#(job.id) AND attempts = \#(job.attempts) AND status = 'running'
            """#, logger: logger)
    }

    /// Removes the local copy of the archive and the local reports: the database keeps its own.
    public func release(_ job: CheckRecord) {
        try? FileManager.default.removeItem(at: localArchive(for: job))
        try? FileManager.default.removeItem(at: reportFolder(for: job))
    }
}
