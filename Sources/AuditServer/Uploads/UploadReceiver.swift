import Foundation
import Hummingbird
import MultipartKit

/// A received `multipart/form-data` upload: its one archive, saved under a random name, and its
/// text fields.
struct ReceivedUpload {
    /// Where the archive was saved.
    var archive: URL
    /// The archive's name as the uploader's computer called it (last path component, cleaned).
    var fileName: String
    /// Bytes received.
    var size: Int
    /// Text fields by name (the last one wins when a name repeats).
    var fields: [String: String]
}

/// Streams a multipart upload to disk, never holding the archive in memory, and stops at the
/// size limit.
struct UploadReceiver {
    let data: DataDirectory
    /// The largest archive accepted, in bytes.
    let maxBytes: Int
    /// The form field the archive comes in.
    static let archiveField = "archive"
    /// The longest text field accepted, in bytes.
    static let maxFieldBytes = 4096

    /// Saves the upload in `request`; throws `HTTPError` (400, 413, 415) with what to change.
    /// Nothing is left on disk when it throws.
    func receive(_ request: Request) async throws -> ReceivedUpload {
        guard let contentType = request.headers[.contentType], contentType.lowercased().hasPrefix("multipart/form-data"),
              let boundary = Self.boundary(in: contentType) else {
            throw HTTPError(.unsupportedMediaType, message: "send the archive as multipart/form-data in a field named '\(Self.archiveField)'")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes + 64 * 1024 {
            throw tooLarge
        }
        let sink = PartSink(data: data, maxBytes: maxBytes)
        do {
            let parser = MultipartParser(boundary: boundary)
            parser.onHeader = { name, value in sink.header(name, value) }
            parser.onBody = { buffer in sink.body(&buffer) }
            parser.onPartComplete = { sink.complete() }
            for try await chunk in request.body {
                try parser.execute(chunk)
                if let failure = sink.failure { throw failure }
            }
            guard let archive = sink.archive else {
                throw HTTPError(.badRequest, message: "the upload has no file in a field named '\(Self.archiveField)'")
            }
            return ReceivedUpload(archive: archive.url, fileName: archive.name, size: archive.size, fields: sink.fields)
        } catch {
            sink.discard()
            if error is HTTPError { throw error }
            throw HTTPError(.badRequest, message: "the upload is not well-formed multipart/form-data (\(error)); send the archive in a field named '\(Self.archiveField)'")
        }
    }

    var tooLarge: HTTPError {
        HTTPError(.contentTooLarge, message: "the archive is larger than this server accepts (\(maxBytes >> 20) MiB); split the evidence into smaller archives")
    }

    /// The boundary parameter of a multipart Content-Type.
    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// Collects the parts the parser hands over: the archive to a file, fields to memory.
    private final class PartSink {
        let data: DataDirectory
        let maxBytes: Int
        var headers: [String: String] = [:]
        var fieldBytes = Data()
        var fields: [String: String] = [:]
        var archive: (url: URL, name: String, size: Int, handle: FileHandle?)?
        /// What the part being read is, decided at its first bytes.
        var part = PartKind.undecided
        enum PartKind { case undecided, archive, field }
        var failure: HTTPError?
        var tooLarge: HTTPError { UploadReceiver(data: data, maxBytes: maxBytes).tooLarge }

        init(data: DataDirectory, maxBytes: Int) {
            self.data = data
            self.maxBytes = maxBytes
        }

        func header(_ name: String, _ value: String) {
            headers[name.lowercased()] = value
        }

        func body(_ buffer: inout ByteBuffer) {
            guard failure == nil else { return }
            if part == .undecided { part = startsArchive() ? .archive : .field }
            switch part {
            case .archive:
                write(&buffer)
            case .field, .undecided:
                fieldBytes.append(contentsOf: buffer.readableBytesView)
                if fieldBytes.count > UploadReceiver.maxFieldBytes {
                    failure = HTTPError(.badRequest, message: "a form field is longer than \(UploadReceiver.maxFieldBytes) bytes")
                }
            }
        }

        /// Opens the archive's file when the part being read is the archive; false for a text field.
        private func startsArchive() -> Bool {
            let disposition = ContentDisposition(headers["content-disposition"] ?? "")
            guard disposition.name == UploadReceiver.archiveField, let fileName = disposition.fileName else { return false }
            if archive != nil {
                failure = HTTPError(.badRequest, message: "send one archive per request; upload the others in requests of their own")
                return false
            }
            let name = UploadedFileName.cleaned(fileName)
            let url = data.newArchivePath(extension: UploadedFileName.archiveExtension(of: name))
            guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]),
                  let handle = FileHandle(forWritingAtPath: url.path) else {
                failure = HTTPError(.internalServerError, message: "the server cannot store the archive; tell its administrator that the data folder is not writable")
                return false
            }
            archive = (url, name, 0, handle)
            return true
        }

        private func write(_ buffer: inout ByteBuffer) {
            guard var current = archive, let handle = current.handle else { return }
            current.size += buffer.readableBytes
            archive = current
            if current.size > maxBytes {
                failure = tooLarge
                return
            }
            do {
                try handle.write(contentsOf: Data(buffer.readableBytesView))
            } catch {
                failure = HTTPError(.internalServerError, message: "the server could not store the archive (\(error.localizedDescription)); try again later")
            }
        }

        func complete() {
            if part == .archive {
                try? archive?.handle?.close()
                archive?.handle = nil
            } else if let name = ContentDisposition(headers["content-disposition"] ?? "").name {
                fields[name] = String(decoding: fieldBytes, as: UTF8.self)
            }
            fieldBytes.removeAll()
            headers.removeAll()
            part = .undecided
        }

        func discard() {
            try? archive?.handle?.close()
            if let url = archive?.url { try? FileManager.default.removeItem(at: url) }
            archive = nil
        }
    }
}
