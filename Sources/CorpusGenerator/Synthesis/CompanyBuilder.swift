import AuditCore

/// Draws the legal entity and its licence and certificates, all valid well past the audit date.
///
/// Expired or expiring documents are the violation injector's business; what this builder
/// returns would pass every expiry rule.
struct CompanyBuilder {
    let region: WageRegion
    let industry: Industry
    let asOf: CivilDate

    /// The company as its business licence shows it.
    func company(using rng: inout SplitMix64) -> Company {
        let first = rng.pick(Vocabulary.tradeNameSyllables)
        var second = rng.pick(Vocabulary.tradeNameSyllables)
        while second == first { second = rng.pick(Vocabulary.tradeNameSyllables) }
        let tradeName = first + second.lowercased()
        let established = rng.date(in: CivilDate(year: 2003, month: 1, day: 1)!...CivilDate(year: 2015, month: 12, day: 31)!)
        let termEnd: CivilDate? = rng.chance(0.6) ? nil : established.adding(years: 30).adding(days: -1)
        let organisation = (0..<8).map { _ in String(rng.int(in: 0...9)) }.joined()
        let building = rng.chance(0.5) ? "Building \(rng.pick(["A", "B", "C", "1", "2", "3"])), " : ""
        let district = rng.pick(region.districts)
        let address = "\(building)No. \(rng.int(in: 1...288)) \(rng.pick(Vocabulary.streets)), "
            + "\(district.name), \(region.city)" + (region.province.map { ", " + $0 } ?? "")
        let printedFrom = max(established, CivilDate(year: 2019, month: 1, day: 1)!)
        return Company(
            name: "\(region.city) \(tradeName) \(industry.nameWord) Co., Ltd.",
            socialCreditCode: SocialCreditCode.make(regionCode: district.code, organisationDigits: organisation),
            entityType: rng.pick(Vocabulary.entityTypes),
            legalRepresentative: PersonNames.random(sex: rng.chance(0.7) ? .male : .female, using: &rng),
            registeredCapitalYuan: rng.pick([500, 1_000, 2_000, 3_000, 5_000, 8_000, 10_000]) * 1_000,
            address: address,
            businessScope: industry.businessScope,
            established: established,
            businessTermEnd: termEnd,
            registrationAuthority: "\(region.city) Administration for Market Regulation",
            licenceIssued: rng.date(in: printedFrom...asOf.adding(days: -120)))
    }

    /// A one-year fire inspection certificate for `company`, issued 1-10 months before the audit date.
    func fireCertificate(for company: Company, using rng: inout SplitMix64) -> FireCertificate {
        let issued = rng.date(in: asOf.adding(days: -300)...asOf.adding(days: -30))
        return FireCertificate(
            title: rng.pick(Vocabulary.fireCertificateTitles),
            number: "\(region.abbreviation)FI\(issued.year)-\(digits(5, using: &rng))",
            issuer: "\(region.city) Fire and Rescue Detachment",
            issued: issued,
            validUntil: issued.adding(years: 1).adding(days: -1),
            socialCreditCode: company.socialCreditCode)
    }

    /// A three-year management-system certificate for the site at `address`, issued 2 months to
    /// 2.5 years before the audit date.
    func managementCertificate(at address: String, using rng: inout SplitMix64) -> ManagementCertificate {
        let standard = rng.pick(Vocabulary.standards)
        let body = rng.pick(Vocabulary.certificationBodies)
        let issued = rng.date(in: asOf.adding(days: -900)...asOf.adding(days: -60))
        return ManagementCertificate(
            standard: standard.name,
            scope: industry.certificateScope,
            address: address,
            number: Self.certificateNumber(of: body, year: issued.year, letter: standard.letter, using: &rng),
            body: body.name,
            accreditation: body.accreditation,
            issued: issued,
            expires: issued.adding(years: 3).adding(days: -1))
    }

    /// A number of `body`'s shape (`#` digit, `{yy}` year, `{s}` standard letter).
    static func certificateNumber(of body: CertificationBody, year: Int, letter: String,
                                  using rng: inout SplitMix64) -> String {
        let yy = String(year % 100)
        let filled = body.numberPattern.replacing("{yy}", with: yy.count == 1 ? "0" + yy : yy)
            .replacing("{s}", with: letter)
        return String(filled.map { $0 == "#" ? Character(String(rng.int(in: 0...9))) : $0 })
    }

    /// `count` random decimal digits.
    private func digits(_ count: Int, using rng: inout SplitMix64) -> String {
        (0..<count).map { _ in String(rng.int(in: 0...9)) }.joined()
    }
}
