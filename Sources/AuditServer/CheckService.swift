import AuditCore
import Foundation
import Hummingbird
import Logging

/// What the API and the web page do with checks, for one caller at a time: every lookup is
/// scoped to the caller's organisation, and a check of any other is "not found".
struct CheckService: Sendable {
    let store: any ServerStore
    /// Where uploads are received before the store takes them.
    let data: DataDirectory
    let runner: any CheckRunner
    /// This process's job queue, woken when a check is queued; nil when only other processes run checks.
    let queue: JobQueue?
    let configuration: ServerConfiguration

    /// The answer for a check that is not the caller's organisation's, or does not exist.
    static let notFound = HTTPError(.notFound, message: "no such check")

    /// What an upload became: one check, or, for an archive of supplier archives, a batch with a
    /// check per supplier archive.
    enum UploadOutcome: Sendable, Encodable {
        case check(String)
        case batch(String, checks: [String])

        private enum Key: String, CodingKey { case id, batch, checks }

        /// The API's answer: `{"id": …}` for a check, `{"batch": …, "checks": […]}` for a batch.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            switch self {
            case let .check(id):
                try container.encode(id, forKey: .id)
            case let .batch(id, checks):
                try container.encode(id, forKey: .batch)
                try container.encode(checks, forKey: .checks)
            }
        }

        /// Where the new resource is read.
        var location: String {
            switch self {
            case let .check(id): return "/api/v1/checks/\(id)"
            case let .batch(id, _): return "/api/v1/batches/\(id)"
            }
        }
    }

    /// Receives an upload and queues its check, or, when it is an archive of supplier archives
    /// (`SupplierArchives`), a batch of checks, one per supplier archive, in the batch the upload
    /// names or in a new one named after the upload.
    func upload(_ request: Request, caller: Caller) async throws -> UploadOutcome {
        guard caller.role.mayChange else {
            throw HTTPError(.forbidden, message: "a reviewer can read checks but not upload them; ask for a member's token or account")
        }
        let upload = try await UploadReceiver(data: data, maxBytes: configuration.maxUploadBytes).receive(request)
        do {
            let options = try CheckOptions(fields: upload.fields, defaultRuleset: configuration.defaultRuleset)
            try runner.validate(ruleset: options.ruleset)
            var batch: String?
            if let id = upload.fields["batch"], !id.isEmpty {
                // Another organisation's batch is answered like one that does not exist.
                guard try await store.batch(id, organisation: caller.organisation) != nil else {
                    throw HTTPError(.notFound, message: "no such batch; create one with POST /api/v1/batches")
                }
                batch = id
            }
            func queue(_ fileName: String, _ archive: URL, in batch: String?) async throws -> String {
                try await store.insertCheck(.init(organisation: caller.organisation, fileName: fileName,
                                                  archivePath: archive.path, ruleset: options.ruleset.joined(separator: ","),
                                                  asOf: options.asOf.description, region: options.region, batch: batch))
            }
            // Unpacking blocks: off the cooperative pool, which serves every other request.
            let (archive, data) = (upload.archive, self.data)
            guard let parts = await BlockingWork.run({ SupplierArchives.split(archive, data: data, logger: Self.logger) }) ?? nil else {
                let id = try await queue(upload.fileName, upload.archive, in: batch)
                self.queue?.wake()
                return .check(id)
            }
            // From here the parts hold the upload's content: on any failure, nothing half-made is kept.
            var ids: [String] = []
            do {
                let batchID: String
                if let batch { batchID = batch } else { batchID = try await store.createBatch(organisation: caller.organisation, name: upload.fileName) }
                for part in parts { ids.append(try await queue(part.fileName, part.archive, in: batchID)) }
                try? FileManager.default.removeItem(at: upload.archive)
                self.queue?.wake()
                return .batch(batchID, checks: ids)
            } catch {
                for id in ids { _ = try? await store.deleteCheck(id, organisation: caller.organisation) }
                SupplierArchives.remove(parts.dropFirst(ids.count))
                throw error
            }
        } catch {
            try? FileManager.default.removeItem(at: upload.archive)
            if let error = error as? CheckInputError { throw HTTPError(.badRequest, message: error.description) }
            throw error
        }
    }

    static let logger = Logger(label: "auditready.server.upload")

    /// Creates an empty batch for the caller's organisation; returns its id.
    func createBatch(name: String?, caller: Caller) async throws -> String {
        guard caller.role.mayChange else {
            throw HTTPError(.forbidden, message: "a reviewer can read batches but not create them; ask for a member's token or account")
        }
        let cleaned = String((name ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        return try await store.createBatch(organisation: caller.organisation, name: cleaned.isEmpty ? "Batch of \(Pages.timestamp(Date()))" : cleaned)
    }

    /// The caller's batch `id` as a suppliers × categories matrix, or 404.
    func batch(_ id: String, caller: Caller) async throws -> BatchMatrix {
        guard let batch = try await store.batch(id, organisation: caller.organisation) else {
            throw HTTPError(.notFound, message: "no such batch")
        }
        return BatchMatrix(batch: batch, checks: try await store.checks(inBatch: id, organisation: caller.organisation))
    }

    /// The caller's check `id`, or 404.
    func check(_ id: String, caller: Caller) async throws -> CheckRecord {
        guard let record = try await store.check(id, organisation: caller.organisation) else { throw Self.notFound }
        return record
    }

    /// The caller's organisation's checks, newest first.
    func list(caller: Caller) async throws -> [CheckRecord] {
        try await store.checks(organisation: caller.organisation)
    }

    /// Deletes the caller's check `id` with its archive and reports, or answers 404.
    func delete(_ id: String, caller: Caller) async throws {
        // Found first, so that another organisation's check is a 404 even for a reviewer.
        _ = try await check(id, caller: caller)
        guard caller.role.mayChange else {
            throw HTTPError(.forbidden, message: "a reviewer can read checks but not delete them; ask a member of your organisation")
        }
        guard try await store.deleteCheck(id, organisation: caller.organisation) else { throw Self.notFound }
    }

    /// One rendered report of the caller's finished check `id`, in `language` (English for a check
    /// made before reports were kept in more than one); 409 while it is not done.
    func report(_ id: String, file: ReportFile, language: ReportLanguage = .en, caller: Caller, download: Bool) async throws -> Response {
        let record = try await check(id, caller: caller)
        guard record.status == .done else {
            let reason = record.status == .failed ? "the check failed: \(record.error ?? "no reason recorded")" : "the check is \(record.status.rawValue); its reports are ready when it is done"
            throw HTTPError(.conflict, message: reason)
        }
        var body = language == .en ? nil : try await store.report(id, file: file, language: language)
        if body == nil { body = try await store.report(id, file: file, language: .en) }
        guard let body else {
            throw HTTPError(.internalServerError, message: "the report file of this check is missing from the server's store; run the check again")
        }
        var headers: HTTPFields = [.contentType: file.contentType]
        if download {
            let ext = (file.fileName as NSString).pathExtension
            headers[.contentDisposition] = "attachment; filename=\"\(Self.downloadStem(record.fileName))-report.\(ext)\""
        }
        // The HTML report is the evidence's own text: it may run no script and load nothing.
        if file == .html { headers[.contentSecurityPolicy] = "default-src 'none'; img-src data:; style-src 'unsafe-inline'" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(data: body)))
    }
}

extension CheckService {
    /// The uploaded name without its archive extensions, in letters, digits, '.', '-' and '_'
    /// only, for a download's file name.
    static func downloadStem(_ fileName: String) -> String {
        var stem = fileName
        let ext = UploadedFileName.archiveExtension(of: fileName)
        if !ext.isEmpty { stem = String(stem.dropLast(ext.count + 1)) }
        let safe = String(stem.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" })
        return safe.isEmpty ? "check" : safe
    }
}
