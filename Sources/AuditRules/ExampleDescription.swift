import AuditCore
import AuditEvidence

/// Writes an example's evidence as a few readable lines, for `auditready rules explain`.
public enum ExampleDescription {
    /// At most `limit` lines per kind of record, then a count of the rest.
    public static func lines(of model: EvidenceModel, limit: Int = 3) -> [String] {
        var lines: [String] = []
        func add<T>(_ items: [T], _ describe: (T) -> String) {
            lines += items.prefix(limit).map(describe)
            if items.count > limit { lines.append("… and \(items.count - limit) more like it") }
        }
        add(model.documents) { document in
            var parts = ["document \(document.type.rawValue)"]
            if let standard = document.certificate?.standard { parts.append(standard.value) }
            if let issued = document.issueDate { parts.append("issued \(issued.value)") }
            if let until = document.validUntil { parts.append("valid until \(until.value)") }
            if document.openEnded != nil { parts.append("open-ended") }
            if let name = document.companyName { parts.append("company \"\(name.value)\"") }
            if let code = document.registrationCode { parts.append("code \(code.value)") }
            if let address = document.address { parts.append("address \"\(address.value)\"") }
            if let scope = document.scope { parts.append("scope \"\(scope.value)\"") }
            if let certificate = document.certificate { parts += certificateParts(certificate) }
            return parts.joined(separator: ", ")
        }
        add(model.employees) { employee in
            var parts = ["roster \(employee.id.value)"]
            if let born = employee.birthDate { parts.append("born \(born.value)") }
            if let id = employee.nationalId { parts.append("ID \(id.value)") }
            if let sex = employee.sex { parts.append(sex.value) }
            if let hired = employee.hireDate { parts.append("hired \(hired.value)") }
            if let left = employee.leaveDate { parts.append("left \(left.value)") }
            return parts.joined(separator: ", ")
        }
        add(model.timeEntries) { entry in
            var parts = ["timesheet \(entry.employeeId.value) \(entry.date.value) (\(weekdayName(entry.date.value))): \(formatNumber(entry.hours.value)) h"]
            if let overtime = entry.overtimeHours { parts.append("\(formatNumber(overtime.value)) h overtime") }
            if let clockIn = entry.clockIn, let clockOut = entry.clockOut { parts.append("\(clock(clockIn.value))-\(clock(clockOut.value))") }
            return parts.joined(separator: ", ")
        }
        add(model.payLines) { line in
            var parts = ["payroll \(line.employeeId.value) \(line.period.value)"]
            let amounts: [(String, Located<Int>?)] = [("base", line.baseWage), ("overtime pay", line.overtimePay), ("allowances", line.allowances),
                                                      ("gross", line.gross), ("deductions", line.deductions), ("net", line.net)]
            parts += amounts.compactMap { name, value in value.map { "\(name) \(yuan($0.value))" } }
            if let hours = line.overtimeHours { parts.append("\(formatNumber(hours.value)) h overtime") }
            if let hours = line.regularHours { parts.append("\(formatNumber(hours.value)) h regular") }
            return parts.joined(separator: ", ")
        }
        return lines
    }

    /// What a certificate or audit report states besides its standard, as short phrases.
    static func certificateParts(_ facts: CertificateFacts) -> [String] {
        var parts: [String] = []
        if let number = facts.number { parts.append("number \(number.value)") }
        if let body = facts.body { parts.append("body \"\(body.value)\"") }
        if !facts.accreditations.isEmpty { parts.append("marks " + facts.accreditations.map(\.value).joined(separator: ", ")) }
        if !facts.coveredAddresses.isEmpty { parts.append("sites " + facts.coveredAddresses.map { "\"\($0.value)\"" }.joined(separator: ", ")) }
        if let level = facts.level { parts.append("level \(level.value)") }
        if let audited = facts.auditDate { parts.append("audited \(audited.value)") }
        if let rating = facts.rating { parts.append("rating \(rating.value)") }
        if let called = facts.calledCertificate { parts.append("titled \"\(called.text ?? "")\"") }
        return parts
    }

    static func clock(_ minutes: Int) -> String {
        let m = minutes % (24 * 60)
        return "\(m / 60 < 10 ? "0" : "")\(m / 60):\(m % 60 < 10 ? "0" : "")\(m % 60)"
    }

    static func weekdayName(_ date: CivilDate) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday - 1]
    }
}
