import AuditCore

/// One entry of the evidence archive: a document, or a nested zip holding more entries.
struct EvidenceEntry {
    /// What an entry holds.
    enum Content {
        case document(DocumentType, [UInt8])
        case zip([EvidenceEntry])
    }

    /// The path inside the archive (or inside the enclosing nested zip).
    var path: String
    /// The entry's modification day, as a factory's files would carry it.
    var modified: CivilDate
    var content: Content
    /// The rendered document's role, for the truth's field values.
    var role: RenderedDocument.Role?
    var scanned = false
    /// The software that made the document.
    var producer = Producer.cairo

    /// Every leaf document under `entries`, nested paths written as `outer/inner.zip/file.pdf`.
    static func leaves(of entries: [EvidenceEntry], prefix: String = "") -> [TruthDocument] {
        entries.flatMap { entry -> [TruthDocument] in
            switch entry.content {
            case .document(let type, _):
                return [TruthDocument(path: prefix + entry.path, type: type, scanned: entry.scanned ? true : nil, role: entry.role,
                                      producer: entry.producer == .cairo ? nil : entry.producer)]
            case .zip(let inner): return leaves(of: inner, prefix: prefix + entry.path + "/")
            }
        }
    }
}
