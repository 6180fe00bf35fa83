import Foundation
import GRDB

/// Where a check is in its life.
public enum CheckStatus: String, Sendable, Codable, CaseIterable {
    /// Uploaded, waiting for the job queue.
    case queued
    /// Being read and judged now.
    case running
    /// Judged; its reports can be downloaded.
    case done
    /// The archive could not be checked; `error` says why.
    case failed
}

/// What a finished check found, in a few numbers, for lists and the status answer.
public struct CheckSummary: Sendable, Codable, Hashable {
    /// Documents in the archive.
    public var documents: Int
    /// Open findings (not accepted by a baseline) by severity.
    public var openErrors: Int
    public var openWarnings: Int
    /// All findings, whatever their severity.
    public var findings: Int
    /// Open errors and warnings by finding category (`working-hours`, `expiry`...), for batch
    /// pages; nil in summaries stored before batches existed.
    public var categories: [String: CategoryCount]?

    public init(documents: Int, openErrors: Int, openWarnings: Int, findings: Int, categories: [String: CategoryCount]? = nil) {
        self.documents = documents
        self.openErrors = openErrors
        self.openWarnings = openWarnings
        self.findings = findings
        self.categories = categories
    }

    /// Open findings of one category.
    public struct CategoryCount: Sendable, Codable, Hashable {
        public var errors: Int
        public var warnings: Int

        public init(errors: Int, warnings: Int) {
            self.errors = errors
            self.warnings = warnings
        }
    }
}

/// One uploaded archive and its check, as stored.
public struct CheckRecord: Sendable, Hashable {
    public var id: String
    public var organisation: String
    public var status: CheckStatus
    /// The uploaded file's name as the uploader's computer called it (its last path component).
    public var fileName: String
    /// Where the archive is kept (its path; with PostgreSQL, its large object's oid); nil once
    /// it is deleted.
    public var archivePath: String?
    public var ruleset: String
    /// The day the evidence is judged on, YYYY-MM-DD.
    public var asOf: String
    public var region: String?
    /// Entries of the archive handled so far.
    public var documentsDone: Int
    /// The entry being read now, while running.
    public var currentDocument: String?
    /// Why the check failed.
    public var error: String?
    public var summary: CheckSummary?
    /// The batch the check was uploaded in, if any.
    public var batch: String?
    /// How many times a job queue has started this check (more than one after a restart or a
    /// worker's lost lease); with PostgreSQL, it names the current claim.
    public var attempts: Int
    public var createdAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?

    init(row: Row) {
        id = row["id"]
        organisation = row["organisation"]
        status = CheckStatus(rawValue: row["status"]) ?? .failed
        fileName = row["file_name"]
        archivePath = row["archive_path"]
        ruleset = row["ruleset"]
        asOf = row["as_of"]
        region = row["region"]
        documentsDone = row["documents_done"]
        currentDocument = row["current_document"]
        error = row["error"]
        summary = (row["summary"] as String?).flatMap { try? JSONDecoder().decode(CheckSummary.self, from: Data($0.utf8)) }
        attempts = row["attempts"]
        batch = row["batch"]
        createdAt = Date(timeIntervalSince1970: row["created_at"])
        startedAt = (row["started_at"] as Double?).map(Date.init(timeIntervalSince1970:))
        finishedAt = (row["finished_at"] as Double?).map(Date.init(timeIntervalSince1970:))
    }
}
