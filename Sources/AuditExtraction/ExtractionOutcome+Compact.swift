import AuditCore

/// The compact binary form of an extraction outcome, which the result cache stores for documents
/// that needed OCR (its pages, words and boxes are in `CompactCoreForms.swift`). It writes the
/// stored properties in declaration order; a property added to `ExtractionOutcome` must be added
/// here too (the compact-form tests count its properties). The rule for every form is in
/// `CompactBinary.swift`.
extension ExtractionOutcome: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(status: try reader.read())
        reason = try reader.read()
        chineseReason = try reader.read()
        pageCount = try reader.read()
        document = try reader.read()
        ocrConfidence = try reader.read()
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(status)
        writer.write(reason)
        writer.write(chineseReason)
        writer.write(pageCount)
        writer.write(document)
        writer.write(ocrConfidence)
    }
}
