import CArchive
import Foundation

/// The XML parts of an XLSX, inflated from memory with every byte counted against the limits.
struct ZipPackage {
    /// Part contents by `PackagePath.key`.
    let parts: [String: Data]

    /// Inflates the parts of `bytes` a workbook reader needs (XML and relationships outside
    /// drawings, charts, media and pivot caches).
    init(bytes: Data, limits: WorkbookLimits) throws(WorkbookProblem) {
        // The buffer outlives the libarchive handle: both end inside this closure.
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(WorkbookProblem) in try Self.inflateParts(of: buffer, limits: limits) }
        }
        parts = try result.get()
    }

    private static func inflateParts(of buffer: UnsafeRawBufferPointer, limits: WorkbookLimits) throws(WorkbookProblem) -> [String: Data] {
        let handle = try ZipReadHandle()
        guard archive_read_open_memory(handle.pointer, buffer.baseAddress, buffer.count) == ARCHIVE_OK else {
            throw .damaged("it is not a readable zip: \(handle.lastError)")
        }
        var reader = PartReader(handle: handle, limits: limits)
        return try reader.readAll()
    }

    /// The bytes of a part, looked up case-insensitively.
    func part(_ name: String) -> Data? { parts[PackagePath.key(name)] }

    /// The part `name` read with `reader`, or nil when the package does not have it.
    func read<Value>(_ name: String, with reader: (Data, String) throws(WorkbookProblem) -> Value) throws(WorkbookProblem) -> Value? {
        guard let data = part(name) else { return nil }
        return try reader(data, name)
    }

    /// True for a part a workbook reader needs; everything else is skipped without inflating.
    static func isNeeded(_ key: String) -> Bool {
        guard key.hasSuffix(".xml") || key.hasSuffix(".rels") else { return false }
        let skipped = ["xl/drawings/", "xl/charts/", "xl/media/", "xl/theme/", "xl/pivotcache/", "xl/pivottables/",
                       "xl/externallinks/", "xl/customxml/", "customxml/", "docprops/", "xl/ctrlprops/", "xl/slicers/",
                       "xl/slicercaches/", "xl/printersettings/", "xl/activex/", "xl/embeddings/", "xl/diagrams/"]
        return !skipped.contains { key.hasPrefix($0) }
    }
}

/// Walks the entries of one open zip, inflating the needed ones in bounded chunks.
private struct PartReader {
    let handle: ZipReadHandle
    let limits: WorkbookLimits
    private var totalBytes = 0

    init(handle: ZipReadHandle, limits: WorkbookLimits) {
        self.handle = handle
        self.limits = limits
    }

    mutating func readAll() throws(WorkbookProblem) -> [String: Data] {
        var parts: [String: Data] = [:]
        var entries = 0
        while true {
            var entry: OpaquePointer?
            let status = archive_read_next_header(handle.pointer, &entry)
            if status == ARCHIVE_EOF { return parts }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                throw .damaged("the zip is truncated or corrupt: \(handle.lastError)")
            }
            entries += 1
            if entries > limits.maxEntries {
                throw .overLimit(WorkbookReason.tooManyZipEntries(["limit": limits.maxEntries.formatted(groupingSeparator: ",")]))
            }
            if archive_entry_is_encrypted(entry) != 0 { throw .passwordProtected }
            guard let name = Self.name(of: entry), archive_entry_filetype(entry) == 0o100000 else { continue }
            let key = PackagePath.key(name)
            guard ZipPackage.isNeeded(key) else { continue }
            parts[key] = try inflate(key)
        }
    }

    /// Reads the current entry's data, counting inflated bytes against the limits.
    private mutating func inflate(_ key: String) throws(WorkbookProblem) -> Data {
        var data = Data()
        let compressedStart = handle.compressedBytesRead
        let chunk = 256 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = archive_read_data(handle.pointer, buffer, chunk)
            if count == 0 { return data }
            guard count > 0 else {
                let message = handle.lastError
                if ["passphrase", "encrypt", "password"].contains(where: message.lowercased().contains) {
                    throw .passwordProtected
                }
                throw .damaged("\(key) is truncated or corrupt: \(message)")
            }
            let inflated = data.count + count
            totalBytes += count
            if inflated > limits.maxPartBytes {
                throw .overLimit(WorkbookReason.partOverLimit(["part": key, "size": mebibytes(limits.maxPartBytes)]))
            }
            if totalBytes > limits.maxTotalBytes {
                throw .overLimit(WorkbookReason.partsOverLimit(["size": mebibytes(limits.maxTotalBytes)]))
            }
            let compressed = handle.compressedBytesRead - compressedStart
            if inflated >= limits.ratioFloorBytes, compressed > 0,
               Double(inflated) / Double(compressed) > limits.maxCompressionRatio {
                throw .overLimit(WorkbookReason.partCompressionRatio(["part": key, "ratio": "\(Int(limits.maxCompressionRatio))"]))
            }
            data.append(buffer.assumingMemoryBound(to: UInt8.self), count: count)
        }
    }

    private static func name(of entry: OpaquePointer) -> String? {
        if let utf8 = archive_entry_pathname_utf8(entry) { return String(cString: utf8) }
        if let raw = archive_entry_pathname(entry) { return String(validatingCString: raw) }
        return nil
    }
}
