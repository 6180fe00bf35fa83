import AuditCore

/// Finding categories as the batch page's column headers say them.
enum CategoryNames {
    /// The name of `category` (a `FindingCategory` raw value) in `language`; the raw value for a
    /// category this table does not know.
    static func name(_ category: String, _ language: Language) -> String {
        guard let known = FindingCategory(rawValue: category), let pair = table[known] else { return category }
        return language == .zh ? pair.zh : pair.en
    }

    private static let table: [FindingCategory: (en: String, zh: String)] = [
        .intake: ("Unreadable", "无法读取"),
        .missingDocument: ("Missing documents", "缺少文件"),
        .expiry: ("Expired", "已过期"),
        .minimumAge: ("Minimum age", "最低年龄"),
        .juvenileWorker: ("Juvenile workers", "未成年工"),
        .workingHours: ("Working hours", "工作时间"),
        .restDay: ("Rest days", "休息日"),
        .minimumWage: ("Minimum wage", "最低工资"),
        .overtimePay: ("Overtime pay", "加班工资"),
        .payrollArithmetic: ("Payroll arithmetic", "工资计算"),
        .rosterPayroll: ("Roster vs payroll", "花名册与工资表"),
        .hoursMismatch: ("Hours mismatch", "工时不符"),
        .identityMismatch: ("Identity mismatch", "身份不符"),
        .invalidId: ("Invalid IDs", "无效证件号"),
        .recordIntegrity: ("Record integrity", "记录真实性"),
        .certificate: ("Certificates", "证书"),
    ]
}
