/// The compact binary forms of the report, evidence and extracted-document types, which the result
/// cache stores by the hundred thousand. Each writes its stored properties in declaration order; a
/// property added to a type must be added here too (the compact-form tests count each type's
/// properties). The rule for every form is in `CompactBinary.swift`.

extension DocumentType: CompactStringEnum {}
extension TextSource: CompactStringEnum {}
extension DocumentStatus: CompactStringEnum {}
extension Severity: CompactStringEnum {}
extension FindingCategory: CompactStringEnum {}

extension CivilDate: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        let year = try reader.read(Int.self), month = try reader.read(Int.self), day = try reader.read(Int.self)
        guard let date = CivilDate(year: year, month: month, day: day) else {
            throw CompactBinaryReader.corrupted("no such day \(year)-\(month)-\(day)")
        }
        self = date
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }
}

extension YearMonth: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        let year = try reader.read(Int.self), month = try reader.read(Int.self)
        guard let value = YearMonth(year: year, month: month) else { throw CompactBinaryReader.corrupted("no such month \(year)-\(month)") }
        self = value
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(year)
        writer.write(month)
    }
}

extension BoundingBox: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(x0: try reader.double(), y0: try reader.double(), x1: try reader.double(), y1: try reader.double())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.double(x0)
        writer.double(y0)
        writer.double(x1)
        writer.double(y1)
    }
}

extension Evidence: CompactCodable {
    /// Bits of the byte that says which optional fields follow the path.
    private enum Present {
        static let page: UInt8 = 1, text: UInt8 = 2, bbox: UInt8 = 4, row: UInt8 = 8
        static let sheet: UInt8 = 16, cell: UInt8 = 32, confidence: UInt8 = 64
    }

    public init(compactFrom reader: CompactBinaryReader) throws {
        let path = try reader.string()
        let present = try reader.byte()
        func has(_ bit: UInt8) -> Bool { present & bit != 0 }
        let page = has(Present.page) ? try reader.read(Int.self) : nil
        let text = has(Present.text) ? try reader.string() : nil
        let bbox = has(Present.bbox) ? try reader.read(BoundingBox.self) : nil
        let row = has(Present.row) ? try reader.read(Int.self) : nil
        let sheet = has(Present.sheet) ? try reader.string() : nil
        let cell = has(Present.cell) ? try reader.string() : nil
        let confidence = has(Present.confidence) ? try reader.double() : nil
        self.init(path: path, page: page, text: text, bbox: bbox, row: row, sheet: sheet, cell: cell, confidence: confidence)
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.string(path)
        let page = page, text = text, bbox = bbox, row = row, sheet = sheet, cell = cell, confidence = confidence
        var present: UInt8 = 0
        if page != nil { present |= Present.page }
        if text != nil { present |= Present.text }
        if bbox != nil { present |= Present.bbox }
        if row != nil { present |= Present.row }
        if sheet != nil { present |= Present.sheet }
        if cell != nil { present |= Present.cell }
        if confidence != nil { present |= Present.confidence }
        writer.byte(present)
        if let page { writer.write(page) }
        if let text { writer.string(text) }
        if let bbox { writer.write(bbox) }
        if let row { writer.write(row) }
        if let sheet { writer.string(sheet) }
        if let cell { writer.string(cell) }
        if let confidence { writer.double(confidence) }
    }
}

extension Located: CompactCodable where Value: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(try reader.read(Value.self), at: try reader.read(Evidence.self))
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(value)
        writer.write(evidence)
    }
}

extension DocumentRecord: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(path: try reader.read(), sha256: try reader.read(), type: try reader.read(), pages: try reader.read(),
                  text: try reader.read(), status: try reader.read(), reason: try reader.read(), chineseReason: try reader.read(),
                  ocrConfidence: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(path)
        writer.write(sha256)
        writer.write(type)
        writer.write(pages)
        writer.write(text)
        writer.write(status)
        writer.write(reason)
        writer.write(chineseReason)
        writer.write(ocrConfidence)
    }
}

extension Acceptance: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(by: try reader.read(), reason: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(by)
        writer.write(reason)
    }
}

extension Finding: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(rule: try reader.read(), category: try reader.read(), severity: try reader.read(), message: try reader.read(),
                  employeeId: try reader.read(), documentType: try reader.read(), period: try reader.read(),
                  evidence: try reader.read(), limit: try reader.read(), actual: try reader.read(),
                  clause: try reader.read(), action: try reader.read(), accepted: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(rule)
        writer.write(category)
        writer.write(severity)
        writer.write(message)
        writer.write(employeeId)
        writer.write(documentType)
        writer.write(period)
        writer.write(evidence)
        writer.write(limit)
        writer.write(actual)
        writer.write(clause)
        writer.write(action)
        writer.write(accepted)
    }
}

extension BaselineEntry: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(rule: try reader.read(), employeeId: try reader.read(), documentType: try reader.read(), period: try reader.read(),
                  acceptedBy: try reader.read(), reason: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(rule)
        writer.write(employeeId)
        writer.write(documentType)
        writer.write(period)
        writer.write(acceptedBy)
        writer.write(reason)
    }
}

extension AuditReport.Summary: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        let documents = try reader.read(Int.self)
        let keys = try reader.read([String].self), counts = try reader.read([Int].self)
        guard keys.count == counts.count else { throw CompactBinaryReader.corrupted("summary counts do not match their severities") }
        self.init(documents: documents, findings: Dictionary(zip(keys, counts), uniquingKeysWith: { first, _ in first }))
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(documents)
        let keys = findings.keys.sorted()
        writer.write(keys)
        writer.write(keys.map { findings[$0] ?? 0 })
    }
}

extension AuditReport: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        let schema = try reader.read(String.self)
        self.init(input: try reader.read(), asOf: try reader.read(), ruleset: try reader.read(), documents: try reader.read(),
                  findings: try reader.read(FindingList.self))
        self.schema = schema
        summary = try reader.read()
        baselineFixed = try reader.read()
        notes = try reader.read()
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(schema)
        writer.write(input)
        writer.write(asOf)
        writer.write(ruleset)
        writer.write(documents)
        writer.write(findings)
        writer.write(summary)
        writer.write(baselineFixed)
        writer.write(notes)
    }
}

extension Word: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(text: try reader.read(), box: try reader.read(), confidence: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(text)
        writer.write(box)
        writer.write(confidence)
    }
}

extension ExtractedPage: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(number: try reader.read(), width: try reader.read(), height: try reader.read(), words: try reader.read(),
                  problem: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(number)
        writer.write(width)
        writer.write(height)
        writer.write(words)
        writer.write(problem)
    }
}

/// A cell is its text and its evidence, whether it holds that evidence or makes it from its grid.
extension Cell: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(text: try reader.read(), evidence: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(text)
        writer.write(evidence)
    }
}

extension SheetTable: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(name: try reader.read(), rows: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(name)
        writer.write(rows)
    }
}

extension ExtractedDocument: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(path: try reader.read(), textSource: try reader.read(), pages: try reader.read(), sheets: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(path)
        writer.write(textSource)
        writer.write(pages)
        writer.write(sheets)
    }
}
