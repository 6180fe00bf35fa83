import AuditCore

/// Scores document types by the keywords of their titles (weighted) and bodies.
enum KeywordScorer {
    static let minimumScore = 2

    /// Keywords per type, lower-case and NFKC-folded. Longer, more specific phrases weigh more.
    static let keywords: [DocumentType: [(String, Int)]] = [
        .businessLicense: [("business license", 3), ("business licence", 3), ("营业执照", 3),
                           ("unified social credit code", 1), ("统一社会信用代码", 1), ("legal representative", 1),
                           ("法定代表人", 1), ("registered capital", 1), ("注册资本", 1), ("business scope", 1),
                           ("经营范围", 1), ("date of establishment", 1), ("成立日期", 1)],
        .fireCertificate: [("fire safety", 3), ("fire inspection", 3), ("fire acceptance", 3), ("fire protection", 3),
                           ("fire certificate", 3), ("fire-fighting", 2), ("fire fighting", 2), ("消防", 3),
                           ("fire", 1)],
        .certificate: [("iso 9001", 3), ("iso 14001", 3), ("iso 45001", 3), ("iso9001", 3), ("iso14001", 3),
                       ("iso45001", 3), ("sa8000", 3), ("certificate of registration", 2), ("certificate of approval", 2),
                       ("management system", 2), ("amfori", 3), ("bsci", 2), ("smeta", 3), ("sedex", 2),
                       ("certification body", 1), ("认证证书", 3), ("体系认证", 2), ("certificate", 1),
                       ("ohsas 18001", 3), ("ohsas18001", 3), ("worldwide responsible accredited production", 3),
                       ("wrap certificate", 3), ("验厂报告", 3), ("审核报告", 2)],
        .socialInsurance: [("social insurance", 3), ("社会保险", 3), ("社保", 3), ("参保", 2), ("pension", 1),
                           ("养老保险", 2), ("contribution base", 2), ("缴费基数", 2), ("insured", 1)],
        .roster: [("employee roster", 3), ("staff roster", 3), ("employee list", 3), ("staff list", 3),
                  ("花名册", 3), ("员工名册", 3), ("职工名册", 3), ("roster", 2), ("名册", 2)],
        .timesheet: [("timesheet", 3), ("time sheet", 3), ("attendance record", 3), ("time card", 3),
                     ("考勤", 3), ("打卡", 2), ("排班", 2), ("attendance", 2), ("clock in", 1)],
        .payroll: [("payroll", 3), ("工资表", 3), ("薪资表", 3), ("工资条", 3), ("payslip", 3), ("pay slip", 3), ("工资", 2),
                   ("薪资", 2), ("salary", 2), ("wage", 1), ("net pay", 1), ("实发", 1)],
    ]

    /// Which type wins when two or more have the same highest score: a type that names a more
    /// specific kind of document first. Certificates and licences before records (a licence
    /// printed with its staff list is a licence); a fire certificate before a management-system
    /// one (the rule in `scores`); then social insurance, payroll, timesheet, roster, from the
    /// narrowest words to the most borrowed ones: social-insurance lists name their workers,
    /// payrolls carry attendance columns, and every record of workers is a kind of staff list.
    static let tieOrder: [DocumentType] = [
        .fireCertificate, .businessLicense, .certificate, .socialInsurance, .payroll, .timesheet, .roster,
    ]

    /// The type with the highest score, if it reaches `minimumScore`; among equal scores the one
    /// earliest in `tieOrder`, whatever order the dictionary iterates in.
    static func winner(of scores: [DocumentType: Int]) -> DocumentType? {
        var best: (type: DocumentType, score: Int)?
        for type in tieOrder {
            let score = scores[type] ?? 0
            if score > (best?.score ?? Int.min) { best = (type, score) }
        }
        guard let best, best.score >= minimumScore else { return nil }
        return best.type
    }

    /// `text` with the spaces of a spread-out Chinese title taken out (`考 勤 汇 总 表` → `考勤汇总表`):
    /// a space between two Chinese characters goes when one of them stands alone between spaces.
    /// Spaces between words of their own stay (`普工 资阳市` holds no 工资).
    static func closingSpreadCharacters(_ text: String) -> String {
        let characters = Array(text)
        func chinese(_ index: Int) -> Bool {
            characters.indices.contains(index) && characters[index].unicodeScalars.first.map(\.properties.isIdeographic) == true
        }
        func alone(_ index: Int) -> Bool {
            chinese(index) && !chinese(index - 1) && !chinese(index + 1)
        }
        var result = ""
        result.reserveCapacity(characters.count)
        for (index, character) in characters.enumerated() {
            if character == " ", chinese(index - 1), chinese(index + 1), alone(index - 1) || alone(index + 1) { continue }
            result.append(character)
        }
        return result
    }

    /// Each type's score: twice a keyword's weight for each keyword in the title, once for each
    /// in the body (the title is also part of the body). A Chinese keyword is found with the
    /// spaces left out, as printed titles spread their characters (`考 勤 汇 总 表`, `工 资 表`).
    static func scores(title: String, body: String) -> [DocumentType: Int] {
        var result: [DocumentType: Int] = [:]
        let (closeTitle, closeBody) = (closingSpreadCharacters(title), closingSpreadCharacters(body))
        let inTitle = KeywordSearch.shared.found(in: title, spreadOut: closeTitle)
        let inBody = KeywordSearch.shared.found(in: body, spreadOut: closeBody)
        for (type, words) in keywords {
            var score = 0
            for (word, weight) in words {
                if inTitle.contains(word) { score += 2 * weight }
                if inBody.contains(word) { score += weight }
            }
            result[type] = score
        }
        // "Fire Safety Inspection Certificate" is a fire document first.
        if (result[.fireCertificate] ?? 0) >= 6 { result[.certificate] = min(result[.certificate] ?? 0, 2) }
        return result
    }
}
