import AuditCore
import Foundation

/// What is wrong with an archive's management-system certificate or audit report, when anything
/// is: the ways buyers and auditors find factory certificates wanting (issue 18).
///
/// Drawn from a stream of its own, so that planting one changes nothing else the seed draws:
/// every other document, worker and breach of the seed stays as it was. (An audit report comes
/// last in the archive's documents, so only the name of a nested payroll zip, drawn after them
/// all, can change.)
enum CertificateVariant: String, CaseIterable, Sendable {
    /// The certificate is to an edition whose transition ended (ISO 9001:2008, ISO 14001:2004).
    case withdrawnEdition
    /// The holder's business licence allows trading only, while the certificate's scope claims
    /// manufacturing: a trading company showing a factory's kind of certificate.
    case tradingCompany
    /// The certificate's scope covers a side line of the trade and leaves out what the buyer buys.
    case narrowScope
    /// The certificate is from a body the reference table does not know.
    case unknownBody
    /// The certificate is from a body whose approval CNCA or SAMR withdrew.
    case withdrawnBody
    /// The archive also holds an amfori BSCI audit report that falls short: rated C, D, E or
    /// zero tolerance, or older than its rating's validity (24 months for A and B, 12 for the rest).
    case bsciAudit
    /// The certificate runs longer than a certification cycle: 4 to 6 years from its issue date
    /// to the expiry date it keeps.
    case longTerm
    /// The certificate names another site than the licence's address: another number on another
    /// street of the same district.
    case otherAddress
    /// The archive also holds a current audit report that calls itself a certificate: an
    /// "amfori BSCI Certificate" rated A or B, or a "SMETA Certificate"; an audit report already
    /// planted is titled so instead.
    case auditReportAsCertificate
    /// The archive also holds a SMETA audit report, as SMETA titles it, whose audit is older than
    /// the 24 months buyers accept at the longest; an audit report already planted is replaced.
    case lapsedSmeta

    /// The `china-labor-law` rules of which at least one must report the variant.
    var rules: [RuleID] {
        switch self {
        case .withdrawnEdition: return [.certificateEdition]
        case .tradingCompany: return [.certificateTradingScope]
        case .narrowScope: return [.certificateProducts]
        case .unknownBody, .withdrawnBody: return [.certificationBody]
        case .bsciAudit: return [.auditRating, .auditReportAge]
        case .longTerm: return [.certificateTerm]
        case .otherAddress: return [.certificateAddress]
        case .auditReportAsCertificate: return [.auditReportAsCertificate]
        case .lapsedSmeta: return [.auditReportAge]
        }
    }

    /// The variants for `seed` in a violations archive: one in about half of them, else none.
    static func plan(seed: UInt64) -> [CertificateVariant] {
        var rng = SplitMix64(seed: seed, stream: "certificate-variant")
        guard rng.chance(0.5) else { return [] }
        return [rng.pick(allCases)]
    }

    /// The variants named in `list` (comma-separated raw values), or an error naming the unknown one.
    static func parse(_ list: String) throws -> [CertificateVariant] {
        try list.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let variant = CertificateVariant(rawValue: trimmed) else {
                throw UnknownCertificateVariant(name: trimmed)
            }
            return variant
        }
    }

    /// Plants the variant into the factory's licence, certificate or audit report. Variants may
    /// be planted one after another (the samples do): each changes only what it names.
    func plant(in factory: inout Factory, industry: Industry) {
        var rng = SplitMix64(seed: factory.seed, stream: "certificate-variant/" + rawValue)
        switch self {
        case .withdrawnEdition:
            factory.managementCertificate.standard = rng.pick(Vocabulary.withdrawnStandards).name
        case .tradingCompany:
            factory.company.businessScope = industry.tradingScope
            factory.managementCertificate.scope = industry.certificateScope
        case .narrowScope:
            factory.managementCertificate.scope = industry.narrowScope
        case .unknownBody:
            Self.issue(&factory.managementCertificate, by: rng.pick(Vocabulary.unknownBodies), using: &rng)
        case .withdrawnBody:
            Self.issue(&factory.managementCertificate, by: rng.pick(Vocabulary.withdrawnBodies), using: &rng)
        case .bsciAudit:
            factory.auditReport = Self.failingAudit(asOf: factory.asOf, using: &rng)
        case .longTerm:
            Self.lengthen(&factory.managementCertificate, using: &rng)
        case .otherAddress:
            factory.managementCertificate.address = Self.otherSite(than: factory.company.address, using: &rng)
        case .auditReportAsCertificate:
            if factory.auditReport == nil { factory.auditReport = Self.currentAudit(asOf: factory.asOf, using: &rng) }
            factory.auditReport?.calledCertificate = true
        case .lapsedSmeta:
            factory.auditReport = Self.lapsedSmetaAudit(asOf: factory.asOf, using: &rng)
        }
        factory.certificateVariants.append(self)
    }

    /// Moves the issue date 4 to 6 years before the expiry date, with a number of the new year.
    private static func lengthen(_ certificate: inout ManagementCertificate, using rng: inout SplitMix64) {
        certificate.issued = certificate.expires.adding(years: -rng.int(in: 4...6)).adding(days: 1)
        let bodies = Vocabulary.certificationBodies + Vocabulary.unknownBodies + Vocabulary.withdrawnBodies
        if let body = bodies.first(where: { $0.name == certificate.body }) {
            certificate.number = CompanyBuilder.certificateNumber(of: body, year: certificate.issued.year,
                                                                  letter: letter(of: certificate), using: &rng)
        }
    }

    /// The letter certificate numbers give the certificate's standard (`Q` quality, `E`
    /// environment, `S` safety).
    private static func letter(of certificate: ManagementCertificate) -> String {
        (Vocabulary.standards + Vocabulary.withdrawnStandards).first { $0.name == certificate.standard }?.letter ?? "Q"
    }

    /// Another site in the district of `address` (`[Building X, ]No. N Street, District, City[,
    /// Province]`): another number, 300 to 899 where the licence's is at most 288, on another street.
    static func otherSite(than address: String, using rng: inout SplitMix64) -> String {
        let parts = address.components(separatedBy: ", ")
        let streetIndex = parts.firstIndex { $0.hasPrefix("No. ") }
        let district = streetIndex.map { Array(parts[($0 + 1)...]) } ?? Array(parts.suffix(2))
        let other = rng.pick(Vocabulary.streets.filter { street in !parts.contains { $0.hasSuffix(" " + street) } })
        return (["No. \(rng.int(in: 300...899)) \(other)"] + district).joined(separator: ", ")
    }

    /// An audit of 1 to 10 months ago that stands: amfori BSCI rated A or B, or SMETA.
    private static func currentAudit(asOf: CivilDate, using rng: inout SplitMix64) -> SocialAuditReport {
        let audited = asOf.adding(days: -rng.int(in: 30...300))
        let company = rng.pick(Vocabulary.certificationBodies).name
        if rng.chance(0.5) {
            return SocialAuditReport(scheme: .bsci, auditDate: audited, rating: rng.pick(["A", "B"]),
                                     siteID: "156-\(rng.int(in: 1_000_000...9_999_999))", auditCompany: company)
        }
        return SocialAuditReport(scheme: .smeta, auditDate: audited, rating: nil,
                                 siteID: "ZS\(rng.int(in: 100_000_000...999_999_999))",
                                 auditReference: "ZA\(rng.int(in: 100_000_000...999_999_999))", auditCompany: company)
    }

    /// A SMETA audit of 24 months and 1 to 180 days ago.
    private static func lapsedSmetaAudit(asOf: CivilDate, using rng: inout SplitMix64) -> SocialAuditReport {
        SocialAuditReport(scheme: .smeta, auditDate: asOf.adding(months: -24).adding(days: -rng.int(in: 1...180)), rating: nil,
                          siteID: "ZS\(rng.int(in: 100_000_000...999_999_999))",
                          auditReference: "ZA\(rng.int(in: 100_000_000...999_999_999))",
                          auditCompany: rng.pick(Vocabulary.certificationBodies).name)
    }

    /// An audit report rated C, D, E or ZT within its validity, or rated anything past it.
    private static func failingAudit(asOf: CivilDate, using rng: inout SplitMix64) -> SocialAuditReport {
        let rating = rng.pick(["A", "B", "C", "D", "E", "ZT"])
        let months = rating == "A" || rating == "B" ? 24 : 12
        let lapsed = rating == "A" || rating == "B" || rng.chance(0.4)
        let audited = lapsed ? asOf.adding(months: -months).adding(days: -rng.int(in: 1...180))
                             : asOf.adding(months: -months).adding(days: rng.int(in: 30...300))
        return SocialAuditReport(scheme: .bsci, auditDate: audited, rating: rating, siteID: "156-\(rng.int(in: 1_000_000...9_999_999))",
                                 auditCompany: rng.pick(Vocabulary.certificationBodies).name)
    }

    /// Makes `body` the certificate's issuer, with a number of its shape and its mark.
    private static func issue(_ certificate: inout ManagementCertificate, by body: CertificationBody, using rng: inout SplitMix64) {
        certificate.body = body.name
        certificate.number = CompanyBuilder.certificateNumber(of: body, year: certificate.issued.year, letter: letter(of: certificate), using: &rng)
        certificate.accreditation = body.accreditation
    }
}

/// A certificate variant's name that `CertificateVariant` does not know.
struct UnknownCertificateVariant: Error, CustomStringConvertible {
    var name: String
    var description: String {
        "no certificate variant is called '\(name)'; the variants are " + CertificateVariant.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
