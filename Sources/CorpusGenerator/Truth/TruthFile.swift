import AuditCore
import Foundation

/// The ground truth written beside each archive, one file per rule pack: `NAME.truth.json` for
/// `china-labor-law`, `NAME.truth.PACK.json` for the others.
struct TruthFile: Encodable {
    /// 2 since the findings hold every certificate finding but the where-to-verify notes, and
    /// `products`; 1 held only certificate errors and warnings.
    var schema = "auditready.truth/2"
    var seed: UInt64
    var profile: String
    var asOf: CivilDate
    /// The rule pack the findings are for (`china-labor-law`, `amfori-bsci`, `sa8000`, `eti`, `rba`).
    var ruleset: String
    /// What a correct checker must report, sorted by rule, employee ID and period.
    var findings: [TruthFinding]
    /// Every leaf entry of the archive with the type a correct reader assigns.
    var documents: [TruthDocument]
    /// The values a correct reader extracts, for field-accuracy checks.
    var fields: TruthFields
    /// The drawn layout variant (absent for the classic layout).
    var layout: String?
    /// What the buyer buys: the check is run with `--products` naming them, which
    /// certificate-products judges the certificate's scope by.
    var products: [String]
    /// What was planted in the management-system certificate or audit report
    /// (`Synthesis/CertificateVariant.swift`), if anything: the variants' names, comma-separated.
    var certificateVariant: String?

    /// Pretty-printed JSON with sorted keys, so the file is stable byte for byte.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// One leaf entry: its path inside the archive (`outer/inner.zip/file.pdf` when nested) and type.
struct TruthDocument: Encodable, Equatable {
    var path: String
    var type: DocumentType
    /// Drawn as a scan (PNG or image-only PDF).
    var scanned: Bool?
    var role: RenderedDocument.Role?
    /// The software that made the document when not the generator's own drawing.
    var producer: Producer?

    init(path: String, type: DocumentType, scanned: Bool? = nil, role: RenderedDocument.Role? = nil, producer: Producer? = nil) {
        self.path = path
        self.type = type
        self.scanned = scanned
        self.role = role
        self.producer = producer
    }

    enum CodingKeys: String, CodingKey { case path, type, scanned, producer }
}

/// The extracted values a field-accuracy check compares with.
struct TruthFields: Encodable {
    var companyName: String
    var socialCreditCode: String
    /// The licence's address, and the minimum-wage region a reader finds in it.
    var address: String
    var region: String?
    /// Each dated document in the archive with its last valid day (absent for a long-term business licence).
    var validity: [TruthValidity]
    /// The roster's rows; empty when the archive has no roster.
    var employees: [TruthEmployee]
    /// Every value a correct reader extracts, per document (money in fen, hours in decimal hours).
    var values: [TruthFieldValue] = []

    /// The values as the factory's documents print them.
    init(_ factory: Factory) {
        companyName = factory.company.name
        socialCreditCode = factory.company.socialCreditCode
        address = factory.company.address
        region = WageRegion.named(inAddress: factory.company.address)?.city
        validity = factory.datedDocuments.map { TruthValidity(documentType: $0.type, validUntil: $0.validUntil) }
        employees = (factory.roster ?? []).map(TruthEmployee.init)
    }
}

/// A dated document's expiry as the documents print it.
struct TruthValidity: Encodable {
    var documentType: DocumentType
    var validUntil: CivilDate?
}

/// One roster row as a correct reader extracts it.
struct TruthEmployee: Encodable {
    var employeeId: String
    var name: String
    var sex: Sex
    var birthDate: CivilDate
    var nationalId: String
    var hireDate: CivilDate
    var leaveDate: CivilDate?
    var department: String

    init(_ employee: Employee) {
        employeeId = employee.id
        name = employee.name
        sex = employee.sex
        birthDate = employee.birthDate
        nationalId = employee.nationalID
        hireDate = employee.hireDate
        leaveDate = employee.leaveDate
        department = employee.department
    }
}
