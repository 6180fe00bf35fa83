import AuditCore

/// What is wrong with an archive's management-system certificate, when anything is: the ways
/// buyers and auditors find factory certificates wanting (issue 18).
///
/// Drawn from a stream of its own, so that planting one changes nothing else the seed draws:
/// every other document, worker and breach of the seed stays as it was.
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

    /// The variant for `seed` in a violations archive: none in about half of them.
    static func plan(seed: UInt64) -> CertificateVariant? {
        var rng = SplitMix64(seed: seed, stream: "certificate-variant")
        guard rng.chance(0.5) else { return nil }
        return rng.pick(allCases)
    }

    /// Plants the variant into the company and its certificate.
    func plant(company: inout Company, certificate: inout ManagementCertificate, industry: Industry, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: "certificate-variant/" + rawValue)
        switch self {
        case .withdrawnEdition:
            certificate.standard = rng.pick(Vocabulary.withdrawnStandards).name
        case .tradingCompany:
            company.businessScope = industry.tradingScope
            certificate.scope = industry.certificateScope
        case .narrowScope:
            certificate.scope = industry.narrowScope
        case .unknownBody:
            Self.issue(&certificate, by: rng.pick(Vocabulary.unknownBodies), using: &rng)
        case .withdrawnBody:
            Self.issue(&certificate, by: rng.pick(Vocabulary.withdrawnBodies), using: &rng)
        }
    }

    /// Makes `body` the certificate's issuer, with a number of its shape and its mark.
    private static func issue(_ certificate: inout ManagementCertificate, by body: CertificationBody, using rng: inout SplitMix64) {
        let letter = Vocabulary.standards.first { $0.name == certificate.standard }?.letter ?? "Q"
        certificate.body = body.name
        certificate.number = CompanyBuilder.certificateNumber(of: body, year: certificate.issued.year, letter: letter, using: &rng)
        certificate.accreditation = body.accreditation
    }
}
