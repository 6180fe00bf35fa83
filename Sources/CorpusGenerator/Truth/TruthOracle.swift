import AuditCore
import Foundation

/// One finding a correct checker must report: the fields a comparison keys on.
struct TruthFinding: Encodable, Hashable, Comparable {
    var rule: TruthRule
    var category: FindingCategory
    var severity: Severity
    var documentType: DocumentType?
    var employeeId: String?
    var period: String?

    /// A finding of `rule`, with the rule's category and severity (unless `severity` is given).
    init(_ rule: TruthRule, severity: Severity? = nil, documentType: DocumentType? = nil,
         employeeId: String? = nil, period: String? = nil) {
        self.rule = rule
        category = rule.category
        self.severity = severity ?? rule.severity
        self.documentType = documentType
        self.employeeId = employeeId
        self.period = period
    }

    /// Rule, then employee ID, then period, then document type, then severity.
    static func < (a: TruthFinding, b: TruthFinding) -> Bool {
        (a.rule.rawValue, a.employeeId ?? "", a.period ?? "", a.documentType?.rawValue ?? "", a.severity.rawValue)
            < (b.rule.rawValue, b.employeeId ?? "", b.period ?? "", b.documentType?.rawValue ?? "", b.severity.rawValue)
    }
}

/// Applies one pack's rule semantics to the evidence, independently of what was planted in it.
///
/// The oracle reads only what the documents show (which documents are there, validity dates,
/// printed names and codes, the roster, timesheet rows, payroll lines), so any breach the
/// generator produced by accident is part of the truth too. Rules that need the roster find
/// nothing when the archive has none.
struct TruthOracle {
    var pack: RulePack = .chinaLaborLaw
    var thresholds = RuleThresholds.standard

    /// Every finding for `factory` under the pack, sorted by rule, employee ID and period.
    func findings(in factory: Factory) -> [TruthFinding] {
        let evidence = OracleEvidence(factory)
        let all = pack.rules.flatMap { findings(of: $0, in: evidence) }
        return Array(Set(all)).sorted()
    }

    private func rule(_ id: RuleID) -> TruthRule { TruthRule(pack: pack, id: id) }

    private func findings(of id: RuleID, in evidence: OracleEvidence) -> [TruthFinding] {
        switch id {
        case .missingDocument: return missingDocuments(evidence)
        case .documentExpired, .documentExpiring: return expiry(id, evidence)
        case .minimumAge: return minimumAge(evidence)
        case .dailyHours:
            return breaches(of: id, in: evidence.rows, limit: thresholds.maximumDailyMinutes,
                            period: \.date.description, minutes: \.totalMinutes)
        case .overtimeMonthly:
            return breaches(of: id, in: evidence.rows, limit: thresholds.maximumMonthlyOvertimeMinutes,
                            period: \.date.yearMonth.description, minutes: \.overtimeMinutes)
        case .weeklyHours:
            return breaches(of: id, in: evidence.rows, limit: thresholds.maximumWeeklyMinutes,
                            period: \.date.isoWeek, minutes: \.totalMinutes)
        case .weeklyOvertime:
            return breaches(of: id, in: evidence.rows, limit: thresholds.maximumWeeklyOvertimeMinutes,
                            period: \.date.isoWeek, minutes: \.overtimeMinutes)
        case .paidNotOnRoster, .rosteredNotPaid: return rosterAgainstPayroll(id, evidence)
        case .juvenileWorker: return juvenileWork(evidence)
        case .weeklyRestDay: return runsWithoutRest(evidence)
        case .consecutiveDays: return longRuns(evidence)
        case .minimumWage: return minimumWage(evidence)
        case .overtimePay: return overtimePay(evidence)
        case .payrollArithmetic: return arithmetic(evidence)
        case .hoursMismatch: return hoursMismatch(evidence)
        case .identityMismatch: return identityMismatch(evidence)
        case .residentID: return residentIDs(evidence)
        case .creditCode:
            return SocialCreditCode.isValid(evidence.licence.socialCreditCode)
                ? [] : [TruthFinding(rule(.creditCode), documentType: .businessLicense)]
        case .uniformPunches: return uniformPunches(evidence)
        case .hoursAtLimit: return hoursAtLimit(evidence)
        case .roundNetPay: return roundNetPay(evidence)
        case .dateOrder: return dateOrder(evidence)
        case .impossiblePunches: return impossiblePunches(evidence)
        case .summaryBelowPunches: return summaryBelowPunches(evidence)
        case .certificateEdition: return certificateEdition(evidence)
        case .certificateTerm: return certificateTerm(evidence)
        case .certificateAddress: return certificateAddress(evidence)
        case .certificateTradingScope: return certificateTradingScope(evidence)
        case .certificationBody: return certificationBody(evidence)
        case .certificateProducts: return certificateProducts(evidence)
        case .auditRating: return auditRating(evidence)
        case .auditReportAge: return auditReportAge(evidence)
        case .auditReportAsCertificate: return auditReportAsCertificate(evidence)
        }
    }

    // MARK: Documents

    /// Each required type with no document of that type in the archive.
    private func missingDocuments(_ evidence: OracleEvidence) -> [TruthFinding] {
        [DocumentType.businessLicense, .fireCertificate, .roster, .timesheet, .payroll]
            .filter { !evidence.present.contains($0) }
            .map { TruthFinding(rule(.missingDocument), documentType: $0) }
    }

    /// `document-expired` before the audit date; `document-expiring` within the warning window.
    private func expiry(_ id: RuleID, _ evidence: OracleEvidence) -> [TruthFinding] {
        let warningEnd = evidence.asOf.adding(days: thresholds.expiryWarningDays)
        return evidence.datedDocuments.compactMap { document in
            guard let end = document.validUntil else { return nil }
            if end < evidence.asOf { return id == .documentExpired ? TruthFinding(rule(id), documentType: document.type) : nil }
            if end <= warningEnd { return id == .documentExpiring ? TruthFinding(rule(id), documentType: document.type) : nil }
            return nil
        }
    }

    /// Every other document that prints a company name or a USCC, against the business licence:
    /// an error when the USCC differs, a warning when only the normalised name does.
    private func identityMismatch(_ evidence: OracleEvidence) -> [TruthFinding] {
        let licenceName = CompanyNameNormalizer.normalize(evidence.licence.name)
        let licenceCode = CompanyNameNormalizer.normalizeCode(evidence.licence.socialCreditCode)
        return evidence.printedIdentities.compactMap { printed in
            if let code = printed.socialCreditCode, CompanyNameNormalizer.normalizeCode(code) != licenceCode {
                return TruthFinding(rule(.identityMismatch), severity: .error, documentType: printed.type)
            }
            if let name = printed.name, CompanyNameNormalizer.normalize(name) != licenceName {
                return TruthFinding(rule(.identityMismatch), severity: .warning, documentType: printed.type)
            }
            return nil
        }
    }

    /// A management-system certificate to an edition no longer valid on the audit date (IAF
    /// Resolution 2017-13: ISO 9001:2008 and ISO 14001:2004 from 15 September 2018; the ISO 45001
    /// migration with its COVID-19 extension: OHSAS 18001:2007 from 1 October 2021).
    private func certificateEdition(_ evidence: OracleEvidence) -> [TruthFinding] {
        let invalidFrom = ["ISO 9001:2008": CivilDate(year: 2018, month: 9, day: 15)!,
                           "ISO 14001:2004": CivilDate(year: 2018, month: 9, day: 15)!,
                           "OHSAS 18001:2007": CivilDate(year: 2021, month: 10, day: 1)!]
        guard let certificate = evidence.certificate, let start = invalidFrom[certificate.standard], evidence.asOf >= start else { return [] }
        return [TruthFinding(rule(.certificateEdition), documentType: .certificate)]
    }

    /// A management-system certificate (every standard the generator prints is one) valid for
    /// longer than the 3-year certification cycle of ISO/IEC 17021-1: its expiry date after the
    /// day 36 months from its issue date.
    private func certificateTerm(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let certificate = evidence.certificate, certificate.expires > certificate.issued.adding(months: 36) else { return [] }
        return [TruthFinding(rule(.certificateTerm), documentType: .certificate)]
    }

    /// A certificate whose address is not the licence's, compared as an auditor does: letters
    /// and digits only, without case; one address holding the other whole (a province left off)
    /// is the same. (An audit report prints the licence's address.)
    private func certificateAddress(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let certificate = evidence.certificate, evidence.present.contains(.businessLicense) else { return [] }
        func key(_ text: String) -> String { String(text.lowercased().filter { $0.isLetter || $0.isNumber }) }
        let (licensed, printed) = (key(evidence.licence.address), key(certificate.address))
        guard !printed.contains(licensed) && !licensed.contains(printed) else { return [] }
        return [TruthFinding(rule(.certificateAddress), documentType: .certificate)]
    }

    /// A certificate whose scope claims production held by a company whose licence allows none:
    /// a trading company (buyers' guidance; the licence's 经营范围 against the certificate's scope).
    private func certificateTradingScope(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let certificate = evidence.certificate, evidence.present.contains(.businessLicense) else { return [] }
        let claims = ["manufactur", "production", "produce", "processing", "assembly"]
        let makes = claims + ["weaving", "spinning", "dyeing", "printing", "stamping", "machining"]
        let scope = certificate.scope.lowercased(), licence = evidence.licence.businessScope.lowercased()
        guard claims.contains(where: scope.contains), !makes.contains(where: licence.contains) else { return [] }
        return [TruthFinding(rule(.certificateTradingScope), documentType: .certificate)]
    }

    /// A certificate from a body on the reference table's withdrawn list (the rule's error), or
    /// one to verify (info): from a body the table does not know, or without an accreditation
    /// mark. The table knows the bodies of `Vocabulary.certificationBodies`, whose numbers keep
    /// the shapes it gives, and lists those of `Vocabulary.withdrawnBodies` as withdrawn.
    private func certificationBody(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let certificate = evidence.certificate else { return [] }
        if Vocabulary.withdrawnBodies.contains(where: { $0.name == certificate.body }) {
            return [TruthFinding(rule(.certificationBody), documentType: .certificate)]
        }
        let known = Vocabulary.certificationBodies.contains { $0.name == certificate.body }
        guard !known || certificate.accreditation.isEmpty else { return [] }
        return [TruthFinding(rule(.certificationBody), severity: .info, documentType: .certificate)]
    }

    /// A certificate whose scope names none of what the buyer buys (`check --products`): a
    /// product is named when each of its words is in the scope, a word also without its plural
    /// ending.
    private func certificateProducts(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let certificate = evidence.certificate, !evidence.products.isEmpty else { return [] }
        let scope = certificate.scope.lowercased()
        func named(_ word: Substring) -> Bool {
            scope.contains(word) || ["es", "s"].contains { word.hasSuffix($0) && word.count > $0.count + 2 && scope.contains(word.dropLast($0.count)) }
        }
        guard !evidence.products.contains(where: { $0.lowercased().split(separator: " ").allSatisfy(named) }) else { return [] }
        return [TruthFinding(rule(.certificateProducts), documentType: .certificate)]
    }

    /// An amfori BSCI audit rated D, E or ZT (error) or C (info); SMETA rates nothing.
    private func auditRating(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let rating = evidence.auditReport?.rating else { return [] }
        switch rating {
        case "D", "E", "ZT": return [TruthFinding(rule(.auditRating), documentType: .certificate)]
        case "C": return [TruthFinding(rule(.auditRating), severity: .info, documentType: .certificate)]
        default: return []
        }
    }

    /// An audit report whose validity, counted from the audit, ended by the audit date: amfori
    /// BSCI 24 months for A and B, 12 for the other ratings; SMETA 24 months (the longest buyers
    /// accept).
    private func auditReportAge(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let report = evidence.auditReport else { return [] }
        let months = report.scheme == .smeta || report.rating == "A" || report.rating == "B" ? 24 : 12
        guard report.auditDate.adding(months: months) <= evidence.asOf else { return [] }
        return [TruthFinding(rule(.auditReportAge), documentType: .certificate)]
    }

    /// An audit report (amfori BSCI, SMETA) that calls itself a certificate: neither programme certifies.
    private func auditReportAsCertificate(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard evidence.auditReport?.calledCertificate == true else { return [] }
        return [TruthFinding(rule(.auditReportAsCertificate), documentType: .certificate)]
    }

    // MARK: Workers

    /// The first day in the timesheets each rostered worker worked while younger than the minimum age.
    private func minimumAge(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let roster = evidence.roster else { return [] }
        var firstUnderage: [String: CivilDate] = [:]
        for row in evidence.rows {
            guard let birth = roster[row.employeeID]?.birthDate, birth.age(on: row.date) < thresholds.minimumAge
            else { continue }
            firstUnderage[row.employeeID] = min(firstUnderage[row.employeeID] ?? row.date, row.date)
        }
        return firstUnderage.map { TruthFinding(rule(.minimumAge), employeeId: $0.key, period: $0.value.description) }
    }

    /// Worker-months with a day worked at 16 or 17 that had overtime (where the pack bans it)
    /// or a night punch.
    private func juvenileWork(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let roster = evidence.roster else { return [] }
        var found = Set<TruthFinding>()
        for row in evidence.rows {
            guard let birth = roster[row.employeeID]?.birthDate,
                  (thresholds.minimumAge...17).contains(birth.age(on: row.date)) else { continue }
            let overtime = pack.parameters.juvenileOvertimeBanned && row.overtimeMinutes > 0
            if overtime || row.hasNightPunch {
                found.insert(TruthFinding(rule(.juvenileWorker), employeeId: row.employeeID,
                                          period: row.date.yearMonth.description))
            }
        }
        return Array(found)
    }

    /// Rostered workers whose resident ID fails its check character or disagrees with the
    /// roster's birth date or sex.
    private func residentIDs(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let roster = evidence.roster else { return [] }
        return roster.values.filter { !ResidentID.agrees($0.nationalID, birthDate: $0.birthDate, sex: $0.sex) }
            .map { TruthFinding(rule(.residentID), employeeId: $0.id) }
    }

    /// Rostered workers hired after their first punch or after a month they are paid for, or
    /// who left before their last punch.
    private func dateOrder(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let roster = evidence.roster else { return [] }
        var first: [String: CivilDate] = [:], last: [String: CivilDate] = [:]
        for row in evidence.rows {
            first[row.employeeID] = min(first[row.employeeID] ?? row.date, row.date)
            last[row.employeeID] = max(last[row.employeeID] ?? row.date, row.date)
        }
        var earliestPaidMonthEnd: [String: CivilDate] = [:]
        for register in evidence.payroll {
            for line in register.lines {
                earliestPaidMonthEnd[line.employeeID] = min(earliestPaidMonthEnd[line.employeeID] ?? register.month.lastDay,
                                                        register.month.lastDay)
            }
        }
        return roster.values.filter { worker in
            if let day = first[worker.id], worker.hireDate > day { return true }
            if let end = earliestPaidMonthEnd[worker.id], worker.hireDate > end { return true }
            if let leave = worker.leaveDate, let day = last[worker.id], leave < day { return true }
            return false
        }.map { TruthFinding(rule(.dateOrder), employeeId: $0.id) }
    }

    // MARK: Hours

    /// One finding per worker and period whose summed minutes exceed `limit`.
    private func breaches(of id: RuleID, in rows: [WorkDay], limit: Int,
                          period: (WorkDay) -> String, minutes: (WorkDay) -> Int) -> [TruthFinding] {
        let totals = rows.reduce(into: [WorkerPeriod: Int]()) { totals, row in
            totals[WorkerPeriod(employeeID: row.employeeID, period: period(row)), default: 0] += minutes(row)
        }
        return totals.filter { $0.value > limit }
            .map { TruthFinding(rule(id), employeeId: $0.key.employeeID, period: $0.key.period) }
    }

    /// One finding per run of more than the maximum consecutive days worked (PRC Art. 38 read
    /// as a rest day in every seven days), whatever calendar weeks and months it crosses, with
    /// its first and last day as the period. A run at the edge of the timesheets counts the days
    /// they show.
    private func runsWithoutRest(_ evidence: OracleEvidence) -> [TruthFinding] {
        evidence.daysWorked.flatMap { worker, days in
            Self.runs(of: days).filter { $0.count > thresholds.maximumConsecutiveDays }
                .map { TruthFinding(rule(.weeklyRestDay), employeeId: worker, period: $0.first!.description) }
        }
    }

    /// One finding per run of more than the maximum consecutive days worked, at the run's
    /// first day beyond the maximum.
    private func longRuns(_ evidence: OracleEvidence) -> [TruthFinding] {
        evidence.daysWorked.flatMap { worker, days in
            Self.runs(of: days).filter { $0.count > thresholds.maximumConsecutiveDays }
                .map { TruthFinding(rule(.consecutiveDays), employeeId: worker, period: $0[thresholds.maximumConsecutiveDays].description) }
        }
    }

    /// The runs of consecutive days in `days`, each in date order.
    private static func runs(of days: Set<CivilDate>) -> [[CivilDate]] {
        var runs: [[CivilDate]] = []
        for day in days.sorted() {
            if let last = runs.last?.last, last.adding(days: 1) == day { runs[runs.count - 1].append(day) } else { runs.append([day]) }
        }
        return runs
    }

    /// Timesheet days whose punches span more than 16 hours or whose stated hours exceed 24.
    private func impossiblePunches(_ evidence: OracleEvidence) -> [TruthFinding] {
        evidence.rows.filter { $0.punchSpanMinutes > thresholds.maximumPunchSpanMinutes || $0.totalMinutes > 24 * 60 }
            .map { TruthFinding(rule(.impossiblePunches), employeeId: $0.employeeID, period: $0.date.description) }
    }

    /// Lines of the time clock's summary that state fewer hours than the worker's punched days
    /// of the month, by more than the tolerance a day and the smallest gap reported.
    private func summaryBelowPunches(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let summary = evidence.summary else { return [] }
        let days = Dictionary(grouping: evidence.rows.filter { $0.date.yearMonth == summary.month }, by: \.employeeID)
        return summary.lines.compactMap { line in
            guard let punched = days[line.employeeID], !punched.isEmpty else { return nil }
            let gap = punched.reduce(0) { $0 + $1.totalMinutes } - line.statedMinutes
            let allowed = max(thresholds.summaryMinimumGapMinutes, thresholds.summaryToleranceMinutesPerDay * punched.count)
            guard gap > allowed else { return nil }
            return TruthFinding(rule(.summaryBelowPunches), employeeId: line.employeeID,
                                period: summary.month.description)
        }
    }

    /// Worker-months of at least 10 clock-ins that barely scatter.
    private func uniformPunches(_ evidence: OracleEvidence) -> [TruthFinding] {
        let groups = Dictionary(grouping: evidence.rows) { WorkerMonth(employeeID: $0.employeeID, month: $0.date.yearMonth) }
        return groups.compactMap { key, rows in
            guard rows.count >= thresholds.uniformMinimumPunches else { return nil }
            let statistics = PunchStatistics(rows: rows)
            guard statistics.standardDeviation < thresholds.uniformMaximumDeviation
                    || statistics.modeShare >= thresholds.uniformMaximumModeShare else { return nil }
            return TruthFinding(rule(.uniformPunches), employeeId: key.employeeID, period: key.month.description)
        }
    }

    /// Months in which more than 30 % of the workers with timesheet entries (at least 5) have
    /// exactly 36.0 overtime hours.
    private func hoursAtLimit(_ evidence: OracleEvidence) -> [TruthFinding] {
        var overtime: [YearMonth: [String: Int]] = [:]
        for row in evidence.rows { overtime[row.date.yearMonth, default: [:]][row.employeeID, default: 0] += row.overtimeMinutes }
        return overtime.compactMap { month, workers in
            guard workers.count >= thresholds.limitPileMinimumWorkers else { return nil }
            let atLimit = workers.values.filter { $0 == thresholds.limitPileOvertimeMinutes }.count
            guard Double(atLimit) > thresholds.limitPileShare * Double(workers.count) else { return nil }
            return TruthFinding(rule(.hoursAtLimit), period: month.description)
        }
    }

    // MARK: Payroll

    /// Payroll lines for IDs not on the roster, and active rostered workers missing from a month.
    private func rosterAgainstPayroll(_ id: RuleID, _ evidence: OracleEvidence) -> [TruthFinding] {
        guard let roster = evidence.roster else { return [] }
        var findings: [TruthFinding] = []
        for register in evidence.payroll {
            let paid = Set(register.lines.map(\.employeeID))
            let period = register.month.description
            let start = register.month.firstDay
            switch id {
            case .paidNotOnRoster:
                findings += paid.filter { roster[$0] == nil }.map { TruthFinding(rule(id), employeeId: $0, period: period) }
            default:
                findings += roster.values
                    .filter { $0.hireDate < start && !($0.leaveDate.map { $0 < start } ?? false) && !paid.contains($0.id) }
                    .map { TruthFinding(rule(id), employeeId: $0.id, period: period) }
            }
        }
        return findings
    }

    /// Lines of whole-month workers whose base wage is more than 1 yuan under the region's
    /// minimum in force on the month's first day.
    private func minimumWage(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let roster = evidence.roster, let region = WageRegion.named(inAddress: evidence.licence.address) else { return [] }
        var findings: [TruthFinding] = []
        for register in evidence.payroll {
            guard let minimum = region.minimumFen(on: register.month.firstDay) else { continue }
            for line in register.lines {
                guard let worker = roster[line.employeeID], worker.isEmployedThroughout(register.month),
                      line.baseFen < minimum - thresholds.moneyToleranceFen else { continue }
                findings.append(TruthFinding(rule(.minimumWage), employeeId: line.employeeID,
                                             period: register.month.description))
            }
        }
        return findings
    }

    /// Lines of whole-month workers paid more than 1 yuan less overtime pay than their
    /// timesheet days require at the pack's premiums, from hourly = base wage / 174.
    private func overtimePay(_ evidence: OracleEvidence) -> [TruthFinding] {
        guard let roster = evidence.roster else { return [] }
        let premiums = pack.parameters.premiumQuarters
        var findings: [TruthFinding] = []
        for register in evidence.payroll {
            for line in register.lines {
                guard let worker = roster[line.employeeID], worker.isEmployedThroughout(register.month) else { continue }
                let days = evidence.rows.filter { $0.employeeID == line.employeeID && $0.date.yearMonth == register.month }
                guard !days.isEmpty else { continue }
                let minutes = OvertimeMinutes(days)
                let weighted = minutes.workday * premiums.workday + minutes.restDay * premiums.restDay
                    + minutes.holiday * premiums.holiday
                // required = base × weighted / (4 × 174 × 60); a finding when stated + 1 yuan < required.
                if (line.overtimePayFen + thresholds.moneyToleranceFen) * (4 * 174 * 60) < line.baseFen * weighted {
                    findings.append(TruthFinding(rule(.overtimePay), employeeId: line.employeeID,
                                                 period: register.month.description))
                }
            }
        }
        return findings
    }

    /// Lines whose gross or net do not add up by more than 1 yuan.
    private func arithmetic(_ evidence: OracleEvidence) -> [TruthFinding] {
        evidence.payroll.flatMap { register in
            register.lines.filter { line in
                abs(line.grossFen - (line.baseFen + line.overtimePayFen + (line.allowanceFen ?? 0))) > thresholds.moneyToleranceFen
                    || abs(line.netFen - (line.grossFen - line.deductionsFen)) > thresholds.moneyToleranceFen
            }.map { TruthFinding(rule(.payrollArithmetic), employeeId: $0.employeeID, period: register.month.description) }
        }
    }

    /// Lines of months the timesheets cover whose overtime or regular hours differ from the
    /// worker's timesheet sums by more than half an hour.
    private func hoursMismatch(_ evidence: OracleEvidence) -> [TruthFinding] {
        let covered = Set(evidence.rows.map(\.date.yearMonth))
        var sums: [WorkerMonth: (regular: Int, overtime: Int)] = [:]
        for row in evidence.rows {
            let key = WorkerMonth(employeeID: row.employeeID, month: row.date.yearMonth)
            let sum = sums[key] ?? (0, 0)
            sums[key] = (sum.regular + row.regularMinutes, sum.overtime + row.overtimeMinutes)
        }
        return evidence.payroll.filter { covered.contains($0.month) }.flatMap { register in
            register.lines.filter { line in
                let sum = sums[WorkerMonth(employeeID: line.employeeID, month: register.month)] ?? (0, 0)
                return abs(line.overtimeMinutes - sum.overtime) > thresholds.hoursToleranceMinutes
                    || abs(line.regularMinutes - sum.regular) > thresholds.hoursToleranceMinutes
            }.map { TruthFinding(rule(.hoursMismatch), employeeId: $0.employeeID, period: register.month.description) }
        }
    }

    /// Payroll months of at least 5 lines in which more than half the net amounts are whole hundreds.
    private func roundNetPay(_ evidence: OracleEvidence) -> [TruthFinding] {
        evidence.payroll.compactMap { register in
            let lines = register.lines
            guard lines.count >= thresholds.roundNetMinimumLines else { return nil }
            let round = lines.filter { $0.netFen % 10_000 == 0 }.count
            guard Double(round) > thresholds.roundNetShare * Double(lines.count) else { return nil }
            return TruthFinding(rule(.roundNetPay), documentType: .payroll, period: register.month.description)
        }
    }
}

/// The evidence as a reader of the archive sees it.
private struct OracleEvidence {
    /// A company name and/or registration number printed on a document other than the licence.
    struct PrintedIdentity {
        var type: DocumentType
        var name: String?
        var socialCreditCode: String?
    }

    var asOf: CivilDate
    var present: Set<DocumentType>
    var licence: Company
    var datedDocuments: [DatedDocument]
    var printedIdentities: [PrintedIdentity]
    /// The management-system certificate; nil when the archive has none.
    var certificate: ManagementCertificate?
    /// What the buyer buys, named to the check with `--products`.
    var products: [String]
    /// The social-audit report (amfori BSCI or SMETA); nil when the archive has none.
    var auditReport: SocialAuditReport?
    /// The roster by employee ID; nil when the archive has no roster.
    var roster: [String: Employee]?
    var rows: [WorkDay]
    var payroll: [PayrollMonth]
    /// The time clock's monthly summary; nil when the archive has none.
    var summary: MonthSummary?
    /// Each worker's days worked, as the rest-day rules count them: the days of rows with hours.
    var daysWorked: [String: Set<CivilDate>]

    init(_ factory: Factory) {
        asOf = factory.asOf
        present = factory.presentTypes
        licence = factory.company
        datedDocuments = factory.datedDocuments
        certificate = present.contains(.certificate) ? factory.managementCertificate : nil
        products = factory.products
        auditReport = factory.auditReport
        var printed: [PrintedIdentity] = []
        if present.contains(.fireCertificate) {
            printed.append(PrintedIdentity(type: .fireCertificate, name: factory.companyName(on: .fireCertificate),
                                           socialCreditCode: factory.fireCertificate.socialCreditCode))
        }
        for type in [DocumentType.certificate, .roster, .payroll] where present.contains(type) {
            printed.append(PrintedIdentity(type: type, name: factory.companyName(on: type)))
        }
        printedIdentities = printed
        roster = factory.roster.map { Dictionary($0.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
        rows = factory.attendance
        payroll = factory.payroll
        summary = factory.summary
        daysWorked = factory.attendance.filter { $0.totalMinutes > 0 }
            .reduce(into: [:]) { $0[$1.employeeID, default: []].insert($1.date) }
    }
}

/// One worker in one day, week or month: the unit hour limits are counted over.
private struct WorkerPeriod: Hashable {
    var employeeID: String
    var period: String
}

extension Employee {
    /// Hired on or before the month's first day and no leave date inside or before the month.
    func isEmployedThroughout(_ month: YearMonth) -> Bool {
        hireDate <= month.firstDay && (leaveDate.map { $0 > month.lastDay } ?? true)
    }
}

/// Company-name comparison as the identity rule defines it: NFKC, lower case, full-width
/// brackets as ASCII, legal-form synonyms unified, spaces and punctuation dropped.
enum CompanyNameNormalizer {
    private static let synonyms = [("有限责任公司", "有限公司"), ("company limited", "co ltd"), ("co., ltd.", "co ltd"),
                                   ("corporation", "corp")]

    static func normalize(_ name: String) -> String {
        var text = name.precomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        for (from, to) in synonyms { text = text.replacingOccurrences(of: from, with: to) }
        text = String(text.filter { $0.isLetter || $0.isNumber })
        for (from, to) in synonyms {
            text = text.replacingOccurrences(of: String(from.filter { $0.isLetter || $0.isNumber }),
                                             with: String(to.filter { $0.isLetter || $0.isNumber }))
        }
        return text
    }

    /// A registration number without spaces, upper-cased.
    static func normalizeCode(_ code: String) -> String {
        code.precomposedStringWithCompatibilityMapping.uppercased().filter { !$0.isWhitespace }
    }
}
