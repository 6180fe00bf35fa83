import AuditCore

/// The compact binary forms of the evidence model, which the result cache stores for every
/// document. Each writes its stored properties in declaration order; a property added to a type
/// must be added here too (the compact-form tests count each type's properties).

extension DocumentFacts: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(path: try reader.read(), type: try reader.read())
        companyName = try reader.read()
        registrationCode = try reader.read()
        address = try reader.read()
        issueDate = try reader.read()
        validFrom = try reader.read()
        validUntil = try reader.read()
        openEnded = try reader.read()
        payPeriod = try reader.read()
        scope = try reader.read()
        certificate = try reader.read()
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(path)
        writer.write(type)
        writer.write(companyName)
        writer.write(registrationCode)
        writer.write(address)
        writer.write(issueDate)
        writer.write(validFrom)
        writer.write(validUntil)
        writer.write(openEnded)
        writer.write(payPeriod)
        writer.write(scope)
        writer.write(certificate)
    }
}

extension CertificateFacts: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init()
        standard = try reader.read()
        number = try reader.read()
        body = try reader.read()
        accreditations = try reader.read()
        coveredAddresses = try reader.read()
        auditDate = try reader.read()
        rating = try reader.read()
        siteId = try reader.read()
        auditReference = try reader.read()
        level = try reader.read()
        calledCertificate = try reader.read()
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(standard)
        writer.write(number)
        writer.write(body)
        writer.write(accreditations)
        writer.write(coveredAddresses)
        writer.write(auditDate)
        writer.write(rating)
        writer.write(siteId)
        writer.write(auditReference)
        writer.write(level)
        writer.write(calledCertificate)
    }
}

extension Employee: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(id: try reader.read())
        name = try reader.read()
        sex = try reader.read()
        birthDate = try reader.read()
        nationalId = try reader.read()
        hireDate = try reader.read()
        leaveDate = try reader.read()
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(id)
        writer.write(name)
        writer.write(sex)
        writer.write(birthDate)
        writer.write(nationalId)
        writer.write(hireDate)
        writer.write(leaveDate)
    }
}

extension TimeEntry: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(employeeId: try reader.read(), date: try reader.read(), hours: try reader.read())
        clockIn = try reader.read()
        clockOut = try reader.read()
        overtimeHours = try reader.read()
        regularHours = try reader.read()
        identifiedByName = try reader.read()
        workedWithoutHours = try reader.read()
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(employeeId)
        writer.write(date)
        writer.write(hours)
        writer.write(clockIn)
        writer.write(clockOut)
        writer.write(overtimeHours)
        writer.write(regularHours)
        writer.write(identifiedByName)
        writer.write(workedWithoutHours)
    }
}

extension PayLine: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(employeeId: try reader.read(), period: try reader.read())
        name = try reader.read()
        baseWage = try reader.read()
        overtimePay = try reader.read()
        allowances = try reader.read()
        gross = try reader.read()
        deductions = try reader.read()
        net = try reader.read()
        regularHours = try reader.read()
        overtimeHours = try reader.read()
        daysWorked = try reader.read()
        identifiedByName = try reader.read()
        earningsComplete = try reader.read()
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(employeeId)
        writer.write(period)
        writer.write(name)
        writer.write(baseWage)
        writer.write(overtimePay)
        writer.write(allowances)
        writer.write(gross)
        writer.write(deductions)
        writer.write(net)
        writer.write(regularHours)
        writer.write(overtimeHours)
        writer.write(daysWorked)
        writer.write(identifiedByName)
        writer.write(earningsComplete)
    }
}

extension ReadProblem: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(evidence: try reader.read(), reason: try reader.read(), chineseReason: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(evidence)
        writer.write(reason)
        writer.write(chineseReason)
    }
}

extension EvidenceModel: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(documents: try reader.read(), employees: try reader.read(), timeEntries: try reader.read(),
                  payLines: try reader.read(), problems: try reader.read(), attendanceSummaries: try reader.read())
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(documents)
        writer.write(employees)
        writer.write(timeEntries)
        writer.write(payLines)
        writer.write(problems)
        writer.write(attendanceSummaries)
    }
}

extension AttendanceSummary: CompactCodable {
    public init(compactFrom reader: CompactBinaryReader) throws {
        self.init(employeeId: try reader.read(), from: try reader.read(), to: try reader.read())
        name = try reader.read()
        regularHours = try reader.read()
        overtimeHours = try reader.read()
        totalHours = try reader.read()
        daysWorked = try reader.read()
        identifiedByName = try reader.read()
    }

    public func encode(compactTo writer: CompactBinaryWriter) {
        writer.write(employeeId)
        writer.write(from)
        writer.write(to)
        writer.write(name)
        writer.write(regularHours)
        writer.write(overtimeHours)
        writer.write(totalHours)
        writer.write(daysWorked)
        writer.write(identifiedByName)
    }
}
