import AuditCore

/// Plants the chosen kinds of breach into a clean factory, one stage at a time.
///
/// Each method leaves every other part of the evidence consistent: an under-age worker's
/// resident ID is re-issued to match the new birth date, changed days get matching punches, and
/// payroll is computed from the changed timesheets afterwards. What the injector plants is not
/// the ground truth; the oracle finds that independently, extra breaches included.
///
/// Plants that could undo one another never share a worker: `hoursUsed` holds the workers whose
/// timesheet rows a plant reshaped (and `touched` the worker-months), `recordUsed` those whose
/// roster record or payroll line a plant changed.
struct ViolationInjector {
    let kinds: [ViolationKind]
    let asOf: CivilDate
    let months: [YearMonth]
    let region: WageRegion
    var rng: SplitMix64

    var hoursUsed = Set<String>()
    var recordUsed = Set<String>()
    var touched = Set<WorkerMonth>()
    /// Worker-months whose punches were planted and must not be scattered.
    var plantedPunches = Set<WorkerMonth>()
    /// The workers and months chosen for underpaid overtime, and how each is underpaid.
    var underpaid: [(employeeID: String, month: YearMonth, way: UnderpaymentWay)] = []

    /// How a payroll clerk underpays overtime.
    enum UnderpaymentWay: CaseIterable {
        /// Rest-day hours paid at the weekday 150 %.
        case restDayAsWeekday
        /// Holiday hours paid at the rest-day 200 %.
        case holidayAsRestDay
        /// Every overtime hour at the base rate.
        case baseRate
    }

    init(kinds: [ViolationKind], asOf: CivilDate, months: [YearMonth], region: WageRegion, rng: SplitMix64) {
        self.kinds = kinds
        self.asOf = asOf
        self.months = months
        self.region = region
        self.rng = rng
    }

    var firstDay: CivilDate { months[0].firstDay }
    var lastDay: CivilDate { months[months.count - 1].lastDay }

    func plants(_ kind: ViolationKind) -> Bool { kinds.contains(kind) }

    /// The lowest minimum wage in force on the first day of a covered month, in fen.
    var lowestMinimumFen: Int { months.compactMap { region.minimumFen(on: $0.firstDay) }.min()! }

    /// Adults employed throughout the covered months whose records no plant has changed.
    func steadyWorkers(_ employees: [Employee]) -> [Employee] {
        employees.filter {
            $0.hireDate < firstDay && $0.leaveDate == nil && !recordUsed.contains($0.id)
                && $0.birthDate.age(on: firstDay) >= 18
        }
    }

    // MARK: Documents

    /// Which document to leave out: the roster only when no planted kind needs it, and then
    /// in half the archives; otherwise the fire certificate.
    mutating func omittedDocuments() -> Set<DocumentType> {
        guard plants(.missingDocument) else { return [] }
        let rosterPossible = !kinds.contains(where: \.needsRoster)
        return [rosterPossible && rng.chance(0.5) ? .roster : .fireCertificate]
    }

    /// Lets a certificate lapse before the audit date, and/or brings a document's end date within
    /// the 60-day warning window; documents left out are never chosen.
    mutating func plantExpiry(company: inout Company, fire: inout FireCertificate,
                              certificate: inout ManagementCertificate, omitted: Set<DocumentType>) {
        var expiredType: DocumentType?
        if plants(.expiredCertificate) {
            let type = rng.pick([DocumentType.fireCertificate, .certificate].filter { !omitted.contains($0) })
            setValidUntil(asOf.adding(days: -rng.int(in: 5...150)), of: type,
                          company: &company, fire: &fire, certificate: &certificate)
            expiredType = type
        }
        if plants(.expiringDocument) {
            let candidates = [DocumentType.fireCertificate, .certificate, .businessLicense]
                .filter { $0 != expiredType && !omitted.contains($0) }
            setValidUntil(asOf.adding(days: rng.int(in: 3...55)), of: rng.pick(candidates),
                          company: &company, fire: &fire, certificate: &certificate)
        }
    }

    /// Moves a document's end date, keeping its start date at the usual distance before it.
    private mutating func setValidUntil(_ date: CivilDate, of type: DocumentType, company: inout Company,
                                        fire: inout FireCertificate, certificate: inout ManagementCertificate) {
        switch type {
        case .fireCertificate:
            fire.validUntil = date
            fire.issued = date.adding(days: 1).adding(years: -1)
        case .certificate:
            certificate.expires = date
            certificate.issued = date.adding(days: 1).adding(years: -3)
        default:
            company.businessTermEnd = date
            company.established = date.adding(days: 1).adding(years: -rng.pick([20, 25, 30]))
        }
    }

    /// Issues the fire certificate to another registration number, or the management-system
    /// certificate to a slightly different legal name (the industry word singular or plural).
    mutating func plantIdentityMismatch(company: Company, industryWord: String, fire: inout FireCertificate,
                                        printedNames: inout [DocumentType: String], omitted: Set<DocumentType>) {
        guard plants(.identityMismatch) else { return }
        if !omitted.contains(.fireCertificate) && rng.chance(0.5) {
            let region = String(company.socialCreditCode.dropFirst(2).prefix(6))
            var other = company.socialCreditCode
            while other == company.socialCreditCode {
                other = SocialCreditCode.make(regionCode: region,
                                              organisationDigits: (0..<8).map { _ in String(rng.int(in: 0...9)) }.joined())
            }
            fire.socialCreditCode = other
        } else {
            let changed = industryWord.hasSuffix("s") ? String(industryWord.dropLast()) : industryWord + "s"
            printedNames[.certificate] = company.name.replacing(" \(industryWord) ", with: " \(changed) ")
        }
    }

    /// Prints the business licence's USCC with a wrong check character (the fire certificate,
    /// copying the licence, prints the same).
    mutating func plantInvalidCreditCode(company: inout Company, fire: inout FireCertificate) {
        guard plants(.invalidCreditCode) else { return }
        let wrong = SocialCreditCode.mistyped(company.socialCreditCode, using: &rng)
        if fire.socialCreditCode == company.socialCreditCode { fire.socialCreditCode = wrong }
        company.socialCreditCode = wrong
    }

    // MARK: Workforce

    /// Makes one long-serving worker younger than 16 on the days they work, with a resident ID
    /// re-issued for the new birth date and a hire date after their 15th birthday.
    mutating func plantUnderageWorker(in employees: inout [Employee]) {
        guard plants(.underageWorker) else { return }
        let index = pickIndex(in: employees, from: steadyWorkers(employees))
        let birthDate = rng.chance(0.5)
            ? asOf.adding(years: -16).adding(days: rng.int(in: 20...200))       // under 16 throughout
            : firstDay.adding(years: -16).adding(days: rng.int(in: 10...50))   // turns 16 in the first weeks
        let earliestHire = birthDate.adding(years: 15).adding(days: 30)
        let latestHire = firstDay.adding(days: -7)
        reissue(&employees[index], birthDate: birthDate,
                hireDate: earliestHire <= latestHire ? rng.date(in: earliestHire...latestHire) : latestHire)
        recordUsed.insert(employees[index].id)
    }

    /// Makes one long-serving worker 16 or 17 throughout the covered months (hired after their
    /// 16th birthday), with a matching resident ID. Their overtime or night work is planted with
    /// the hours.
    mutating func plantJuvenileWorker(in employees: inout [Employee]) {
        guard plants(.juvenileWorker) else { return }
        let index = pickIndex(in: employees, from: steadyWorkers(employees).filter { !hoursUsed.contains($0.id) })
        let birthDate = firstDay.adding(years: -rng.int(in: 16...17)).adding(days: -rng.int(in: 20...200))
        let hire = rng.date(in: birthDate.adding(years: 16)...firstDay.adding(days: -7))
        reissue(&employees[index], birthDate: birthDate, hireDate: hire)
        recordUsed.insert(employees[index].id)
        hoursUsed.insert(employees[index].id)
    }

    /// Puts one long-serving worker on a contract base wage 50-400 yuan under the minimum.
    mutating func plantLowWage(in employees: inout [Employee]) {
        guard plants(.belowMinimumWage) else { return }
        let index = pickIndex(in: employees, from: steadyWorkers(employees))
        employees[index].monthlyBaseFen = (lowestMinimumFen / 1_000 - rng.int(in: 5...40)) * 1_000
        recordUsed.insert(employees[index].id)
    }

    /// A worker paid for one month who is not on the roster but clocks in like everyone else:
    /// an unregistered worker with their own timesheet rows and payroll line.
    mutating func ghostWorker(employees: [Employee], idStyle: EmployeeIDStyle, lowestBaseFen: Int) -> Employee? {
        guard plants(.paidNotOnRoster) else { return nil }
        let rosterIDs = Set(employees.map(\.id))
        var names = Set(employees.map(\.name))
        var id = ""
        repeat {
            id = idStyle.id(idStyle == .letterPrefixed ? rng.int(in: 100...999) : rng.int(in: 1000...3999))
        } while rosterIDs.contains(id)
        let month = rng.pick(months)
        let sex: Sex = rng.chance(0.5) ? .female : .male
        let birthDate = month.firstDay.adding(days: -rng.int(in: (20 * 365)...(40 * 365)))
        return Employee(id: id, name: PersonNames.unique(sex: sex, taken: &names, using: &rng), sex: sex,
                        nationalID: ResidentID.make(areaCode: rng.pick(Vocabulary.hometownAreaCodes),
                                                    birthDate: birthDate, sequence: rng.int(in: 0...99), sex: sex),
                        birthDate: birthDate, hireDate: month.firstDay, leaveDate: month.lastDay,
                        department: "", monthlyBaseFen: rng.int(in: ((lowestBaseFen + 999) / 1_000)...340) * 1_000)
    }

    // MARK: Roster records

    /// Hire dates after the first punch, or leave dates before the last one, and resident IDs
    /// that fail their check or disagree with the roster's birth date or sex. Applied after
    /// timesheets and payroll, so only the roster changes.
    mutating func plantRosterRecords(in employees: inout [Employee], attendance: [WorkDay]) {
        if plants(.dateOrder) {
            let index = pickIndex(in: employees, from: steadyWorkers(employees))
            let days = attendance.filter { $0.employeeID == employees[index].id }.map(\.date).sorted()
            if rng.chance(0.6) || days.count < 40 {
                employees[index].hireDate = days[0].adding(days: rng.int(in: 3...20))
            } else {
                employees[index].leaveDate = days[days.count - 1].adding(days: -rng.int(in: 3...20))
            }
            recordUsed.insert(employees[index].id)
        }
        if plants(.invalidResidentID) {
            let adults = steadyWorkers(employees).filter { $0.birthDate.age(on: firstDay) >= 21 }
            let index = pickIndex(in: employees, from: adults)
            var worker = employees[index]
            switch rng.int(in: 0...2) {
            case 0:
                // A mistyped digit in the address code or the sequence number.
                var characters = Array(worker.nationalID)
                let position = rng.pick([0, 1, 2, 3, 4, 5, 14, 15])
                let old = characters[position].wholeNumberValue!
                characters[position] = Character(String((old + rng.int(in: 1...9)) % 10))
                worker.nationalID = String(characters)
            case 1:
                // The roster's birth date disagrees with the ID's (both adult ages).
                worker.birthDate = worker.birthDate.adding(days: rng.pick([-1, 1]) * rng.int(in: 20...300))
            default:
                // The roster's sex disagrees with the ID's sex digit.
                worker.sex = worker.sex == .male ? .female : .male
            }
            employees[index] = worker
            recordUsed.insert(worker.id)
        }
    }

    // MARK: Helpers

    /// A new birth and hire date with a resident ID re-issued to match.
    private func reissue(_ worker: inout Employee, birthDate: CivilDate, hireDate: CivilDate) {
        let oldID = Array(worker.nationalID)
        worker.birthDate = birthDate
        worker.hireDate = hireDate
        worker.nationalID = ResidentID.make(areaCode: String(oldID[0..<6]), birthDate: birthDate,
                                            sequence: Int(String(oldID[14..<16])) ?? 0, sex: worker.sex)
    }

    /// The index in `employees` of a worker drawn from `candidates` (all employees when empty).
    mutating func pickIndex(in employees: [Employee], from candidates: [Employee]) -> Int {
        let pool = candidates.isEmpty ? employees : candidates
        let chosen = rng.pick(pool).id
        return employees.firstIndex { $0.id == chosen }!
    }
}
