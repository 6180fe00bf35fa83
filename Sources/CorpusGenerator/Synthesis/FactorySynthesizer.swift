import AuditCore

/// Draws a whole factory from a seed: company, certificates, roster, three months of timesheets
/// and payroll, with the profile's breaches planted.
enum FactorySynthesizer {
    /// The factory for `seed`, and the kinds of breach planted in it (none for `.clean`).
    static func make(seed: UInt64, profile: Profile) -> (factory: Factory, planted: [ViolationKind]) {
        var setting = SplitMix64(seed: seed, stream: "setting")
        let start = YearMonth(year: 2026, month: setting.int(in: 3...7))!
        let months = [start, start.next, start.next.next]
        let asOf = months[2].lastDay.adding(days: setting.int(in: 12...18))
        let site = setting.pick(Vocabulary.sites)
        let industry = setting.pick(Vocabulary.industries)
        let idStyle = setting.pick(EmployeeIDStyle.allCases)
        let calculator = PayrollCalculator(deductionPermille: setting.int(in: 95...110))

        var companyRNG = SplitMix64(seed: seed, stream: "company")
        let builder = CompanyBuilder(site: site, industry: industry, asOf: asOf)
        var company = builder.company(using: &companyRNG)
        var fire = builder.fireCertificate(using: &companyRNG)
        var certificate = builder.managementCertificate(using: &companyRNG)

        var workforceRNG = SplitMix64(seed: seed, stream: "workforce")
        var employees = WorkforceBuilder(industry: industry, months: months, idStyle: idStyle)
            .employees(using: &workforceRNG)

        var planRNG = SplitMix64(seed: seed, stream: "plan")
        let planted = profile == .violations ? ViolationKind.plan(seed: seed, using: &planRNG) : []
        var injector = ViolationInjector(kinds: planted, asOf: asOf, months: months,
                                         rng: SplitMix64(seed: seed, stream: "violations"))
        injector.plantExpiry(company: &company, fire: &fire, certificate: &certificate)
        injector.plantUnderageWorker(in: &employees)

        var attendanceRNG = SplitMix64(seed: seed, stream: "attendance")
        var attendance = AttendanceScheduler(months: months).schedule(employees, using: &attendanceRNG)
        injector.plantHourBreaches(in: &attendance, employees: employees)

        var payroll = months.map { calculator.register(for: $0, employees: employees, attendance: attendance) }
        injector.plantPayrollBreaches(in: &payroll, employees: employees, idStyle: idStyle, calculator: calculator)

        let factory = Factory(seed: seed, asOf: asOf, months: months, company: company, fireCertificate: fire,
                              managementCertificate: certificate, employeeIDStyle: idStyle, employees: employees,
                              attendance: attendance, payroll: payroll)
        return (factory, planted)
    }
}
