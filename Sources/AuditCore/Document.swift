/// The kinds of evidence document the classifier recognises (the contract's vocabulary).
public enum DocumentType: String, Sendable, Codable, CaseIterable, Hashable {
    case businessLicense = "business-license"
    case fireCertificate = "fire-certificate"
    case certificate
    case roster
    case timesheet
    case payroll
    case socialInsurance = "social-insurance"
    case unknown
}

/// How a document's text was obtained (the contract's `text` field).
public enum TextSource: String, Sendable, Codable, Hashable {
    case pdfText = "pdf-text"
    case ocr
    case spreadsheet
    case mixed
    case none
}

/// Whether an entry was read (the contract's `status` field).
public enum DocumentStatus: String, Sendable, Codable, Hashable {
    /// Read; its content went through classification and the rules.
    case ok
    /// Its bytes could not be read (corrupt, truncated, password-protected).
    case unreadable
    /// Refused on purpose (path traversal, link, encrypted, over a size limit).
    case rejected
    /// Not read by this version (a format that needs a stage that has not run, such as OCR).
    case skipped
}

/// One leaf entry of the input as the report lists it.
public struct DocumentRecord: Sendable, Codable, Hashable {
    public var path: String
    public var sha256: String?
    public var type: DocumentType
    public var pages: Int?
    public var text: TextSource?
    public var status: DocumentStatus
    /// Why the entry was not read, or was read only in part, in English.
    public var reason: String?
    /// `reason` in Chinese, which a `--lang zh` report shows in its place. Not part of the JSON
    /// contract: a report holds each reason once, in its language (see `listed(in:)`).
    public var chineseReason: String?
    public var ocrConfidence: Double?

    public init(path: String, sha256: String? = nil, type: DocumentType = .unknown, pages: Int? = nil,
                text: TextSource? = nil, status: DocumentStatus, reason: String? = nil, chineseReason: String? = nil,
                ocrConfidence: Double? = nil) {
        self.path = path
        self.sha256 = sha256
        self.type = type
        self.pages = pages
        self.text = text
        self.status = status
        self.reason = reason
        self.chineseReason = chineseReason
        self.ocrConfidence = ocrConfidence
    }

    private enum CodingKeys: String, CodingKey {
        case path, sha256, type, pages, text, status, reason, ocrConfidence
    }

    /// A record whose reason is `reasonText` in both languages.
    public init(path: String, sha256: String? = nil, status: DocumentStatus, reasonText: ReasonText?) {
        self.init(path: path, sha256: sha256, status: status, reason: reasonText?.en, chineseReason: reasonText?.zh)
    }

    /// The reason in both languages; a reason without its Chinese stands for both.
    public var reasonText: ReasonText? {
        get { reason.map { ReasonText(en: $0, zh: chineseReason ?? $0) } }
        set {
            reason = newValue?.en
            chineseReason = newValue?.zh
        }
    }

    /// The reason as a report in `language` shows it.
    public func reason(in language: ReportLanguage) -> String? {
        reasonText?(language)
    }

    /// The record as a report in `language` lists it: with its reason in that language alone.
    public func listed(in language: ReportLanguage) -> DocumentRecord {
        var record = self
        record.reason = reason(in: language)
        record.chineseReason = nil
        return record
    }
}
