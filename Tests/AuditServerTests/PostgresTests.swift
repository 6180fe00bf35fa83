@testable import AuditServer
import AuditTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PostgresNIO
import Testing

@Suite("PostgreSQL: jobs and results in a database that workers on many machines share", .serialized,
       .enabled(if: PostgresTestServer.enabled, PostgresTestServer.disabledReason))
struct PostgresTests {
    /// Runs `body` with a store over a new PostgreSQL server, stopped afterwards.
    static func withStore(lease: TimeInterval = 60, _ body: @Sendable (PostgresServerStore, PostgresTestServer) async throws -> Void) async throws {
        let server = try await PostgresTestServer()
        defer { server.stop() }
        var configuration = PostgresConfiguration(url: server.url)
        configuration.lease = lease
        // The other suites running beside this one can keep this process's threads busy for long.
        configuration.connectTimeout = 120
        try await PostgresServerStore.withStore(configuration, workFolder: server.folder.appendingPathComponent("work"), bcryptCost: 4,
                                                logger: TestServer.logger) { store in
            try await body(store, server)
        }
    }

    /// The number `query` counts.
    static func count(_ query: PostgresQuery, in store: PostgresServerStore) async throws -> Int {
        try await store.rows(query).first?.decode(Int.self) ?? -1
    }

    @Test("A check whose worker stops heartbeating is claimed again after the lease, only the new claim's outcome and reports are kept, and retention and deletion remove archives")
    func lostLeaseIsClaimedAgain() async throws {
        // A lease long enough that reading the archive back under a loaded machine never outlasts
        // it: the lease must run out only while the test waits for it to.
        try await Self.withStore(lease: 5) { store, server in
            let upload = server.folder.appendingPathComponent("upload.zip")
            let archive = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })  // more than one large-object piece
            try archive.write(to: upload)
            let id = try await store.insertCheck(.init(organisation: "Factory A", fileName: "upload.zip", archivePath: upload.path,
                                                       ruleset: "china-labor-law", asOf: "2026-06-13", region: nil))
            #expect(!FileManager.default.fileExists(atPath: upload.path), "the upload stayed on the server's disk")

            let first = try #require(try await store.claimNext())
            #expect(first.id == id && first.attempts == 1 && first.status == .running)
            #expect(try Data(contentsOf: try await store.archive(for: first)) == archive, "the archive came back changed from its large object")
            #expect(try await store.claimNext() == nil, "a check with a live lease was claimed twice")
            #expect(try await store.heartbeat(first))

            // The first worker goes silent; after the lease another one takes the check.
            try await Task.sleep(for: .milliseconds(5600))
            let second = try #require(try await store.claimNext(), "a check whose lease ran out was not claimed again")
            #expect(second.id == id && second.attempts == 2)
            #expect(try await !store.heartbeat(first), "the lost claim still heartbeats")

            func writeReports(_ job: CheckRecord, _ text: String) throws {
                let folder = store.reportFolder(for: job)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for file in ReportFile.allCases { try Data(text.utf8).write(to: folder.appendingPathComponent(file.fileName)) }
            }
            let summary = CheckSummary(documents: 1, openErrors: 0, openWarnings: 0, findings: 0)
            try writeReports(second, "second")
            try writeReports(first, "first")
            #expect(try await store.finish(second, summary: summary))
            #expect(try await !store.finish(first, summary: summary), "the lost claim's late outcome was kept")
            try await store.fail(first, error: "too late")
            store.release(first)
            store.release(second)

            let record = try #require(try await store.check(id, organisation: "Factory A"))
            #expect(record.status == .done && record.error == nil && record.attempts == 2)
            #expect(try await store.report(id, file: .json, language: .en) == Data("second".utf8))
            #expect(try await Self.count("SELECT count(*)::bigint FROM report WHERE check_id = \(id)", in: store) == ReportFile.allCases.count)
            #expect(try await store.check(id, organisation: "Factory B") == nil, "another organisation saw the check")

            // Retention deletes the finished check's archive but not a queued one's, nor any report.
            try Data("waiting".utf8).write(to: upload)
            let waiting = try await store.insertCheck(.init(organisation: "Factory A", fileName: "waiting.zip", archivePath: upload.path,
                                                            ruleset: "china-labor-law", asOf: "2026-06-13", region: nil))
            #expect(try await store.expireArchives(finishedBefore: Date().addingTimeInterval(60)) == 1)
            #expect(try await store.check(id, organisation: "Factory A")?.archivePath == nil)
            #expect(try await store.check(waiting, organisation: "Factory A")?.archivePath != nil, "a queued check lost its archive")
            #expect(try await Self.count("SELECT count(*)::bigint FROM pg_largeobject_metadata", in: store) == 1)
            #expect(try await store.report(id, file: .json, language: .en) != nil, "retention deleted a report")

            #expect(try await store.deleteCheck(id, organisation: "Factory A"))
            #expect(try await store.deleteCheck(waiting, organisation: "Factory A"))
            #expect(try await Self.count("SELECT count(*)::bigint FROM pg_largeobject_metadata", in: store) == 0, "an archive outlived its check")
            #expect(try await Self.count("SELECT count(*)::bigint FROM report", in: store) == 0)
        }
    }

    @Test("A job queue that stops mid-check gives the check back at once, without waiting for its lease")
    func stoppedQueueGivesItsCheckBack() async throws {
        try await Self.withStore(lease: 60) { store, server in
            let upload = server.folder.appendingPathComponent("upload.zip")
            try Data("archive".utf8).write(to: upload)
            let id = try await store.insertCheck(.init(organisation: "Factory A", fileName: "upload.zip", archivePath: upload.path,
                                                       ruleset: "china-labor-law", asOf: "2026-06-13", region: nil))
            let queue = JobQueue(store: store, runner: InstantRunner(), workers: 1, pollInterval: 0.1, holdEachCheck: 60,
                                 logger: TestServer.logger)
            let running = Task { try await queue.run() }
            let deadline = ContinuousClock.now + .seconds(10)
            while try await store.check(id, organisation: "Factory A")?.status != .running {
                try #require(ContinuousClock.now < deadline, "the queue did not claim the check")
                try await Task.sleep(for: .milliseconds(50))
            }
            running.cancel()
            try await running.value
            let record = try #require(try await store.check(id, organisation: "Factory A"))
            #expect(record.status == .queued && record.attempts == 1, "\(record)")
            #expect(try await store.claimNext()?.attempts == 2, "the check given back cannot be claimed again before its lease")
        }
    }

    @Test("Tokens, users and sessions made in PostgreSQL identify their organisation; `token create --database` makes a working token")
    func accounts() async throws {
        try await Self.withStore { store, server in
            let cli = try CLIRunner.run("auditready", ["token", "create", "--database", server.url, "--org", "Factory A"])
            #expect(cli.status == 0, "token create failed: \(cli.stderr)")
            let token = cli.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try await store.caller(forToken: token) == Caller(organisation: "Factory A", role: .member))
            #expect(try await store.caller(forToken: token + "0") == nil)

            try await store.createUser(email: "Officer@Factory-A.example", organisation: "Factory A", role: .reviewer, password: "a long password")
            #expect(try await store.verifyUser(email: "officer@factory-a.example", password: "a wrong password") == nil)
            let user = try #require(try await store.verifyUser(email: "officer@factory-a.example", password: "a long password"))
            let session = try await store.createSession(userId: user.userId)
            #expect(try await store.session(session)?.caller.organisation == "Factory A")
            try await store.deleteSession(session)
            #expect(try await store.session(session) == nil)
        }
    }

    @Test("A server and two workers on PostgreSQL: a worker killed mid-check leaves its check to the other, and every check ends exactly once")
    func killedWorkerLeavesItsCheckToAnother() async throws {
        try await Self.withStore(lease: 4) { store, server in
            let token = try await store.createToken(organisation: "Factory A", role: .member)
            var configuration = ServerConfiguration(dataDirectory: server.folder.appendingPathComponent("server"))
            configuration.concurrentChecks = 0  // only the workers run checks
            let app = PostgresAuditServer(configuration: configuration, data: try DataDirectory(configuration.dataDirectory), store: store,
                                          runner: InstantRunner(), logger: TestServer.logger)
            // The first worker holds whatever check it claims far longer than the test lasts, so it is
            // surely mid-check when it is killed; the second holds each for a second.
            let workers = try [600.0, 1].enumerated().map { try Self.startWorker($0.offset + 1, server: server, hold: $0.element) }
            defer { for worker in workers where worker.isRunning { kill(worker.processIdentifier, SIGKILL); worker.waitUntilExit() } }
            let victim = workers[0].processIdentifier
            let victimLog = server.folder.appendingPathComponent("worker-1.log")

            try await app.makeApplication().test(.router) { client in
                let api = APIClient(client: client, token: token)
                let samples = ["clean-zip.zip", "violations-zip.zip", "clean-zip.zip"]
                var ids: [String] = []
                for sample in samples {
                    ids.append(try await api.uploadAndID(sample: sample, fields: ["asOf": try APITests.asOf(of: sample)]))
                }
                // Once the first worker has claimed a check, kill it mid-check.
                let deadline = ContinuousClock.now + .seconds(30)
                while !((try? String(contentsOf: victimLog, encoding: .utf8)) ?? "").contains("checking ") {
                    try #require(ContinuousClock.now < deadline, "the first worker claimed no check")
                    try await Task.sleep(for: .milliseconds(100))
                }
                kill(victim, SIGKILL)

                for (id, sample) in zip(ids, samples) {
                    let status = try await api.waitUntilFinished(id, timeout: 45)
                    #expect(status["status"] as? String == "done", "\(sample) ended \(status)")
                    let report = try await api.get("/api/v1/checks/\(id)/report.json")
                    #expect(report.status == .ok)
                    #expect(String(buffer: report.body).contains("\"input\" : \"\(sample)\""), "the report is not \(sample)'s")
                }
                let attempts = try await ids.asyncMap { try await api.status(of: $0)["attempts"] as? Int ?? 0 }
                #expect(attempts.sorted() == [1, 1, 2], "exactly the killed worker's check is run again: \(attempts)")
                #expect(try await Self.count("SELECT count(*)::bigint FROM report", in: store) == ids.count * ReportFile.stored.count)
            }
        }
    }

    /// Starts `auditready serve-worker` number `number` against `server`, with a short lease and
    /// each check held for `hold` seconds before it is read; its log goes to `worker-NUMBER.log`.
    static func startWorker(_ number: Int, server: PostgresTestServer, hold: Double) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.productsDirectory.appendingPathComponent("auditready")
        process.arguments = ["serve-worker", "--database", server.url, "--data", server.folder.appendingPathComponent("worker-\(number)").path,
                             "--lease", "2", "--hold-each-check", "\(hold)", "--in-process",
                             "--rules", CLIRunner.repository.appendingPathComponent("Rules").path]
        process.currentDirectoryURL = CLIRunner.repository
        let log = server.folder.appendingPathComponent("worker-\(number).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

extension Array {
    /// The results of `transform` on each element, in order, one after the other.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
