import AuditCore
import AuditEvidence
import AuditFields
import Foundation

private typealias E = ExampleEvidence

/// A document type the pack requires that the evidence does not contain.
struct MissingDocumentCheck: RuleCheck {
    let name = "missing-document"
    let category = FindingCategory.missingDocument
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp = ["required": "document types an auditor asks for: business-license, fire-certificate, certificate, roster, timesheet, payroll, social-insurance"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let present = Set(context.evidence.documents.map(\.type))
        return rule.list("required").compactMap(DocumentType.init(rawValue:)).filter { !present.contains($0) }.map { type in
            rule.finding(rule.say(.missingDocument, ["document": type.displayName(in: rule.language).lowercased()]), documentType: type,
                         evidence: [], limit: rule.say(.missingDocumentLimit), actual: rule.say(.missingDocumentActual))
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let all = rule.list("required").compactMap(DocumentType.init(rawValue:)).map { E.document($0) }
        return RuleExamples(triggering: [.init("every required document but the first", EvidenceModel(documents: Array(all.dropFirst())))],
                            nonTriggering: [.init("every required document", EvidenceModel(documents: all))])
    }
}

/// A document that names the company differently from the business license, or with another
/// registration code.
struct IdentityMismatchCheck: RuleCheck {
    let name = "identity-mismatch"
    let category = FindingCategory.identityMismatch
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp = ["name_severity": "severity when only the company name differs (the rule's severity applies to a different registration code)"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        guard let license = context.businessLicense else { return [] }
        let licenseName = license.companyName.map { CompanyName.normalized($0.value) }
        let licenseCode = license.registrationCode.map { SocialCreditCode.normalize($0.value) }
        let nameSeverity = Severity(rawValue: rule.text("name_severity", default: "warning")) ?? .warning
        // One finding per kind of document and severity: three payroll registers with the same
        // wrong name are one thing to fix, with three places to see it.
        var groups: [String: (type: DocumentType, severity: Severity, messages: [String], evidence: [Evidence], actual: String)] = [:]
        var order: [String] = []
        func add(_ document: DocumentFacts, _ severity: Severity, _ message: String, _ evidence: [Evidence], _ actual: String) {
            let key = "\(document.type.rawValue)|\(severity.rawValue)"
            if groups[key] == nil { order.append(key); groups[key] = (document.type, severity, [], [], actual) }
            groups[key]!.messages.append(message)
            groups[key]!.evidence += evidence
        }
        for document in context.evidence.documents where document.path != license.path {
            if let code = document.registrationCode, let licenseCode, SocialCreditCode.normalize(code.value) != licenseCode {
                add(document, rule.definition.severity,
                    rule.say(.registrationCodeDiffers, ["path": document.path, "code": code.value, "licenseCode": license.registrationCode!.value]),
                    [code.evidence, license.registrationCode!.evidence], code.value)
            } else if let name = document.companyName, let licenseName, CompanyName.normalized(name.value) != licenseName {
                add(document, nameSeverity,
                    rule.say(.companyNameDiffers, ["path": document.path, "name": name.value, "licenseName": license.companyName!.value]),
                    [name.evidence, license.companyName!.evidence], name.value)
            }
        }
        return order.map { key in
            let group = groups[key]!
            var finding = rule.finding(rule.say(.identityMismatch, ["document": group.type.displayName(in: rule.language),
                                                                    "problems": rule.language.clauses(group.messages)]),
                                       documentType: group.type, evidence: group.evidence, limit: rule.say(.identityMismatchLimit),
                                       actual: group.actual)
            finding.severity = group.severity
            return finding
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let license = E.document(.businessLicense, company: "Dongguan Huarong Garment Co., Ltd.", code: "91110000600037341L")
        return RuleExamples(
            triggering: [.init("a certificate issued to another legal name",
                               EvidenceModel(documents: [license, E.document(.certificate, company: "Dongguan Huarong Garments Co., Ltd.")])),
                         .init("a fire certificate with another registration code",
                               EvidenceModel(documents: [license, E.document(.fireCertificate, code: "91440300MA5F0XXXXX")]))],
            nonTriggering: [.init("the same name written with other punctuation and case",
                                  EvidenceModel(documents: [license, E.document(.certificate, company: "DONGGUAN HUARONG GARMENT CO.,LTD")]))])
    }
}

/// Company names compared the way an auditor reads them (domain reference §6 F14).
enum CompanyName {
    static func normalized(_ name: String) -> String {
        var text = name.precomposedStringWithCompatibilityMapping.lowercased()
        for (long, short) in [("有限责任公司", "有限公司"), ("company limited", "coltd"), ("co., ltd.", "coltd"), ("co.,ltd.", "coltd"),
                              ("co., ltd", "coltd"), ("co.,ltd", "coltd"), ("co. ltd", "coltd"), ("co ltd", "coltd"),
                              ("corporation", "corp"), ("limited", "ltd")] {
            text = text.replacingOccurrences(of: long, with: short)
        }
        return String(text.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}

/// A business license whose unified social credit code fails its check character.
struct CreditCodeCheck: RuleCheck {
    let name = "credit-code"
    let category = FindingCategory.invalidId
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp: [String: String] = [:]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        context.evidence.documents.filter { $0.type == .businessLicense }.compactMap { license in
            guard let code = license.registrationCode, SocialCreditCode.normalize(code.value).count == 18,
                  !SocialCreditCode.isValid(code.value) else { return nil }
            return rule.finding(rule.say(.creditCode, ["code": code.value]), documentType: .businessLicense, evidence: [code.evidence],
                                limit: rule.say(.creditCodeLimit), actual: rule.say(.creditCodeActual))
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(triggering: [.init("a code with a wrong last character", EvidenceModel(documents: [E.document(.businessLicense, code: "91110000600037341M")]))],
                     nonTriggering: [.init("a valid code", EvidenceModel(documents: [E.document(.businessLicense, code: "91110000600037341L")]))])
    }
}

/// A worker whose resident ID fails its check digit or disagrees with the roster's birth date or sex.
struct ResidentIdCheck: RuleCheck {
    let name = "resident-id"
    let category = FindingCategory.invalidId
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp: [String: String] = [:]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        var seen: Set<EmployeeKey> = []
        return context.evidence.employees.compactMap { employee in
            guard let id = employee.nationalId, seen.insert(EmployeeKey(employee.id.value)).inserted,
                  Self.isResidentIdShaped(id.value) else { return nil }
            var problems: [String] = []
            var evidence = [id.evidence]
            switch ResidentIDCheck.check(id.value) {
            case let .invalid(reason):
                problems.append(rule.say(.residentIdInvalid, ["number": id.value, "reason": Self.reason(reason, rule.language)]))
            case let .valid(number):
                if let stated = employee.birthDate, stated.value != number.birthDate {
                    problems.append(rule.say(.birthDateDiffers, ["stated": stated.value.description, "birth": number.birthDate.description]))
                    evidence.append(stated.evidence)
                }
                if let sex = employee.sex, let male = Self.isMale(sex.value), male != number.isMale {
                    problems.append(rule.say(.sexDiffers, ["sex": sex.value, "idSex": rule.say(number.isMale ? .male : .female)]))
                    evidence.append(sex.evidence)
                }
            }
            guard !problems.isEmpty else { return nil }
            return rule.finding(rule.say(.residentId, ["worker": employee.displayName, "problems": rule.language.clauses(problems)]),
                                employeeId: employee.id.value, evidence: evidence, limit: rule.say(.residentIdLimit), actual: problems[0])
        }
    }

    /// Why an ID number is not valid (`ResidentIDCheck`'s English reason), in `language`; a
    /// reason of another shape stays in English.
    static func reason(_ reason: String, _ language: ReportLanguage) -> String {
        guard language == .zh else { return reason }
        let patterns: [(String, String)] = [
            (#"^(.*) is a 15-digit first-generation number, no longer a valid ID card since 2013$"#, "$1 为 15 位第一代身份证号码，自 2013 年起已不再有效"),
            (#"^(.*) has (\d+) characters; a resident ID number has 18$"#, "$1 有 $2 位；公民身份号码应为 18 位"),
            (#"^character (\d+) is '(.*)'; the first 17 must be digits$"#, "第 $1 位为“$2”；前 17 位必须是数字"),
            (#"^the last character is '(.*)'; it must be a digit or X$"#, "最后一位为“$1”；须为数字或 X"),
            (#"^it starts with (\d+), which is not a province code$"#, "前两位 $1 不是省级行政区划代码"),
            (#"^the birth date (.*) is not a real date$"#, "出生日期 $1 不是真实日期"),
            (#"^the birth date (.*) is after (.*)$"#, "出生日期 $1 晚于 $2"),
            (#"^check digit is (.*) but the first 17 digits require (.*)$"#, "校验码为 $1，但按前 17 位计算应为 $2"),
        ]
        for (pattern, template) in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
            let range = NSRange(reason.startIndex..., in: reason)
            if expression.firstMatch(in: reason, range: range) != nil {
                return expression.stringByReplacingMatches(in: reason, range: range, withTemplate: template)
            }
        }
        return reason
    }

    /// 18 characters of digits with a digit or X last: a PRC resident ID (passports are not).
    static func isResidentIdShaped(_ text: String) -> Bool {
        let folded = TextNormalizer.fold(text).replacingOccurrences(of: " ", with: "").uppercased()
        return folded.count == 18 && folded.dropLast().allSatisfy(\.isNumber) && (folded.last!.isNumber || folded.last == "X")
    }

    static func isMale(_ text: String) -> Bool? {
        switch TextNormalizer.fold(text).trimmingCharacters(in: .whitespaces).lowercased() {
        case "m", "male", "男", "man": return true
        case "f", "female", "女", "woman": return false
        default: return nil
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(
            triggering: [.init("a mistyped check digit", EvidenceModel(employees: [E.employee("E1", nationalId: "110105194912310021")])),
                         .init("a birth date that disagrees with the ID",
                               EvidenceModel(employees: [E.employee("E1", born: "1949-12-30", nationalId: "11010519491231002X")]))],
            nonTriggering: [.init("a valid ID matching birth date and sex",
                                  EvidenceModel(employees: [E.employee("E1", born: "1949-12-31", nationalId: "11010519491231002X", sex: "Female")])),
                            .init("a passport number", EvidenceModel(employees: [E.employee("E1", nationalId: "E12345678")]))])
    }
}
