import AuditCore

/// Draws a whole factory from a seed: company, certificates, roster, three months of timesheets
/// and payroll, with the profile's breaches planted.
enum FactorySynthesizer {
    /// The factory for `seed`, and the kinds of breach planted in it (none for `.clean`).
    /// `certificateVariants` replaces the seed's own plan of certificate variants (a violations
    /// archive's only); nil keeps the plan. `drawsSummary` false leaves the time clock's summary
    /// out whatever the seed draws (the samples committed before summaries were drawn).
    static func make(seed: UInt64, profile: Profile, certificateVariants: [CertificateVariant]? = nil, drawsSummary: Bool = true)
        -> (factory: Factory, planted: [ViolationKind]) {
        var setting = SplitMix64(seed: seed, stream: "setting")
        let start = YearMonth(year: 2026, month: setting.int(in: 3...7))!
        let months = [start, start.next, start.next.next]
        let asOf = months[2].lastDay.adding(days: setting.int(in: 12...18))
        let region = setting.pick(WageRegion.all)
        let industry = setting.pick(Vocabulary.industries)
        let idStyle = setting.pick(EmployeeIDStyle.allCases)
        let deductionPermille = setting.int(in: 95...110)
        let allowance: Int? = setting.chance(0.4) ? setting.pick([100, 150, 200, 250, 300]) * 100 : nil
        let calculator = PayrollCalculator(deductionPermille: deductionPermille, monthlyAllowanceFen: allowance)
        let lowestBaseFen = months.compactMap { region.minimumFen(on: $0.firstDay) }.max()! + 100 * 100

        var companyRNG = SplitMix64(seed: seed, stream: "company")
        let builder = CompanyBuilder(region: region, industry: industry, asOf: asOf)
        var company = builder.company(using: &companyRNG)
        var fire = builder.fireCertificate(for: company, using: &companyRNG)
        var certificate = builder.managementCertificate(at: company.address, using: &companyRNG)
        var printedNames = CompanyNameStyle.printedNames(of: company.name, seed: seed)

        var workforceRNG = SplitMix64(seed: seed, stream: "workforce")
        var employees = WorkforceBuilder(industry: industry, months: months, idStyle: idStyle,
                                         lowestBaseFen: lowestBaseFen)
            .employees(using: &workforceRNG)

        var planRNG = SplitMix64(seed: seed, stream: "plan")
        let planted = profile == .violations ? ViolationKind.plan(seed: seed, using: &planRNG) : []
        var injector = ViolationInjector(kinds: planted, asOf: asOf, months: months, region: region,
                                         rng: SplitMix64(seed: seed, stream: "violations"))
        let omitted = injector.omittedDocuments()
        injector.plantExpiry(company: &company, fire: &fire, certificate: &certificate, omitted: omitted)
        injector.plantIdentityMismatch(company: company, industryWord: industry.nameWord, fire: &fire,
                                       printedNames: &printedNames, omitted: omitted)
        injector.plantInvalidCreditCode(company: &company, fire: &fire)
        injector.plantUnderageWorker(in: &employees)
        injector.plantJuvenileWorker(in: &employees)
        injector.plantLowWage(in: &employees)

        var attendanceRNG = SplitMix64(seed: seed, stream: "attendance")
        var attendance = AttendanceScheduler(months: months).schedule(employees, using: &attendanceRNG)
        let ghost = injector.ghostWorker(employees: employees, idStyle: idStyle, lowestBaseFen: lowestBaseFen)
        if let ghost {
            attendance += AttendanceScheduler(months: [ghost.hireDate.yearMonth]).schedule([ghost], using: &injector.rng)
        }
        injector.plantHourBreaches(in: &attendance, employees: employees)
        var scatterRNG = SplitMix64(seed: seed, stream: "scatter")
        AttendanceScheduler.scatterClockIns(&attendance, keep: injector.plantedPunches, using: &scatterRNG)

        let payees = (employees + (ghost.map { [$0] } ?? [])).sorted { $0.id < $1.id }
        var payroll = months.map { calculator.register(for: $0, employees: payees, attendance: attendance) }
        injector.plantPayrollBreaches(in: &payroll, employees: employees, attendance: attendance, calculator: calculator)
        injector.plantRosterRecords(in: &employees, attendance: attendance)

        var factory = Factory(seed: seed, asOf: asOf, months: months, company: company, fireCertificate: fire,
                              managementCertificate: certificate, employeeIDStyle: idStyle, employees: employees,
                              attendance: attendance, payroll: payroll)
        factory.omitted = omitted
        factory.printedCompanyNames = printedNames
        factory.products = [industry.product]
        if profile == .violations {
            for variant in certificateVariants ?? CertificateVariant.plan(seed: seed) { variant.plant(in: &factory, industry: industry) }
        }
        let summary: (summary: MonthSummary?, planted: Bool) = drawsSummary
            ? SummarySynthesizer.make(for: factory, plants: profile == .violations) : (nil, false)
        factory.summary = summary.summary
        return (factory, planted + (summary.planted ? [.summaryBelowPunches] : []))
    }
}

/// How the other documents print the company's name: usually as the licence does, sometimes
/// in capitals or with the legal form written another way, as real paperwork varies. Every
/// variant is equal to the licence's name under the identity rule's normalisation.
enum CompanyNameStyle {
    /// The documents (certificate, roster, payroll) that print a variant, with the variant.
    static func printedNames(of name: String, seed: UInt64) -> [DocumentType: String] {
        var rng = SplitMix64(seed: seed, stream: "names")
        var names: [DocumentType: String] = [:]
        for type in [DocumentType.certificate, .roster, .payroll] where rng.chance(0.35) {
            names[type] = variant(of: name, style: rng.int(in: 0...3))
        }
        return names
    }

    /// `name` (ending in `Co., Ltd.`) in one of four equivalent spellings.
    static func variant(of name: String, style: Int) -> String {
        switch style {
        case 0: return name.uppercased()
        case 1: return name.replacing("Co., Ltd.", with: "Co.,Ltd.")
        case 2: return name.replacing("Co., Ltd.", with: "Company Limited")
        default: return name.replacing("Co., Ltd.", with: "Co. Ltd")
        }
    }
}
