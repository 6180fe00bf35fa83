import AuditServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// Requests to the API through Hummingbird's test client, as one token's holder.
struct APIClient {
    let client: any TestClientProtocol
    let token: String

    var authorization: HTTPFields { [.authorization: "Bearer \(token)"] }

    /// Uploads the Corpus sample `name` with `fields`; returns the status and the body.
    func upload(sample name: String, fields: [String: String] = [:]) async throws -> (status: HTTPResponse.Status, body: String) {
        let archive = try Data(contentsOf: TestServer.samples.appendingPathComponent(name))
        return try await upload(archive, fileName: name, fields: fields)
    }

    /// Uploads `archive` named `fileName` with `fields` as multipart/form-data.
    func upload(_ archive: Data, fileName: String, fields: [String: String] = [:]) async throws -> (status: HTTPResponse.Status, body: String) {
        let form = MultipartForm(fields: fields, file: (field: "archive", name: fileName, data: archive))
        var headers = authorization
        headers[.contentType] = form.contentType
        let response = try await client.execute(uri: "/api/v1/checks", method: .post, headers: headers, body: ByteBuffer(data: form.body))
        return (response.status, String(buffer: response.body))
    }

    /// Uploads a sample and returns the new check's id; fails the test unless it is 201.
    func uploadAndID(sample name: String, fields: [String: String] = [:]) async throws -> String {
        let (status, body) = try await upload(sample: name, fields: fields)
        try #require(status == .created, "upload answered \(status): \(body)")
        let answer = try JSONDecoder().decode([String: String].self, from: Data(body.utf8))
        return try #require(answer["id"])
    }

    /// GET `path` with the token.
    func get(_ path: String) async throws -> TestResponse {
        try await client.execute(uri: path, method: .get, headers: authorization)
    }

    /// DELETE `path` with the token.
    func delete(_ path: String) async throws -> TestResponse {
        try await client.execute(uri: path, method: .delete, headers: authorization)
    }

    /// The check's JSON status.
    func status(of id: String) async throws -> [String: Any] {
        let response = try await get("/api/v1/checks/\(id)")
        try #require(response.status == .ok, "status answered \(response.status): \(String(buffer: response.body))")
        return try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    /// Polls the check until it is done or failed; fails the test after `timeout` seconds.
    func waitUntilFinished(_ id: String, timeout: Double = 120) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let status = try await status(of: id)
            if let state = status["status"] as? String, state == "done" || state == "failed" { return status }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("check \(id) did not finish within \(timeout) s")
        return try await status(of: id)
    }
}

/// A multipart/form-data body built the way a browser builds one.
struct MultipartForm {
    let boundary = "----auditready-test-\(UUID().uuidString)"
    var body = Data()

    init(fields: [String: String], file: (field: String, name: String, data: Data)?) {
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if let file {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
    }

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }
}
