import AuditCore

/// One value a correct reader extracts: the document it is in, the record (employee ID,
/// `ID|date` or `ID|month`; empty for a document's own fields), the field and the value as text.
struct TruthFieldValue: Codable, Hashable {
    var path: String
    var documentType: DocumentType
    var scanned: Bool?
    var record: String
    var field: String
    var value: String

    /// The values of every document in `documents`.
    static func values(_ factory: Factory, documents: [TruthDocument]) -> [TruthFieldValue] {
        var out: [TruthFieldValue] = []
        for document in documents {
            guard let role = document.role else { continue }
            func add(_ record: String, _ field: String, _ value: String) {
                out.append(TruthFieldValue(path: document.path, documentType: document.type, scanned: document.scanned,
                                           record: record, field: field, value: value))
            }
            switch role {
            case .businessLicense:
                add("", "companyName", factory.company.name)
                add("", "registrationCode", factory.company.socialCreditCode)
                if let end = factory.company.businessTermEnd { add("", "validUntil", end.description) } else { add("", "openEnded", "true") }
            case .fireCertificate:
                add("", "companyName", factory.companyName(on: .fireCertificate))
                add("", "registrationCode", factory.fireCertificate.socialCreditCode)
                add("", "validUntil", factory.fireCertificate.validUntil.description)
            case .managementCertificate:
                add("", "companyName", factory.companyName(on: .certificate))
                add("", "address", factory.managementCertificate.address)
                add("", "validUntil", factory.managementCertificate.expires.description)
            case .auditReport:
                add("", "companyName", factory.company.name)
            case .roster:
                for e in factory.employees {
                    add(e.id, "employeeId", e.id)
                    add(e.id, "name", e.name)
                    add(e.id, "birthDate", e.birthDate.description)
                    add(e.id, "nationalId", e.nationalID)
                    add(e.id, "hireDate", e.hireDate.description)
                    if let leave = e.leaveDate { add(e.id, "leaveDate", leave.description) }
                }
            case .timesheet(let month):
                for r in factory.attendance where r.date.yearMonth == month {
                    let key = "\(r.employeeID)|\(r.date)"
                    add(key, "employeeId", r.employeeID)
                    add(key, "date", r.date.description)
                    add(key, "hours", Figures.hours(r.totalMinutes))
                    add(key, "overtimeHours", Figures.hours(r.overtimeMinutes))
                }
            case .attendanceSummary(let month):
                guard let summary = factory.summary, summary.month == month else { continue }
                for line in summary.lines {
                    let key = "\(line.employeeID)|\(month)"
                    add(key, "summaryHours", exactHours(line.workedMinutes))
                    add(key, "summaryOvertimeHours", exactHours(line.overtimeMinutes + line.specialOvertimeMinutes))
                    add(key, "summaryDaysWorked", String(line.workedDays))
                }
            case .payroll(let month):
                guard let register = factory.payroll.first(where: { $0.month == month }) else { continue }
                add("", "payPeriod", month.description)
                for l in register.lines {
                    let key = "\(l.employeeID)|\(month)"
                    add(key, "employeeId", l.employeeID)
                    add(key, "period", month.description)
                    add(key, "baseWage", String(l.baseFen))
                    add(key, "overtimePay", String(l.overtimePayFen))
                    add(key, "gross", String(l.grossFen))
                    add(key, "deductions", String(l.deductionsFen))
                    add(key, "net", String(l.netFen))
                }
            }
        }
        return out
    }

    /// Minutes as decimal hours to the hundredth (`151:57` is `151.95`): a clock's summary counts
    /// minutes, not tenths of an hour.
    private static func exactHours(_ minutes: Int) -> String {
        let hundredths = (minutes * 100 + 30) / 60
        return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
    }
}
